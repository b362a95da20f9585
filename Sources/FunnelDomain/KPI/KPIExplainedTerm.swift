/// One term of an explanation: its definition, its value in this period and scope,
/// and the rows it counts.
public struct KPIExplainedTerm: Sendable {
    public let term: KPITermDefinition
    /// The count (or days, or target deliveries); `nil` when it cannot be known (no target).
    public let value: Double?
    public let rows: KPIRows
    /// For a term of due events, how many of them each card has (0 for most cards): the
    /// rows are the cards, and these add up to the value.
    public let eventsPerCard: [Int32]?

    public init(term: KPITermDefinition, value: Double?, rows: KPIRows, eventsPerCard: [Int32]? = nil) {
        self.term = term
        self.value = value
        self.rows = rows
        self.eventsPerCard = eventsPerCard
    }
}
