import FunnelTestSupport
import Testing

/// The funnel of domain.md §6 on the demo: a stage counts the new cards that reached it
/// or a later stage by T, so each stage's count is a plain `count customers`
/// statement, and stages never grow.
@Suite struct FunnelStageTests {
    /// What each card stage counts, as a condition on the period's new cards.
    static let stages = [
        ("visited by T", "visited or test_drives > 0 or ordered is not null or delivered is not null"),
        ("test-driven by T", "test_drives > 0 or ordered is not null or delivered is not null"),
        ("ordered by T", "ordered is not null or delivered is not null"),
        ("delivered by T", "delivered is not null"),
    ]

    /// The count in the last line of a csv result.
    static func number(_ csv: String) -> Int? {
        csv.split(separator: "\n").last.flatMap { Int($0) }
    }

    /// (period, its T: the earlier of its end and today)
    @Test(arguments: [("2010-10", "2010-10-31"), ("2010-09", "2010-09-30"), ("2010-W40", "2010-10-10"),
                      ("2010-Q3", "2010-09-30"), ("2010", "2010-10-31")])
    func eachStageIsACountOfTheNewCards(period: String, asOf: String) throws {
        let demo = try #require(StatementHarness.demo)
        let funnel = StatementHarness.run("funnel for \(period)", on: demo, format: .table).results
        var previous = Int.max
        for (stage, condition) in Self.stages {
            let statement = "count customers where created in \(period) and (\(condition)) as of \(asOf)"
            let counted = StatementHarness.run(statement, on: demo).results
            let row = funnel.split(separator: "\n").first { $0.hasPrefix(stage) }.map(String.init) ?? ""
            let shown = row.dropFirst(stage.count).split(separator: " ").compactMap { Int($0) }.first
            let expected = Self.number(counted)
            #expect(shown == expected, "\(period) \(stage): funnel \(row), count \(counted)")
            if let shown {
                #expect(shown <= previous, "\(period): \(stage) grew")
                previous = shown
            }
        }
    }

    /// A cohort: P's new cards followed through a later day D, each stage the same
    /// count of P's cards as of D.
    @Test(arguments: [("2010-09", "2010-10-31"), ("2010-08", "2010-09-15"), ("2010-Q3", "2010-10-20")])
    func aCohortsStagesAreCountsOfItsCardsAsOfTheLaterDay(period: String, through: String) throws {
        let demo = try #require(StatementHarness.demo)
        let funnel = StatementHarness.run("funnel for \(period) through \(through)", on: demo, format: .table).results
        for (stage, condition) in Self.stages {
            let statement = "count customers where created in \(period) and (\(condition)) as of \(through)"
            let counted = StatementHarness.run(statement, on: demo).results
            let row = funnel.split(separator: "\n").first { $0.hasPrefix(stage) }.map(String.init) ?? ""
            let shown = row.dropFirst(stage.count).split(separator: " ").compactMap { Int($0) }.first
            #expect(shown == Self.number(counted), "\(period) through \(through) \(stage): funnel \(row), count \(counted)")
        }
    }
}
