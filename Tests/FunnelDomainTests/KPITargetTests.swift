import FunnelDomain
import FunnelStore
import Testing

/// How a period's target is found in `targets` (docs/kpis.md, "Meanings we had to
/// decide"). The dealer's targets: October dealer-wide 4, Li 2, Wang 1; September
/// dealer-wide 3; November Li 2.
@Suite struct KPITargetTests {
    struct Case: Sendable, CustomStringConvertible {
        let period: String
        let selection: TargetSelection
        let total: Double?
        let description: String
    }

    static let cases: [Case] = [
        Case(period: "2010-10", selection: .dealerWide(), total: 4, description: "a month, the dealer's own row"),
        Case(period: "2010-10", selection: .consultants(["Li"]), total: 2, description: "a month, one consultant"),
        Case(period: "2010-10", selection: .consultants(["Li", "Wang"]), total: 3, description: "two consultants"),
        Case(period: "2010-09", selection: .consultants(["Li"]), total: nil, description: "no row for Li in September"),
        Case(period: "2010-Q4", selection: .dealerWide(), total: nil,
             description: "a quarter with November and December missing"),
        Case(period: "2010-10..2010-11", selection: .consultants(["Li"]), total: 4, description: "two whole months"),
        Case(period: "2010-W39", selection: .dealerWide(), total: 3.0 * 4 / 30 + 4.0 * 3 / 31,
             description: "a week across two months, prorated by days"),
        Case(period: "2010-10-05", selection: .dealerWide(), total: 4.0 / 31, description: "one day"),
        Case(period: "2010-11", selection: .dealerWide(), total: 2,
             description: "no dealer-wide row: the consultants' rows summed"),
        Case(period: "2010-10", selection: .notApplicable(.notSetPer(field: "model")),
             total: nil, description: "a selection targets do not have"),
        Case(period: "2010-10", selection: .dealerWide(dealers: ["别的店"]), total: nil, description: "another dealer"),
    ]

    @Test("target of a period", arguments: cases)
    func target(_ c: Case) throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let match = evaluator.target(for: try Period(parsing: c.period), selection: c.selection)
        #expect(match.total == c.total)
        #expect((match.reason == nil) == (c.total != nil))
    }

    @Test func theMonthsOfAWeek() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let match = evaluator.target(for: try Period(parsing: "2010-W39"), selection: .dealerWide())
        #expect(match.months.map(\.month.label) == ["2010-09", "2010-10"])
        #expect(match.months.map(\.daysInPeriod) == [4, 3])
        #expect(match.months.map(\.target) == [3, 4])
    }

    @Test func aQuarterNamesTheMissingMonths() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let match = evaluator.target(for: try Period(parsing: "2010-Q4"), selection: .dealerWide())
        #expect(match.missingMonths.map(\.label) == ["2010-12"])  // November has Li's row, summed
        #expect(match.reason == .missingMonths(["2010-12"], more: 0))
    }

    /// plan_achievement per consultant: Li delivered N1 of 2; Wang A4 of 1.
    @Test("plan achievement per consultant", arguments: [("Li", 1, 2.0), ("Wang", 1, 1.0)])
    func perConsultant(_ name: String, _ delivered: Int, _ target: Double) throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let scope = KPIScope(cards: KPIFixture.cards(where: "consultant", is: name, in: evaluator.dataset),
                             targets: .consultants([name]))
        let value = evaluator.value(of: .planAchievement, for: try KPIFixture.window("2010-10"), in: scope)
        #expect(value == .ratio(delivered, over: target))
    }
}
