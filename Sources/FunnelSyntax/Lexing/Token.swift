/// What the lexer produces: a kind, its place, and its text.
public struct Token: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// A name or keyword; keywords are recognised by the parser, in any case.
        case word
        /// A quoted string; `text` holds its value with escapes resolved.
        case string
        /// `12`, `-3`, `2.5`.
        case number
        /// `2010-10-05`.
        case date
        /// `2010-10`, `2010-W41`, `2010-Q4`.
        case period
        /// `$m`; `text` holds the name without `$`.
        case variable
        case symbol(Symbol)
        case newline
        case end
        /// Text no token can be made of (a stray `&`, `2010-13x`, an open quote),
        /// with what is wrong with it. The lexer goes on after it, so the error
        /// belongs to the statement it sits in: the parser fails that statement
        /// with it when it meets the token.
        case invalid(SyntaxError)
    }

    public enum Symbol: String, Hashable, Sendable, CaseIterable {
        case leftParen = "(", rightParen = ")", comma = ",", semicolon = ";", dot = ".", dotDot = ".."
        case equal = "=", notEqual = "!=", lessGreater = "<>", less = "<", lessEqual = "<="
        case greater = ">", greaterEqual = ">=", star = "*", colon = ":", percent = "%"
        /// `-` not before a digit: the hyphens of `overall-visit-rate`, day arithmetic
        /// (`today - 7`) and a difference of dates (`ordered - created`); `+` adds days.
        case plus = "+", minus = "-"
    }

    public let kind: Kind
    public let range: SourceRange
    public let text: String

    public init(_ kind: Kind, _ range: SourceRange, _ text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }

    /// Whether this is the keyword `word` (case-insensitive).
    public func isKeyword(_ word: String) -> Bool {
        kind == .word && text.lowercased() == word
    }

    /// The lexical error this token stands for, if it is invalid.
    public var lexicalError: SyntaxError? {
        if case .invalid(let error) = kind { return error }
        return nil
    }
}
