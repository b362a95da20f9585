import Testing
@testable import FunnelStore

/// Big inputs load or fail cleanly, in bounded time and without exhausting the stack.
@Suite struct DatasetLoaderSizeTests {
    static let fiftyMegabytes = 50 << 20

    @Test func aFiftyMegabyteStringValueLoads() throws {
        // Built with `repeating:` and `+`, which stay fast in a debug build.
        let bytes = Array(#"{"followups": [{"customer": "C1", "date": "2010-10-01", "kind": "call", "note": ""#.utf8)
            + [UInt8](repeating: UInt8(ascii: "n"), count: Self.fiftyMegabytes) + Array(#"", "mood": "ok"}]}"#.utf8)
        let data = try DatasetLoader().load(bytes: bytes, file: "big.json")
        #expect(data.followups.column("note")?.text(at: 0)?.utf8.count == Self.fiftyMegabytes)
        #expect(data.followups.column("mood")?.text(at: 0) == "ok")
    }

    @Test func aFiftyMegabyteStringLeftOpenFailsCleanly() {
        let bytes = Array(#"{"followups": [{"note": ""#.utf8)
            + [UInt8](repeating: UInt8(ascii: "n"), count: Self.fiftyMegabytes)
        #expect(Load.failure(bytes, file: "big.json")
            == "big.json:1:\(Self.fiftyMegabytes + 26): unexpected end of file inside the string that starts at 1:25")
    }

    @Test func aFileOfManyRecordsLoadsInTwoHalves() throws {
        // Four megabytes of follow-ups as JSON Lines (a debug build parses a few MB a second;
        // docs/data.md gives the release speed), read in two halves.
        let line = Array(#"{"customer": "C0000001", "date": "2010-10-05T10:30:00", "kind": "visit", "consultant": "李明", "test_drive": true, "note": "客户说再考虑一下"}"#.utf8) + [0x0A]
        var bytes = line
        while bytes.count * 2 <= 4 << 20 { bytes += bytes }
        let count = bytes.count / line.count
        let data = try DatasetLoader(chunkThreshold: 1 << 20).load(bytes: bytes, file: "followups.jsonl")
        #expect(data.followups.rowCount == count)
        #expect(data.followups.column("consultant")?.text(at: count - 1) == "李明")
        #expect(data.warnings.first?.count == count)
    }
}
