import FunnelDomain
import FunnelEngine
import FunnelStore
import FunnelTestSupport
import Testing

/// The worked examples of domain.md §5.1 (from seed 002) on the embedded demo data,
/// through the real loader, the domain layer and the query language.
@Suite struct DemoSeedNumbersTests {
    static let dataset: Dataset? = StatementHarness.demo

    static func day(_ text: String) -> Day { Day(parsing: text) ?? Day(rawValue: 0) }

    @Test func loadsWithoutWarnings() throws {
        let dataset = try #require(Self.dataset)
        #expect(dataset.warnings.isEmpty, "\(dataset.warnings)")
        #expect(dataset.asOf == Self.day("2010-10-31"))
    }

    /// Example 2: October 2010 opens with 200 cards, 160 of them visited by the query day;
    /// 100 new cards, 50 visited: new_overall_visit_rate 50%, overall_visit_rate 70%.
    @Test func octoberBaseAndVisits() throws {
        let dataset = try #require(Self.dataset)
        let fields = DerivedFields(dataset: dataset)
        let october = try AsOfPeriod(period: PeriodParser.parse("2010-10"), today: Self.day("2010-10-31"))
        let base = fields.prospectBase(october)
        let visited = fields.facts(asOf: october.asOf).visited
        #expect(base.openingCount == 200)
        #expect((base.opening & visited).cardinality == 160)
        #expect(base.newCount == 100)
        #expect((base.new & visited).cardinality == 50)
        #expect((base.base & visited).cardinality * 10 == base.baseCount * 7)
        #expect(base.closingCount == base.predictedClosingCount)
    }

    /// Example 1: one week with 100 traffic entries, 50 captured, 20 follow-up, 30 left nothing.
    @Test func theTrafficWeek() throws {
        let run = StatementHarness.run("count traffic where time in 2010-W40 by result", on: try #require(Self.dataset))
        #expect(run.output == "result,count\ncaptured,50\nfollowup,20\nnone,30\n")
    }

    /// Example 3: on 2010-10-01, `card_age > 60` selects the following cards created on or
    /// before 2010-08-01 (the formula decides, not the seed's "before").
    @Test func cardAgeBoundary() throws {
        let statement = "select id, created from customers where status = following and card_age > 60 "
            + "and created = 2010-08-01 as of 2010-10-01"
        let run = StatementHarness.run(statement, on: try #require(Self.dataset))
        #expect(run.succeeded)
        #expect(run.output.split(separator: "\n").count > 1, "\(run.output)")
    }
}
