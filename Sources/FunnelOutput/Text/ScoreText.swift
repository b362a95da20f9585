import FunnelDomain

/// A KPI score's arithmetic in words.
public enum ScoreText {
    /// `100 + (72.0% − 65.0%) × 1.3 = 109.1`, `100 − (20.0% − 10.0%) × 0.3 = 97.0`.
    public static func arithmetic(_ score: KPIScore) -> String {
        let shown = { (x: Double) in NumberText.value(x, kind: score.kind) }
        let (actual, target) = (shown(score.actual), shown(score.target))
        let above = score.difference >= 0
        let gap: String
        switch score.unit {
        case .percentagePoints:
            gap = above ? "(\(actual) − \(target))" : "(\(target) − \(actual))"
        case .percentOfTarget:
            gap = above ? "(\(actual) − \(target)) ÷ \(target) × 100" : "(\(target) − \(actual)) ÷ \(target) × 100"
        }
        return "100 \(above ? "+" : "−") \(gap) × \(NumberText.term(score.slope)) = "
            + NumberText.decimal(score.score, places: 1)
    }
}
