import Foundation
import Testing
@testable import FunnelStore

@Suite struct SnapshotRoundTripTests {
    @Test func aDatasetReadBackHoldsEverythingItHeld() throws {
        let dataset = try SnapshotFixture.dataset()
        #expect(!dataset.warnings.isEmpty, "the fixture has a follow-up of an unknown card")
        let read = try SnapshotReader.read(bytes: SnapshotWriter.bytes(dataset), file: "fixture.funnel")
        #expect(SnapshotFixture.dump(read) == SnapshotFixture.dump(dataset))
        #expect(read.followupCycles == dataset.followupCycles)
        #expect(read.customers.columns.map(\.type) == dataset.customers.columns.map(\.type))
        #expect(read.sourceWarnings.isEmpty)
    }

    @Test func anEmptyDatasetReadsBack() throws {
        let dataset = try DatasetLoader().load(bytes: Array("{}".utf8), file: "empty.json")
        let read = try SnapshotReader.read(bytes: SnapshotWriter.bytes(dataset), file: "empty.funnel")
        #expect(SnapshotFixture.dump(read) == SnapshotFixture.dump(dataset))
    }

    @Test func theFileIsTheBytesAndOpensByItsMagicWhateverItsName() throws {
        let folder = try TemporaryFolder()
        let dataset = try SnapshotFixture.dataset()
        let path = folder.path + "/dealer.data"
        let size = try SnapshotWriter.write(dataset, to: path)
        let written = try #require(FileManager.default.contents(atPath: path))
        #expect(Array(written) == SnapshotWriter.bytes(dataset))
        #expect(size == written.count)
        #expect(size % 8 == 0)
        let opened = try DatasetLoader().load(paths: [path])
        #expect(SnapshotFixture.dump(opened) == SnapshotFixture.dump(dataset))
        // Nothing is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["dealer.data"])
    }

    @Test func aLoadRecordsItsSourcesAndASnapshotWarnsWhenTheyChange() throws {
        let folder = try TemporaryFolder()
        let json = try folder.write("dealer.json", SnapshotFixture.json)
        let dataset = try DatasetLoader().load(paths: [json])
        let recorded = try #require(dataset.sourceFiles.first)
        #expect(recorded.path.hasSuffix("/dealer.json") && recorded.path.hasPrefix("/"))
        #expect(recorded.size == Int64(SnapshotFixture.json.utf8.count))
        let snapshot = folder.path + "/dealer.funnel"
        try SnapshotWriter.write(dataset, to: snapshot)
        #expect(try DatasetLoader().load(paths: [snapshot]).sourceWarnings.isEmpty)

        try folder.write("dealer.json", SnapshotFixture.json + "\n")
        let changed = try DatasetLoader().load(paths: [snapshot])
        let warning = try #require(changed.sourceWarnings.first)
        #expect(warning.description.hasPrefix("warning: 1 of the sources of \(snapshot) changed or gone since it was made"))
        #expect(warning.examples.first?.message.contains("changed: \(recorded.size) bytes modified ") == true)
        #expect(warning.examples.first?.message.contains(", \(recorded.size + 1) bytes modified ") == true)
        // The data is the snapshot's, as it was.
        #expect(SnapshotFixture.dump(changed) == SnapshotFixture.dump(dataset))
        // A snapshot of it keeps what the files were, not the warning.
        #expect(SnapshotWriter.bytes(changed) == SnapshotWriter.bytes(dataset))

        try FileManager.default.removeItem(atPath: json)
        let gone = try DatasetLoader().load(paths: [snapshot])
        #expect(gone.sourceWarnings.first?.examples.first?.message == "gone (no such file or folder)")
    }

    @Test func aSnapshotIsOpenedAlone() throws {
        let folder = try TemporaryFolder()
        let json = try folder.write("dealer.json", SnapshotFixture.json)
        let snapshot = folder.path + "/dealer.funnel"
        try SnapshotWriter.write(try SnapshotFixture.dataset(), to: snapshot)
        #expect(Load.failure(paths: [json, snapshot])
                == "\(json), \(snapshot): \(snapshot) is a snapshot, a whole dataset: open it alone, not with other data")
    }

    @Test func writingReplacesAFileWholeAndFailsWithoutLeavingAnything() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("dealer.funnel", "old")
        try SnapshotWriter.write(try SnapshotFixture.dataset(), to: path)
        #expect(SnapshotReader.problem(in: Array(try #require(FileManager.default.contents(atPath: path)))) == nil)

        let missing = folder.path + "/no/such/dealer.funnel"
        #expect(throws: SnapshotWriteFailure(file: missing, step: .create, reason: "no such folder")) {
            try SnapshotWriter.write(try SnapshotFixture.dataset(), to: missing)
        }
        let aFolder = folder.path + "/taken"
        try FileManager.default.createDirectory(atPath: aFolder, withIntermediateDirectories: false)
        #expect(throws: SnapshotWriteFailure(file: aFolder, step: .replace, reason: "a folder has that name")) {
            try SnapshotWriter.write(try SnapshotFixture.dataset(), to: aFolder)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["dealer.funnel", "taken"])
    }

    @Test func theChecksumIsXXH64() {
        // The reference values of xxHash's XXH64 with seed 0.
        #expect(SnapshotChecksum.of(Array("".utf8)) == 0xEF46_DB37_51D8_E999)
        #expect(SnapshotChecksum.of(Array("a".utf8)) == 0xD24E_C4F1_A98C_6E5B)
        #expect(SnapshotChecksum.of(Array("abc".utf8)) == 0x44BC_2CF5_AD77_0999)
        let long = Array("Nobody inspects the spammish repetition".utf8)
        #expect(SnapshotChecksum.of(long) == 0xFBCE_A83C_8A37_8BF1)
        // Copying gives the same checksum and the same bytes, at every length around a stripe.
        for length in 1..<100 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            var copy = [UInt8](repeating: 0, count: length)
            let sum = bytes.withUnsafeBytes { source in
                copy.withUnsafeMutableBytes { target in target.baseAddress.map { SnapshotChecksum.copy(source, to: $0) } }
            }
            #expect(sum == SnapshotChecksum.of(bytes))
            #expect(copy == bytes)
        }
    }
}
