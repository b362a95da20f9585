import Foundation
import Testing
@testable import FunnelStore

/// A folder under the system temp directory, unique to one test, removed when done.
struct TemporaryFolder: ~Copyable {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "funnel-loader-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Writes a file (creating folders on the way) and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        try write(name, bytes: Array(text.utf8))
    }

    @discardableResult
    func write(_ name: String, bytes: [UInt8]) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else {
            throw CocoaError(.fileWriteUnknown)
        }
        return file
    }
}

enum Load {
    /// Loads text as a file of that name, expecting success.
    static func dataset(_ text: String, file: String = "data.json") throws -> Dataset {
        try DatasetLoader().load(bytes: Array(text.utf8), file: file)
    }

    /// The full text of the failure that loading these bytes gives, or "loaded".
    static func failure(_ bytes: [UInt8], file: String = "data.json") -> String {
        do {
            _ = try DatasetLoader().load(bytes: bytes, file: file)
            return "loaded"
        } catch {
            return error.description
        }
    }

    static func failure(_ text: String, file: String = "data.json") -> String {
        failure(Array(text.utf8), file: file)
    }

    static func failure(paths: [String]) -> String {
        do {
            _ = try DatasetLoader().load(paths: paths)
            return "loaded"
        } catch {
            return error.description
        }
    }
}

/// A small, valid dealer file used by several suites.
let sampleDocument = """
{
  "dealer": "东风日产 滨江店",
  "as_of": "2010-10-31",
  "version": {"format": 2, "tags": ["demo", null]},
  "customers": [
    {"id": "C1", "name": "张三", "phone": "13800138000", "model": "Sylphy", "channel": "walkin",
     "consultant": "Li", "created": "2010-10-01", "grade": "A", "key_questions": 3},
    {"id": "C2", "name": "李四", "phone": 13900139000, "model": "Teana", "channel": "PHONE",
     "consultant": "Wang", "created": "2010-10-02T09:30:00", "grade": "h", "kind": "wholesale",
     "delivered": "2010-10-20", "ordered": "2010-10-25"},
    {"卡号": "C3", "客户姓名": "王五", "联系电话": "0571-88886666", "意向车型": "Tiida", "留档渠道": "外拓",
     "销售顾问": "Li", "留档日期": "2010-10-03", "意向级别": "B级", "客户类型": "零售"}
  ],
  "followups": [
    {"customer": "C1", "date": "2010-10-05 14:00", "kind": "visit", "test_drive": true},
    {"customer": "C1", "date": "2010-10-03", "kind": "call"},
    {"客户": "C3", "跟进日期": "2010-10-06", "跟进方式": "展厅接待", "试乘试驾": false, "备注": "带家人来"},
    {"customer": "C9", "date": "2010-10-07", "kind": "message"}
  ],
  "traffic": [
    {"id": "T1", "time": "2010-10-01T10:00", "kind": "visit", "result": "captured", "customer": "C1"},
    {"id": "T2", "time": "2010-10-02", "kind": "call", "result": "captured"},
    {"id": "T3", "time": "2010-10-02", "kind": "来电", "result": "未留档"}
  ],
  "targets": [{"month": "2010-10", "consultant": "Li", "deliveries": 5}]
}
"""
