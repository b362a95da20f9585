import FunnelDomain
import FunnelStore
import Testing

/// `capture progress for PERIOD by day|week`, `followup effect for PERIOD by consultant`
/// and `conversion for PERIOD by consultant|model|channel` (domain.md §6).
@Suite struct ReportCaptureAndGroupTests {
    /// October as of 2010-10-20 by week:
    /// - W39 (1-3): T1 captured; new N1 walk-in;
    /// - W40 (4-10): T2 captured, T3 T5 T6 followup, T4 none; new N2 phone, N3 outreach;
    /// - W41 (11-17): T7 captured, T9 none; new N4 phone, N6 outreach;
    /// - W42 (18-20): T8 captured; new N5 walk-in.
    @Test func captureProgressByWeek() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let report = CaptureProgress(evaluator: evaluator, window: try KPIFixture.window("2010-10"), by: .week)
        #expect(report.rows.map(\.window.period.label) == ["2010-W39", "2010-W40", "2010-W41", "2010-W42"])
        #expect(report.rows.map(\.traffic) == [1, 5, 2, 1])
        #expect(report.rows.map(\.newTraffic) == [1, 2, 2, 1])
        #expect(report.rows.map(\.captures) == [1, 1, 1, 1])
        #expect(report.rows.map(\.captureRate) == [.ratio(1, over: 1), .ratio(1, over: 2), .ratio(1, over: 2),
                                                   .ratio(1, over: 1)])
        #expect(report.rows.map(\.newByChannel) == [[1, 0, 0], [0, 1, 1], [0, 1, 1], [1, 0, 0]])
        #expect(report.total.traffic == 9 && report.total.newTraffic == 6 && report.total.captures == 4)
        #expect(report.total.newByChannel == [2, 2, 2] && report.total.newCards == 6)
        #expect(report.total.captureRate == .ratio(4, over: 6))
    }

    /// By day: 20 rows, most of them empty; they add up to the month.
    @Test func captureProgressByDay() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let report = CaptureProgress(evaluator: evaluator, window: try KPIFixture.window("2010-10"), by: .day)
        #expect(report.rows.count == 20)
        #expect(report.rows.reduce(0) { $0 + $1.traffic } == 9)
        #expect(report.rows.reduce(0) { $0 + $1.newCards } == 6)
        #expect(report.rows[1].newCards(.walkin) == 1)         // N1 on 2 October
        #expect(report.rows[0].captureRate.value == nil)        // nothing on 1 October
    }

    @Test func captureProgressWithinAScope() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let dataset = evaluator.dataset
        let scope = KPIScope(cards: KPIFixture.cards(where: "consultant", is: "Li", in: dataset),
                             traffic: KPIFixture.traffic(where: "consultant", is: "Li", in: dataset))
        let report = CaptureProgress(evaluator: evaluator, window: try KPIFixture.window("2010-10"), by: .month,
                                     scope: scope)
        #expect(report.rows.count == 1)
        // Li: T1 T2 T3 T5 T6 (2 captured, 3 followup); new N1 walk-in, N2 phone, N6 outreach.
        #expect(report.total.traffic == 5 && report.total.captures == 2 && report.total.newTraffic == 2)
        #expect(report.total.newByChannel == [1, 1, 1])
    }

    /// Li: base A1 A2 | N1 N2 N6; visited A1 A2 N1 N2; phone/outreach A2 N2 N6, of
    /// which A2 N2 visited; returned A2 N1; test-driven A2 N1.
    /// Wang: base A3 A4 A6 | N3 N4; visited A4 A6; phone/outreach A3 N3 N4, none visited.
    /// No consultant: N5, a walk-in.
    @Test func followupEffectByConsultant() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let groups = try #require(KPIGroups(evaluator: evaluator, field: "consultant"))
        let report = GroupedKPIReport.followupEffect(basis: evaluator.basis(try KPIFixture.window("2010-10")),
                                                     groups: groups)
        #expect(report.kpis == [.overallVisitRate, .firstVisitRate, .returnVisitRate, .testDriveRate])
        #expect(report.rows.map(\.key) == [.value("Li"), .value("Wang"), .missing])
        #expect(report.rows.map { $0.values.map(\.value) } == [
            [.ratio(4, over: 5), .ratio(2, over: 3), .ratio(2, over: 4), .ratio(2, over: 5)],
            [.ratio(2, over: 5), .ratio(0, over: 3), .ratio(0, over: 2), .ratio(0, over: 5)],
            [.ratio(1, over: 1), .ratio(0, over: 0), .ratio(0, over: 1), .ratio(0, over: 1)],
        ])
        #expect(report.total.key == nil)
        #expect(report.total.values.map(\.value) == [.ratio(7, over: 11), .ratio(2, over: 6), .ratio(2, over: 7),
                                                     .ratio(2, over: 11)])
        #expect(report.rows[2].value(of: .firstVisitRate)?.value == nil)
    }

    /// Li ordered A2 N1 and delivered N1; Wang delivered A4 (ordered in September).
    @Test func conversionByConsultant() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let groups = try #require(KPIGroups(evaluator: evaluator, field: "consultant"))
        let report = GroupedKPIReport.conversion(basis: evaluator.basis(try KPIFixture.window("2010-10")), groups: groups)
        #expect(report.rows.map { $0.values.map(\.value) } == [
            [.count(2), .ratio(2, over: 5), .count(1), .ratio(1, over: 5)],
            [.count(0), .ratio(0, over: 5), .count(1), .ratio(1, over: 5)],
            [.count(0), .ratio(0, over: 1), .count(0), .ratio(0, over: 1)],
        ])
        #expect(report.total.values.map(\.value) == [.count(2), .ratio(2, over: 11), .count(2), .ratio(2, over: 11)])
    }

    /// By model, within `where channel = walkin`: A1 A4 A6 | N1 N5 in the base.
    @Test func conversionByModelWithinAFilter() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let groups = try #require(KPIGroups(evaluator: evaluator, field: "model"))
        let scope = KPIScope(cards: KPIFixture.cards(where: "channel", is: "walkin", in: evaluator.dataset))
        let report = GroupedKPIReport.conversion(basis: evaluator.basis(try KPIFixture.window("2010-10")),
                                                 groups: groups, scope: scope)
        // Fabia: A4 (delivered); Octavia: A1 N1 N5 (N1 ordered, delivered); Superb: A6.
        #expect(report.rows.map(\.key) == [.value("Fabia"), .value("Octavia"), .value("Superb"), .noCard])
        #expect(report.rows.map { $0.value(of: .closeRate) } == [.ratio(1, over: 1), .ratio(1, over: 3),
                                                                 .ratio(0, over: 1), .ratio(0, over: 0)])
        #expect(report.total.value(of: .closeRate) == .ratio(2, over: 5))
    }
}
