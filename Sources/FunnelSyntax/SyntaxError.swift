/// A problem in statement text, located by its range.
public struct SyntaxError: Error, Hashable, Sendable {
    public let message: String
    public let range: SourceRange
    /// The text ended where more had to follow (an open quote or bracket, a clause
    /// cut short). The REPL reads another line instead of reporting it.
    public let isIncomplete: Bool

    public init(_ message: String, at range: SourceRange, incomplete: Bool = false) {
        self.message = message
        self.range = range
        self.isIncomplete = incomplete
    }
}
