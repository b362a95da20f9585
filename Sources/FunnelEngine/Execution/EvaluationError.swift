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
    }

    public let kind: Kind
    public let range: SourceRange

    init(_ kind: Kind, at range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}
