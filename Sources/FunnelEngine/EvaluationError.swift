import FunnelSyntax

/// A statement that parsed but cannot be carried out: an unknown field, a value a
/// field cannot hold, a period that has not started. Located by the AST node it
/// came from, so the message can point at it.
public struct EvaluationError: Error, Hashable, Sendable {
    public let message: String
    public let range: SourceRange

    public init(_ message: String, at range: SourceRange) {
        self.message = message
        self.range = range
    }

    public var diagnostic: Diagnostic { Diagnostic(message, at: range) }
}
