import FunnelDomain
import FunnelStore
import Testing

/// `funnel for PERIOD` (domain.md §6).
@Suite struct ReportFunnelTests {
    /// October as of 2010-10-20 on the hand-made dealer: traffic T1..T9 (9) → new N1..N6
    /// (6) → visited N1 N2 N5 (3) → test-driven N1 (1; N6's test drive is after T) →
    /// ordered N1 (1; N6's order is after T) → delivered N1 (1).
    @Test func october() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let funnel = FunnelReport(basis: evaluator.basis(try KPIFixture.window("2010-10")))
        #expect(funnel.stages.map(\.kind) == FunnelStageKind.allCases)
        #expect(funnel.stages.map(\.count) == [9, 6, 3, 1, 1, 1])
        #expect(funnel.stages.map(\.ratioToPrevious) == [nil, .ratio(6, over: 9), .ratio(3, over: 6),
                                                         .ratio(1, over: 3), .ratio(1, over: 1), .ratio(1, over: 1)])
        #expect(funnel.stages.map(\.ratioToNewCards) == [nil, .ratio(6, over: 6), .ratio(3, over: 6),
                                                         .ratio(1, over: 6), .ratio(1, over: 6), .ratio(1, over: 6)])
        #expect(funnel.stages.allSatisfy { $0.skipped.isEmpty })
        guard case .cards(let visited)? = funnel.stage(.visited)?.rows else {
            Issue.record("no visited stage")
            return
        }
        #expect(ids(visited, in: evaluator.dataset) == ["N1", "N2", "N5"])
    }

    /// A stage counts the cards that reached it or a later one; the ones with no record
    /// of the step itself are its skipped cards. Stages never grow.
    /// - s1 visited on capture, ordered without a test drive: counted test-driven, skipped there;
    /// - s2 visited, test-drove, delivered with no order date (counts as ordered);
    /// - s3 test-drove at home (a call follow-up) and never came in: counted visited, skipped there.
    @Test func skippedStages() throws {
        let dataset = try KPIFixture.load(#"""
            {"customers": [
              {"id": "s1", "created": "2010-10-02", "channel": "walkin", "ordered": "2010-10-05"},
              {"id": "s2", "created": "2010-10-03", "channel": "walkin", "delivered": "2010-10-06"},
              {"id": "s3", "created": "2010-10-03", "channel": "phone"}],
             "followups": [
              {"customer": "s2", "date": "2010-10-04", "kind": "visit", "test_drive": true},
              {"customer": "s3", "date": "2010-10-05", "kind": "home_visit", "test_drive": true}]}
            """#)
        let evaluator = KPIEvaluator(dataset: dataset)
        let funnel = FunnelReport(basis: evaluator.basis(try KPIFixture.window("2010-10")))
        #expect(funnel.stages.map(\.count) == [0, 3, 3, 3, 2, 1])
        #expect(funnel.stages.map(\.reached) == [0, 3, 2, 2, 2, 1])
        #expect(funnel.stages.map { ids($0.skipped, in: dataset) } == [[], [], ["s3"], ["s1"], [], []])
        // Traffic 0 → new 3: the first ratio is undefined, not infinite.
        #expect(funnel.stage(.newCards)?.ratioToPrevious?.value == nil)
    }

    /// A group's funnel: Wang's new cards N3 N4 (neither visited) and the traffic he received.
    @Test func withinAScope() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let dataset = evaluator.dataset
        let scope = KPIScope(cards: KPIFixture.cards(where: "consultant", is: "Wang", in: dataset),
                             traffic: KPIFixture.traffic(where: "consultant", is: "Wang", in: dataset))
        let funnel = FunnelReport(basis: evaluator.basis(try KPIFixture.window("2010-10")), scope: scope)
        #expect(funnel.stages.map(\.count) == [3, 2, 0, 0, 0, 0])     // T4 T7 T9
        #expect(funnel.stage(.testDriven)?.ratioToPrevious?.value == nil)
    }
}
