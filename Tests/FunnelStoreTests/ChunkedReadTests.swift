import Testing
@testable import FunnelStore

/// Large files are read in two halves on two threads (docs/data.md, "Speed"). Whatever
/// the cut, the result must be exactly what one reader gives: rows, types, dictionary
/// order, row origins, warnings and error texts.
@Suite struct ChunkedReadTests {
    /// Everything a load produced, as text, to compare two loads.
    static func fingerprint(_ data: Dataset) -> String {
        var lines = ["name=\(data.name) dealer=\(data.dealer ?? "-") asOf=\(data.asOf?.description ?? "-")"]
        for table in data.tables {
            lines.append("table \(table.name) rows=\(table.rowCount)")
            for column in table.columns {
                var values = (0..<table.rowCount).map { column.text(at: $0) ?? "∅" }.joined(separator: "|")
                if case .string(_, let dictionary) = column.values { values += " dict=" + dictionary.values.joined(separator: "|") }
                lines.append("  \(column.name): \(column.type) \(values)")
            }
        }
        lines.append("links \(data.links.followupCard) \(data.links.trafficCard) \(data.links.followupRows)")
        lines += data.warnings.map(\.description)
        return lines.joined(separator: "\n")
    }

    static func outcome(_ text: String, file: String, threshold: Int) -> String {
        do {
            return fingerprint(try DatasetLoader(chunkThreshold: threshold).load(bytes: Array(text.utf8), file: file))
        } catch {
            return "failure: " + error.description
        }
    }

