import FunnelDomain
import FunnelOutput
import FunnelStore
import Testing

/// The golden numbers of seed 002 (domain.md §5.1), on `KPIFixture.seedExamples()`.
@Suite struct KPISeedExampleTests {
    /// Example 1: traffic this week 100; 50 captured, 20 followup, 30 left nothing →
    /// new_traffic = 100 − 20 = 80; capture_rate = 50 ÷ (100 − 20) = 62.5%.
    @Test func exampleOneTrafficOfAWeek() throws {
        let evaluator = KPIEvaluator(dataset: try KPIFixture.seedExamples())
        let basis = evaluator.basis(try KPIFixture.window("2010-W40"))
        #expect(basis.value(of: .showroomTraffic) == .count(100))
        #expect(basis.value(of: .newTraffic) == .count(80))
        let capture = basis.value(of: .captureRate)
        #expect(capture == .ratio(50, over: 80))
        #expect(capture.value == 0.625)
        #expect(ExplanationText.line(basis.explain(.captureRate))
            == "capture_rate = captured traffic in P ÷ (traffic in P − follow-up traffic in P) = 50 ÷ (100 − 20) = 62.5%")
        #expect(ExplanationText.line(basis.explain(.newTraffic))
            == "new_traffic = traffic in P − follow-up traffic in P = 100 − 20 = 80")
    }

    /// Example 2: October 2010, opening 200 of which 160 visited, 100 new of which 50
    /// visited by the query day → new_overall_visit_rate = 50 ÷ 100 = 50%;
    /// overall_visit_rate = (160 + 50) ÷ (200 + 100) = 70%.
    @Test func exampleTwoVisitRatesOfOctober() throws {
        let evaluator = KPIEvaluator(dataset: try KPIFixture.seedExamples())
        let basis = evaluator.basis(try KPIFixture.window("2010-10"))
        #expect(basis.value(of: .openingStock) == .count(200))
        #expect(basis.value(of: .newCards) == .count(100))
        #expect(basis.value(of: .newOverallVisitRate) == .ratio(50, over: 100))
        #expect(basis.value(of: .newOverallVisitRate).value == 0.5)
        #expect(basis.value(of: .overallVisitRate) == .ratio(210, over: 300))
        #expect(basis.value(of: .overallVisitRate).value == 0.7)
        let explanation = basis.explain(.overallVisitRate)
        #expect(ExplanationText.line(explanation) == "overall_visit_rate = (visited in opening + visited in new) ÷ (opening + new) "
            + "= (160 + 50) ÷ (200 + 100) = 70.0%")
        #expect(explanation.numerator.map(\.value) == [160, 50])
        #expect(explanation.denominator.map(\.value) == [200, 100])
        #expect(ExplanationText.line(basis.explain(.newOverallVisitRate))
            == "new_overall_visit_rate = visited in new ÷ new = 50 ÷ 100 = 50.0%")
    }

    /// Example 3: on 2010-10-01, `card_age > 60` selects a card captured on 2010-08-01
    /// (61 days old by the formula of §3), not one of 2010-08-02 (60 days).
    @Test func exampleThreeCardAge() throws {
        let dataset = try KPIFixture.load(#"""
            {"customers": [{"id": "a", "created": "2010-08-01"}, {"id": "b", "created": "2010-08-02"}]}
            """#)
        let facts = CardFacts(dataset: dataset, asOf: day("2010-10-01"))
        #expect(facts.cardAge == [61, 60])
    }
}
