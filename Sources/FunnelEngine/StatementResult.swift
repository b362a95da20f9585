/// What running a statement gives the front end to show.
public enum StatementResult: Sendable {
    case table(ResultTable)
    /// Help and other prose.
    case text(String)
    /// Nothing to show (`let`).
    case none
}
