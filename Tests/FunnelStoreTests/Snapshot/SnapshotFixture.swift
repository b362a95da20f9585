import Foundation
@testable import FunnelStore

/// A small dataset with a bit of everything a snapshot must keep: Chinese text, every
/// column type, nulls, times of day, extra columns, follow-up cycles, warnings.
enum SnapshotFixture {
    static let json = """
        {"dealer": "测试店", "as_of": "2010-10-31T18:00", "followup_cycles": {"H": 3, "C": null},
         "customers": [
          {"id": "C1", "name": "王艳", "phone": "13067346033", "model": "明锐", "channel": "进店",
           "consultant": "张秀英", "created": "2010-09-01T10:15", "grade": "A", "key_questions": 3,
           "city": "杭州", "age": 41, "budget": 15.5, "vip": true},
          {"id": "C2", "name": "Li", "channel": "phone", "consultant": "刘斌", "created": "2010-09-03",
           "grade": "H", "ordered": "2010-10-02", "delivered": "2010-09-30", "age": null},
          {"id": "C3", "channel": "outreach", "created": "2010-10-05", "lost": "2010-10-20",
           "lost_reason": "competitor", "vip": false}
         ],
         "followups": [
          {"customer": "C1", "date": "2010-09-02T09:30", "kind": "call", "grade": "A", "note": "回访"},
          {"customer": "C2", "date": "2010-09-05", "kind": "visit", "test_drive": true},
          {"customer": "C9", "date": "2010-09-06", "kind": "message"},
          {"customer": "C1", "date": "2010-09-01", "kind": "visit", "intro": true}
         ],
         "traffic": [
          {"id": "T1", "time": "2010-09-01T10:00", "kind": "visit", "result": "captured", "customer": "C1"},
          {"time": "2010-09-04", "kind": "call", "result": "none"}
         ],
         "targets": [{"month": "2010-10", "consultant": "张秀英", "deliveries": 4}]}
        """

    static func dataset() throws -> Dataset {
        try DatasetLoader().load(bytes: Array(json.utf8), file: "fixture.json")
    }

    /// Everything a dataset holds, as text: two datasets with the same dump hold the same.
    static func dump(_ dataset: Dataset) -> String {
        var lines = ["name \(dataset.name)", "dealer \(dataset.dealer ?? "-")", "as_of \(dataset.asOf.map(\.description) ?? "-")",
                     "cycles \(dataset.followupCycles?.description ?? "-")", "sources \(dataset.sources)",
                     "files \(dataset.sourceFiles)"]
        lines += dataset.warnings.map(\.description)
        for table in dataset.tables {
            lines.append("table \(table.name) \(table.rowCount)")
            for column in table.columns {
                lines.append("  \(column.name) \(column.type) nulls \(column.nullCount) times \(column.minutes != nil)")
                var row = "   "
                for index in 0..<column.count { row += " " + (column.text(at: index) ?? "∅") }
                lines.append(row)
                if case .string(_, let dictionary) = column.values { lines.append("    dictionary \(dictionary.values)") }
            }
        }
        let links = dataset.links
        lines.append("links \(links.followupCard) \(links.trafficCard) \(links.followupOffsets) \(links.followupRows)")
        return lines.joined(separator: "\n")
    }

    /// The table of contents of snapshot bytes: (offset, length) per section.
    static func sections(_ bytes: [UInt8]) -> [(offset: Int, length: Int)] {
        let count = Int(SnapshotFormat.readUInt32(bytes, 24))
        return (0..<count).map { index in
            let at = SnapshotFormat.headerSize + index * SnapshotFormat.entrySize
            return (Int(SnapshotFormat.readUInt64(bytes, at)), Int(SnapshotFormat.readUInt64(bytes, at + 8)))
        }
    }

    /// The text of the failure reading these bytes gives, or "opened".
    static func failure(_ bytes: [UInt8], file: String = "dealer.funnel") -> String {
        do {
            _ = try SnapshotReader.read(bytes: bytes, file: file)
            return "opened"
        } catch {
            return error.description
        }
    }
}
