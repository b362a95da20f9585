import FunnelDomain
import FunnelOutput
import FunnelStore
import Testing

/// `explain kpi NAME for PERIOD` on the hand-made dealer (see `KPIFixture.dealer`), in the
/// words the output layer gives it.
@Suite struct KPIExplanationTests {
    @Test func overallVisitRateNamesItsCards() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let dataset = evaluator.dataset
        let explanation = evaluator.explain(.overallVisitRate, for: try KPIFixture.window("2010-10"))
        #expect(ExplanationText.line(explanation) == "overall_visit_rate = (visited in opening + visited in new) ÷ (opening + new) "
            + "= (4 + 3) ÷ (5 + 6) = 63.6%")
        let rows = explanation.terms.map { term -> Set<String> in
            guard case .cards(let cards) = term.rows else { return [] }
            return ids(cards, in: dataset)
        }
        #expect(rows == [["A1", "A2", "A4", "A6"], ["N1", "N2", "N5"], ["A1", "A2", "A3", "A4", "A6"],
                         ["N1", "N2", "N3", "N4", "N5", "N6"]])
        #expect(explanation.terms.map(\.term.key) == ["visited_in_opening", "visited_in_new", "opening", "new"])
        #expect(explanation.notes.map(ExplanationText.note).first == "counted as of 2010-10-20: 2010-10 runs to 2010-10-31, and nothing "
            + "dated after 2010-10-20 counts")
    }

    @Test func captureRateNamesItsTraffic() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let explanation = evaluator.explain(.captureRate, for: try KPIFixture.window("2010-10"))
        let rows = explanation.terms.map { term -> Set<String> in
            guard case .traffic(let rows) = term.rows else { return [] }
            return KPIFixture.trafficIds(rows, in: evaluator.dataset)
        }
        #expect(rows == [["T1", "T2", "T7", "T8"], ["T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8", "T9"],
                         ["T3", "T5", "T6"]])
        #expect(ExplanationText.arithmetic(explanation) == "4 ÷ (9 − 3)")
        #expect(ExplanationText.value(explanation) == "66.7%")
        #expect(explanation.denominator.map(\.term.subtracted) == [false, true])
    }

    @Test func dailyTrafficSaysItsDays() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let explanation = evaluator.explain(.dailyTraffic, for: try KPIFixture.window("2010-10"))
        #expect(ExplanationText.line(explanation) == "daily_traffic = traffic in P ÷ days of P up to T = 9 ÷ 20 = 0.45")
        #expect(explanation.notes.map(ExplanationText.note).contains("days: 2010-10-01..2010-10-20, 20 days"))
        #expect(explanation.denominator.first?.rows.bitmap == nil)
    }

    @Test func planAchievementShowsItsMonths() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        // 2010-W39 is 27 September - 3 October: 4/30 of September's 3 and 3/31 of October's 4.
        let explanation = evaluator.explain(.planAchievement, for: try KPIFixture.window("2010-W39"))
        #expect(explanation.notes.map(ExplanationText.note) == ["2010-09: target 3 × 4/30 days = 0.4", "2010-10: target 4 × 3/31 days = 0.39"])
        #expect(ExplanationText.arithmetic(explanation) == "0 ÷ 0.79")
        #expect(ExplanationText.value(explanation) == "0.0%")
        guard case .targets(let rows)? = explanation.denominator.first?.rows else {
            Issue.record("no target rows")
            return
        }
        #expect(rows.rows == [0, 3])   // the dealer-wide rows of October and September
    }

    @Test func planAchievementWithoutATargetIsUndefined() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let scope = KPIScope(targets: .consultants(["Zhao"]))
        let explanation = evaluator.explain(.planAchievement, for: try KPIFixture.window("2010-10"), in: scope)
        #expect(explanation.value.value == nil)
        #expect(ExplanationText.line(explanation) == "plan_achievement = deliveries in P ÷ target deliveries for P = 2 ÷ — = undefined")
        #expect(explanation.notes.map(ExplanationText.note).last == "undefined: no target for Zhao in 2010-10")
    }

    @Test func anUndefinedRateSaysWhy() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let explanation = evaluator.explain(.newOverallVisitRate, for: try KPIFixture.window("2010-10-03"))
        #expect(ExplanationText.line(explanation) == "new_overall_visit_rate = visited in new ÷ new = 0 ÷ 0 = undefined")
        #expect(explanation.notes.map(ExplanationText.note).contains("undefined: the denominator is 0 (no new cards of P)"))
    }

    @Test func closingStockShowsTheIdentity() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let explanation = evaluator.explain(.closingStock, for: try KPIFixture.window("2010-10"))
        #expect(ExplanationText.line(explanation) == "closing_stock = following at T = 7")
        #expect(explanation.notes.map(ExplanationText.note).contains("inventory identity: opening + new − deliveries − losses = 5 + 6 − 2 − 2 = 7"))
    }

    /// A card delivered in October but lost in September is outside the base; its
    /// delivery still counts, and the explanation says so.
    @Test func eventsOutsideTheBaseAreNoted() throws {
        let dataset = try KPIFixture.load(#"""
            {"customers": [
              {"id": "x", "created": "2010-09-01", "lost": "2010-09-10", "delivered": "2010-10-05"},
              {"id": "y", "created": "2010-09-01", "delivered": "2010-10-06"}]}
            """#)
        let explanation = KPIEvaluator(dataset: dataset).explain(.deliveries, for: try KPIFixture.window("2010-10"))
        #expect(explanation.value == .count(2))
        #expect(explanation.notes.map(ExplanationText.note).contains("1 of the deliveries in P are cards outside the base (their dates are "
            + "inconsistent); they count all the same"))
    }
}
