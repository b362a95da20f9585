/// A KPI in two periods (`compare KPI for P vs Q`): both values, the change, and the
/// change relative to Q.
///
/// The change is in the KPI's unit: a fraction for a rate (`pointChange` gives it in
/// percentage points), a count for a count. The relative change is `(P − Q) ÷ Q`,
/// undefined when Q's value is 0 or undefined, or P's is undefined.
public struct KPIComparison: Sendable {
    public let kpi: KPI
    public let current: KPIValue
    public let reference: KPIValue
    public let currentWindow: AsOfPeriod
    public let referenceWindow: AsOfPeriod

    public init(kpi: KPI, current: KPIBasis, reference: KPIBasis, scope: KPIScope = .all) {
        self.kpi = kpi
        self.current = current.value(of: kpi, in: scope)
        self.reference = reference.value(of: kpi, in: scope)
        currentWindow = current.window
        referenceWindow = reference.window
    }

    /// P − Q, or `nil` when either is undefined.
    public var change: Double? {
        guard let now = current.value, let before = reference.value else { return nil }
        return now - before
    }

    /// The change in percentage points, for a rate; `nil` for a count or average.
    public var pointChange: Double? {
        kpi.definition.kind == .rate ? change.map { $0 * 100 } : nil
    }

    /// (P − Q) ÷ Q; `nil` when Q is 0 or either is undefined.
    public var relativeChange: Double? {
        guard let change, let before = reference.value, before != 0 else { return nil }
        return change / before
    }
}
