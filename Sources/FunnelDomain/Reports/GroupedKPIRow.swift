/// One row of a per-group KPI table: the group (`nil` for the total) and its values.
public struct GroupedKPIRow: Sendable {
    /// The group's key; `nil` on the total row.
    public let key: KPIGroupKey?
    /// One value per KPI of the report, in the report's order.
    public let values: [KPIResult]

    /// The value of one KPI of the row.
    public func value(of kpi: KPI) -> KPIValue? { values.first { $0.kpi == kpi }?.value }
}