    /// A generated document: `cards` cards, then follow-ups; `tweak` varies what is in it.
    static func document(cards: Int, followups: Int, seed: UInt64, tweak: String = "") -> String {
        var rng = SplitMix(seed: seed)
        var customers: [String] = []
        for i in 0..<cards {
            var fields = [#""id": "C\#(i)""#, #""created": "2010-10-\#(String(format2: 1 + rng.next(28)))""#,
                          #""grade": "\#(["A", "b", "H级", "N"][rng.next(4)])""#]
            if rng.next(3) == 0 { fields.append(#""name": "客户\#(i) \"VIP\"""#) }
            if rng.next(2) == 0 { fields.append(#""score": \#(i < cards / 2 ? "\(rng.next(100))" : "\(rng.next(100)).5")"#) }
            if i >= cards / 2 && rng.next(4) == 0 { fields.append(#""late_only": "2010-11-0\#(1 + rng.next(9))""#) }
            if rng.next(5) == 0 { fields.append(#""wish": [{"a": 1}, {"b": "}, {"}]"#) }
            if rng.next(7) == 0 { fields.append(#""note": "x}, {\"id\": \"fake\", \"created\": \"2010-01-01\"}""#) }
            customers.append("{" + fields.shuffled(using: &rng).joined(separator: ", ") + "}")
        }
        var follows: [String] = []
        for i in 0..<followups {
            let card = rng.next(cards + 2)
            follows.append(#"{"customer": "C\#(card)", "date": "2010-10-\#(String(format2: 1 + rng.next(28)))T10:00", "kind": "\#(["call", "visit", "电话"][rng.next(3)])", "test_drive": \#(rng.next(2) == 0)\#(i % 3 == 0 ? #", "grade": null"# : "")}"#)
        }
        return "{\"dealer\": \"D\", \"customers\": [\n" + customers.joined(separator: ",\n") + "\n],\n\"followups\": [\n"
            + follows.joined(separator: ",\n") + "\n]" + tweak + "}"
    }

    @Test(arguments: [(1, 10, 40), (2, 200, 30), (3, 40, 400), (4, 7, 3), (5, 300, 300)])
    func documentsReadInHalvesEqualOneReader(seed: UInt64, cards: Int, followups: Int) {
        let text = Self.document(cards: cards, followups: followups, seed: seed)
        let whole = Self.outcome(text, file: "d.json", threshold: .max)
        #expect(!whole.hasPrefix("failure"))
        #expect(Self.outcome(text, file: "d.json", threshold: 0) == whole)
    }

    @Test(arguments: [
        #", "followups": []"#,                     // a repeated table after the cut
        #", "dealer": "E""#,                       // a repeated dealer after the cut
        #", "as_of": "2010-10-31", "targets": [{"month": "2010-13"}]"#, // a problem after the cut
        #", "targets": [{"month": "2010-10"}, 5]"#,
        #", "traffic": [{"time": "2010-10-01", "kind": "visit", "result": "none"}"#, // truncated
    ])
    func problemsAfterTheCutReadAsOneReaderReadsThem(tweak: String) {
        let text = Self.document(cards: 50, followups: 60, seed: 9, tweak: tweak)
        #expect(Self.outcome(text, file: "d.json", threshold: 0) == Self.outcome(text, file: "d.json", threshold: .max))
    }

    @Test(arguments: [11, 12, 13])
    func jsonLinesReadInHalvesEqualOneReader(seed: UInt64) {
        let text = Self.document(cards: 0, followups: 300, seed: seed)
        let records = text.split(separator: "\n").filter { $0.hasPrefix("{\"customer\"") }
            .map { $0.hasSuffix(",") ? $0.dropLast() : $0 }
        var lines = records.map(String.init)
        lines.insert("", at: 120)
        lines.insert("  \r", at: 200)
        if seed == 13 { lines[250] = #"{"customer": "C1", "date": "2010-02-30", "kind": "call"}"# }
        let jsonl = lines.joined(separator: "\n") + "\n"
        let whole = Self.outcome(jsonl, file: "followups.jsonl", threshold: .max)
        #expect(Self.outcome(jsonl, file: "followups.jsonl", threshold: 0) == whole)
        if seed == 13 {
            #expect(whole.hasSuffix("followups.jsonl:251:28: line 251, field 'date': \"2010-02-30\" is not a real date "
                + "(2010-02 has 28 days): expected a date YYYY-MM-DD (or YYYY-MM-DDTHH:MM[:SS])"))
        }
    }

    /// Whether reading the text kept the second half (the fast path), or read it again.
    static func keptSecondHalf(_ text: String, kind: InputFile.Kind) -> Bool {
        var tables = TableSet()
        var problems = ProblemLog()
        let bytes = Array(text.utf8)
        return bytes.withUnsafeBufferPointer { buffer in
            let facts = try? ChunkedRead(file: "f", kind: kind, threshold: 0).read(buffer, into: &tables,
                                                                                   problems: &problems)
            return facts?.secondHalfKept ?? false
        }
    }

    @Test func theSecondHalfIsKeptWhenItCanBeAndReadAgainWhenNot() {
        #expect(Self.keptSecondHalf(Self.document(cards: 200, followups: 30, seed: 2), kind: .document))
        #expect(Self.keptSecondHalf(Self.document(cards: 40, followups: 400, seed: 3), kind: .document))
        #expect(!Self.keptSecondHalf(Self.document(cards: 50, followups: 60, seed: 9, tweak: #", "dealer": "E""#),
                                     kind: .document))
        #expect(!Self.keptSecondHalf(Self.document(cards: 50, followups: 60, seed: 9,
                                                   tweak: #", "targets": [{"month": "2010-10"}, 5]"#), kind: .document))
        let lines = (0..<100).map { #"{"customer": "C\#($0)", "date": "2010-10-01", "kind": "call"}"# }
        #expect(Self.keptSecondHalf(lines.joined(separator: "\n"), kind: .lines(table: 1)))
    }

    @Test func rowOriginsContinueAcrossTheCut() throws {
        // Every card is there twice, the second time after the cut: the duplicates' record
        // numbers go on from the first half's.
        let once = (0..<30).map { #"{"id": "C\#($0)", "created": "2010-10-01"}"# }
        let text = #"{"customers": ["# + (once + once).joined(separator: ",\n") + "]}"
        #expect(Self.outcome(text, file: "d.json", threshold: 0) == Self.outcome(text, file: "d.json", threshold: .max))
        #expect(Self.outcome(text, file: "d.json", threshold: 0).contains(
            "d.json: customers record 31, field 'id': card id 'C0' is already used by d.json customers record 1"))
    }
}

/// A small deterministic generator (SplitMix64), so generated inputs are the same on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

extension String {
    /// Two-digit, zero-padded.
    init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
