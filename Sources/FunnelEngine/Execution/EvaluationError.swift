import FunnelSyntax

/// A bound statement that could not be carried out to its end: stopped by Ctrl-C,
/// or a limit the data only shows while running. Nothing of the statement is shown.
public struct EvaluationError: Error, Sendable {
    public enum Kind: Sendable {
        case cancelled
        /// A grouping by a derived field (its values as of T), or a consultant field
        /// with traffic's own values added, has too many values to be a grouping.
        case tooManyValuesToGroup(field: String, limit: Int)
        /// Funnel math whose numbers do not fit (a close rate of huge numbers).
        case arithmeticOverflow
        /// A statement the SQL engine cannot compile yet (`what`: the statement or the
        /// part of it, `engine`: the database's name). Refused rather than answered wrong.
        case notSupported(what: String, engine: String)
        /// The database did not answer (its own message; never the SQL sent).
        case database(message: String, engine: String)
    }

    public let kind: Kind
    public let range: SourceRange

    public init(_ kind: Kind, at range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}
