import Testing
@testable import FunnelStore

/// Damaged inputs: whatever the damage, a load returns or throws (never traps or hangs),
/// and reading in two halves gives the same outcome as one reader.
@Suite struct DatasetLoaderFuzzTests {
    static let interesting: [[UInt8]] = [
        [0x22], [0x5C], [0x7B], [0x7D], [0x5B], [0x5D], [0x2C], [0x3A], [0x00], [0x0A], [0xFF], [0xC3],
        [0xE6, 0x9D], Array(#"\u"#.utf8), Array(#"\uD800"#.utf8), Array("null".utf8), Array("-0.5e".utf8),
        Array("9999999999999999999999".utf8), Array(#"{"id": "#.utf8), [0xEF, 0xBB, 0xBF],
    ]

    static func mutate(_ input: [UInt8], _ rng: inout SplitMix) -> [UInt8] {
        var bytes = input
        for _ in 0..<(1 + rng.next(3)) {
            guard !bytes.isEmpty else { break }
            let at = rng.next(bytes.count)
            switch rng.next(5) {
            case 0: bytes[at] = UInt8(truncatingIfNeeded: rng.next())
            case 1: bytes.removeSubrange(at..<min(bytes.count, at + 1 + rng.next(8)))
            case 2: bytes.insert(contentsOf: interesting[rng.next(interesting.count)], at: at)
            case 3: bytes = Array(bytes[..<at])
            default: bytes.insert(contentsOf: bytes[at..<min(bytes.count, at + rng.next(40))], at: rng.next(bytes.count))
            }
        }
        return bytes
    }

    static func outcome(_ bytes: [UInt8], file: String, threshold: Int) -> String {
        do {
            return ChunkedReadTests.fingerprint(try DatasetLoader(chunkThreshold: threshold).load(bytes: bytes, file: file))
        } catch {
            return "failure: " + error.description
        }
    }

    @Test(arguments: [("data.json", 1), ("data.json", 4), ("followups.jsonl", 3)])
    func damagedInputsFailCleanlyAndAlikeInHalves(file: String, seed: UInt64) {
        var rng = SplitMix(seed: seed)
        let base: [UInt8]
        if file.hasSuffix(".jsonl") {
            base = Array((0..<40).map { #"{"customer": "C\#($0 % 7)", "date": "2010-10-0\#(1 + $0 % 9)T10:00", "kind": "电话", "note": "第\#($0)次 \"ok\""}"# }
                .joined(separator: "\n").utf8)
        } else {
            base = Array(sampleDocument.utf8)
        }
        var loaded = 0
        for _ in 0..<120 {
            let bytes = Self.mutate(base, &rng)
            let whole = Self.outcome(bytes, file: file, threshold: .max)
            #expect(Self.outcome(bytes, file: file, threshold: 0) == whole)
            if !whole.hasPrefix("failure") { loaded += 1 }
        }
        #expect(loaded > 0)
    }
}
