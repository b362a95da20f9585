import FunnelSyntax

/// Why a statement did not run, from whichever stage refused it. Nothing of a
/// failing statement is shown: only this.
public enum StatementError: Error, Sendable {
    case syntax(SyntaxError)
    case binding(BindingError)
    case evaluation(EvaluationError)

    /// The text the error is about.
    public var range: SourceRange {
        switch self {
        case .syntax(let error): error.range
        case .binding(let error): error.range
        case .evaluation(let error): error.range
        }
    }
}
