/// One term of an explanation: its definition, its value in this period and scope,
/// and the rows it counts.
public struct KPIExplainedTerm: Sendable {
    public let term: KPITermDefinition
    /// The count (or days, or target deliveries); `nil` when it cannot be known (no target).
    public let value: Double?
    public let rows: KPIRows

    public init(term: KPITermDefinition, value: Double?, rows: KPIRows) {
        self.term = term
        self.value = value
        self.rows = rows
    }
}
