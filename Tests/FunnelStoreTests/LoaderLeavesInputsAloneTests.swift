import Foundation
import Testing
@testable import FunnelStore

/// Loading reads its inputs and nothing else: the files keep their bytes, size,
/// permissions and modification time, and nothing new appears beside them.
@Suite struct LoaderLeavesInputsAloneTests {
    /// What could change about a file: its bytes and its stat fields.
    struct FileState: Equatable {
        let bytes: [UInt8]
        let size: Int64
        let mode: UInt32
        let modified: Int
        let modifiedNanoseconds: Int
    }

    static func state(_ path: String) throws -> FileState {
        var info = stat()
        guard stat(path, &info) == 0, let data = FileManager.default.contents(atPath: path) else {
            throw CocoaError(.fileReadNoSuchFile)
        }
        return FileState(bytes: Array(data), size: Int64(info.st_size), mode: UInt32(info.st_mode),
                         modified: info.st_mtim.tv_sec, modifiedNanoseconds: info.st_mtim.tv_nsec)
    }

    @Test func aLoadChangesNoInputFile() throws {
        let folder = try TemporaryFolder()
        let document = try folder.write("dealer.json", sampleDocument)
        try folder.write("october/meta.json", #"{"dealer": "二店", "as_of": "2010-10-31"}"#)
        try folder.write("october/customers.jsonl", #"{"id": "C9", "created": "2010-10-01"}"# + "\n")
        try folder.write("october/followups.jsonl", #"{"customer": "C9", "date": "2010-10-02", "kind": "call"}"#)
        let broken = try folder.write("broken.json", #"{"customers": [{"id": "C1""#)
        let files = [document, broken] + ["meta.json", "customers.jsonl", "followups.jsonl"].map {
            folder.path + "/october/" + $0
        }
        let before = try files.map(Self.state)
        let listing = try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted()

        _ = try DatasetLoader().load(paths: [document, folder.path + "/october"])
        #expect(throws: LoadFailure.self) { try DatasetLoader().load(paths: [broken]) }

        #expect(try files.map(Self.state) == before)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: folder.path).sorted() == listing)
    }
}
