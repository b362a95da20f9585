import FunnelDomain
import FunnelOutput
import FunnelStore
import Testing

/// Seed 000's scoring rule and `compare KPI for P vs Q`.
@Suite struct KPIScoreTests {
    /// 100 at target; each point (rates) or percent of target (counts) above adds 1.3,
    /// each below subtracts 0.3.
    @Test("score", arguments: [
        (0.72, 0.65, KPIKind.rate, 109.1, "100 + (72.0% − 65.0%) × 1.3 = 109.1"),
        (0.60, 0.65, .rate, 98.5, "100 − (65.0% − 60.0%) × 0.3 = 98.5"),
        (0.65, 0.65, .rate, 100, "100 + (65.0% − 65.0%) × 1.3 = 100.0"),
        (22, 20, .count, 113, "100 + (22 − 20) ÷ 20 × 100 × 1.3 = 113.0"),
        (15, 20, .count, 92.5, "100 − (20 − 15) ÷ 20 × 100 × 0.3 = 92.5"),
        (0, 0.5, .rate, 85, "100 − (50.0% − 0.0%) × 0.3 = 85.0"),
    ])
    func score(_ actual: Double, _ target: Double, _ kind: KPIKind, _ expected: Double, _ text: String) throws {
        let score = try #require(KPIScore(actual: actual, target: target, kind: kind))
        #expect(abs(score.score - expected) < 1e-9)
        #expect(ScoreText.arithmetic(score) == text)
    }

    @Test func slopesAreParameters() throws {
        let score = try #require(KPIScore(actual: 0.70, target: 0.60, kind: .rate, up: 2, down: 1))
        #expect(abs(score.score - 120) < 1e-9)
        #expect(score.slope == 2 && score.unit == .percentagePoints)
    }

    @Test func noScoreWithoutAValueOrATarget() throws {
        #expect(KPIScore(actual: 3, target: 0, kind: .count) == nil)
        #expect(KPIScore(.undefined(numerator: 1), of: .planAchievement, target: 1) == nil)
        #expect(KPIScore(.ratio(0, over: 0), of: .captureRate, target: 0.5) == nil)
        #expect(KPIScore(.ratio(1, over: 2), of: .captureRate, target: 0.5)?.score == 100)
    }

    /// October (as of 10-20) against September on the hand-made dealer: September's base
    /// is A4 | A1 A2 A3 A5 A6, of which A4 A1 A2 A6 visited by 30 September: 4/6.
    @Test func compareOctoberWithSeptember() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let october = evaluator.basis(try KPIFixture.window("2010-10"))
        let september = evaluator.basis(try KPIFixture.window("2010-09"))
        let visits = KPIComparison(kpi: .overallVisitRate, current: october, reference: september)
        #expect(visits.current == .ratio(7, over: 11))
        #expect(visits.reference == .ratio(4, over: 6))
        #expect(abs((visits.change ?? 0) - (7.0 / 11 - 4.0 / 6)) < 1e-12)
        #expect(abs((visits.pointChange ?? 0) - (700.0 / 11 - 400.0 / 6)) < 1e-9)
        #expect(abs((visits.relativeChange ?? 0) - (-1.0 / 22)) < 1e-12)

        // Deliveries: 2 against none: a change of 2, no relative change from 0.
        let deliveries = KPIComparison(kpi: .deliveries, current: october, reference: september)
        #expect(deliveries.change == 2 && deliveries.pointChange == nil && deliveries.relativeChange == nil)
    }

    @Test func compareWithAnUndefinedValue() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let comparison = KPIComparison(kpi: .newOverallVisitRate,
                                       current: evaluator.basis(try KPIFixture.window("2010-10-04")),
                                       reference: evaluator.basis(try KPIFixture.window("2010-10-03")))
        #expect(comparison.current == .ratio(0, over: 1))       // N2, a phone card, had not visited yet
        #expect(comparison.reference.value == nil)
        #expect(comparison.change == nil && comparison.relativeChange == nil)
    }
}
