import FunnelEngine
import FunnelGenerator
import FunnelOutput
import FunnelStore
import FunnelSyntax
import FunnelTestSupport
import Testing

/// `as of D` answers a question about a past day the way it would have been answered
/// that day (domain.md §2.1): on the demo and on a generated dealer, for ten random
/// days D before the snapshot, every statement shown in docs/, examples/, the grammar
/// and help gives the same output `as of D` on the full data as on the data cut at D
/// (`DatasetCut`). The days are drawn from a fixed seed, so a failure names a day that
/// fails again.
@Suite struct PointInTimePropertyTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let dataset: String
        let day: String
        var testDescription: String { "\(dataset) as of \(day)" }
    }

    static let datasets: [(name: String, options: GeneratorOptions)] = [
        ("demo", DemoDataset.options),
        ("generated dealer", GeneratorOptions(cards: 800, seed: 13, consultants: 6, dealer: "测试4S店")),
    ]

    static func json(_ name: String) throws -> [UInt8] {
        let options = try #require(datasets.first { $0.name == name }).options
        if name == "demo" { return try DemoDataset.json() }
        return try DatasetGenerator(options).jsonBytes()
    }

    /// Ten days per dataset, from two weeks after its start to the day before its snapshot.
    static let cases: [Case] = datasets.flatMap { name, options in
        var random = SplitMix64(seed: 0x2010_1031)
        let first = options.start.rawValue + 14, last = options.asOf.rawValue - 1
        return (0..<10).map { _ in
            let raw = first + Int32(random.next() % UInt64(last - first + 1))
            return Case(dataset: name, day: Day(rawValue: raw).description)
        }
    }

    static func load(_ bytes: [UInt8], _ file: String) throws -> Dataset {
        try DatasetLoader().load(bytes: bytes, file: file)
    }

    /// Every statement of a script with its `as of` set to `day` (added, or put in
    /// place of the one written); `let` and `help` as they are.
    static func asOf(_ day: String, in script: String) -> String? {
        guard let statements = try? Parser.parse(script) else { return nil }
        let bytes = Array(script.utf8)
        return statements.map { statement -> String in
            let range = statement.range
            var text = Array(bytes[max(0, range.start)..<min(bytes.count, range.end)])
            guard let clauses = statement.clauses else { return String(decoding: text, as: UTF8.self) }
            if let written = clauses.asOf?.range {
                let start = written.start - range.start, end = written.end - range.start
                text.replaceSubrange(start..<end, with: Array(day.utf8))
                return String(decoding: text, as: UTF8.self)
            }
            return String(decoding: text, as: UTF8.self) + " as of " + day
        }.joined(separator: ";\n")
    }

    @Test(arguments: cases)
    func asOfADayIsTheDataCutAtThatDay(_ test: Case) throws {
        let json = try Self.json(test.dataset)
        let full = try Self.load(json, "full.json")
        let cut = try Self.load(try DatasetCut.cut(json, at: test.day), "cut-at-\(test.day).json")
        // One session each for every statement: what a session works out for a day is
        // worked out once. Both run the same statements in the same order.
        var fullSession = Session(dataset: full), cutSession = Session(dataset: cut)
        var compared = 0
        var seen: Set<String> = []
        for (origin, script) in RepositoryExamplesTests.examples() {
            // The same statement shown in two places (a doc and a help topic) runs once.
            guard let text = Self.asOf(test.day, in: script), seen.insert(text).inserted else { continue }
            let onFull = StatementHarness.run(text, in: &fullSession, format: .table, keepGoing: true).output
            let onCut = StatementHarness.run(text, in: &cutSession, format: .table, keepGoing: true).output
            #expect(onFull == onCut, "\(origin) as of \(test.day):\n\(text)\n\(Self.firstDifference(onFull, onCut))")
            compared += 1
        }
        #expect(compared >= 100)
    }

    /// Where two outputs part: the lines before, then each side's differing lines.
    static func firstDifference(_ full: String, _ cut: String) -> String {
        let a = full.split(separator: "\n", omittingEmptySubsequences: false)
        let b = cut.split(separator: "\n", omittingEmptySubsequences: false)
        let same = zip(a, b).prefix { $0 == $1 }.count
        let context = a[max(0, same - 3)..<same].joined(separator: "\n")
        return "\(context)\n--- full data, line \(same + 1):\n" + a.dropFirst(same).prefix(6).joined(separator: "\n")
            + "\n--- data cut at the day:\n" + b.dropFirst(same).prefix(6).joined(separator: "\n")
    }

    /// The two checks by name: a stored date reads empty after D, and the
    /// structure counts O only for cards that had an order by D.
    @Test(arguments: cases)
    func ordersAndOGradesOnThePastDay(_ test: Case) throws {
        let full = try Self.load(try Self.json(test.dataset), "full.json")
        let day = test.day
        func result(_ statement: String) -> String { StatementHarness.run(statement, on: full).results }
        #expect(result("count customers where ordered is not null as of \(day)")
                == result("count customers where ordered <= \(day)"))
        #expect(result("count customers where grade = O and following and not (ordered <= \(day) or delivered <= \(day)) as of \(day)")
                == "count\n0\n")
        // The structure's O row: the following cards graded O, every one with an order by D.
        let structure = result("structure by grade as of \(day)")
        let oRow = structure.split(separator: "\n").first { $0.hasPrefix("O,") }.map { $0.split(separator: ",") }
        let ordered = result("count customers where grade = O and following and (ordered <= \(day) or delivered <= \(day)) as of \(day)")
        #expect(oRow.map { String($0[2]) } ?? "0" == ordered.split(separator: "\n").last.map(String.init), "\(structure)")
    }
}

/// A small seeded generator (SplitMix64), for days that are random but the same on every run.
struct SplitMix64 {
    var state: UInt64
    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
