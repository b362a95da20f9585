/// What running a statement gives the front end to show.
public enum StatementResult: Sendable {
    case table(ResultTable)
    /// A report in several parts (inventory and where its deliveries came from).
    case tables([ResultTable])
    /// Help and other prose.
    case text(String)
    /// Nothing to show (`let`).
    case none
}
