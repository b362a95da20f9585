/// KPI scoring of seed 000 (`score KPI for P target X [up 1.3 down 0.3]`): meeting the
/// target scores 100; each 1% above adds `up` points, each 1% below subtracts `down`,
/// linear in between.
///
/// "1%" is a percentage point for a rate (72.0% against a 65.0% target is 7 points
/// above) and 1% of the target for a count or an average (22 deliveries against 20
/// is 10% above), since a rate's own unit is the percent and a count has none. No
/// floor and no cap: the seed gives none (a rate cannot fall more than 100 points).
public struct KPIScore: Sendable {
    public enum Unit: String, Sendable {
        case percentagePoints = "percentage points"
        case percentOfTarget = "% of target"
    }

    public let kind: KPIKind
    public let actual: Double
    public let target: Double
    public let up: Double
    public let down: Double
    /// actual − target, in `unit`.
    public let difference: Double
    public let unit: Unit
    /// The slope used: `up` above the target, `down` below.
    public let slope: Double
    /// `difference × slope`, signed.
    public let adjustment: Double
    /// `100 + adjustment`.
    public let score: Double

    /// `nil` for a count or average scored against a target of 0 (no percentage of it)
    /// or a value that is not a number.
    public init?(actual: Double, target: Double, kind: KPIKind, up: Double = 1.3, down: Double = 0.3) {
        guard actual.isFinite, target.isFinite, up.isFinite, down.isFinite else { return nil }
        let difference: Double
        switch kind {
        case .rate:
            difference = (actual - target) * 100
            unit = .percentagePoints
        case .count, .average:
            guard target != 0 else { return nil }
            difference = (actual - target) / abs(target) * 100
            unit = .percentOfTarget
        }
        self.kind = kind
        self.actual = actual
        self.target = target
        self.up = up
        self.down = down
        self.difference = difference
        slope = difference >= 0 ? up : down
        adjustment = difference * slope
        score = 100 + adjustment
    }

    /// The score of a KPI value; `nil` when the value is undefined.
    public init?(_ value: KPIValue, of kpi: KPI, target: Double, up: Double = 1.3, down: Double = 0.3) {
        guard let actual = value.value else { return nil }
        self.init(actual: actual, target: target, kind: kpi.definition.kind, up: up, down: down)
    }
}
