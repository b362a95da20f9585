/// Where Tab was pressed, as completion needs it: the word being typed (which a
/// candidate replaces), what the parser expects where that word starts, and the
/// table named after the cursor. Pure, so it can be tested without a terminal.
public struct CompletionPoint: Hashable, Sendable {
    /// The text just before the cursor that a completion replaces: the word being
    /// typed, a `$name`, or a quoted value with its opening quote. May be empty.
    public let partial: String
    /// The quote that opens `partial` when a quoted value is being typed.
    public let quote: Character?
    /// What the parser would accept where `partial` starts.
    public let expectations: [Expectation]
    /// The table the rest of the statement names (`select name, | from customers`),
    /// as written, when it names one with `from` or `of`.
    public let tableAfter: String?

    public init(partial: String, quote: Character? = nil, expectations: [Expectation], tableAfter: String? = nil) {
        self.partial = partial
        self.quote = quote
        self.expectations = expectations
        self.tableAfter = tableAfter
    }

    /// `before`: the statement text up to the cursor, earlier lines of a multi-line
    /// statement included; `after`: the rest of the line.
    public init(before: String, after: String = "") {
        let tableAfter = CompletionPoint.tableNamed(in: after)
        guard let (partial, quote, preceding) = CompletionPoint.split(before) else {
            self.init(partial: "", expectations: [], tableAfter: tableAfter)
            return
        }
        self.init(partial: partial, quote: quote, expectations: Parser.expectations(before: preceding),
                  tableAfter: tableAfter)
    }

    /// The word being typed, its quote, and the text before it; nil where nothing
    /// can be completed (a number or date being typed, a bad character).
    private static func split(_ before: String) -> (String, Character?, String)? {
        let bytes = Array(before.utf8)
        // `$na`: a variable being typed (the lexer refuses a lone `$`).
        var i = bytes.count
        while i > 0, isNameByte(bytes[i - 1]) { i -= 1 }
        if i > 0, bytes[i - 1] == UInt8(ascii: "$") {
            return (text(bytes, i - 1, bytes.count), nil, text(bytes, 0, i - 1))
        }
        let tokens = Lexer.allTokens(before)
        guard let last = tokens.last(where: { $0.kind != .end }), last.range.end == bytes.count else {
            return ("", nil, before)  // blanks (or a comment) before the cursor: a new word starts
        }
        switch last.kind {
        case .word:
            return (text(bytes, last.range.start, bytes.count), nil, text(bytes, 0, last.range.start))
        case .symbol, .newline:
            return ("", nil, before)  // `in (`, `=`, `,` right before the cursor: the next word starts empty
        case .invalid(let error):
            // Only an open quote at the end is something being typed: a value.
            guard error.isIncomplete, case .unclosedString(let quote) = error.kind else { return nil }
            return (text(bytes, last.range.start, bytes.count), quote, text(bytes, 0, last.range.start))
        default:
            return nil
        }
    }

    /// `... from T` or `... of T` (not `as of`) before the end of the statement.
    private static func tableNamed(in after: String) -> String? {
        let tokens = Lexer.allTokens(after).prefix { $0.kind != .symbol(.semicolon) && $0.kind != .end }
            .filter { $0.kind != .newline }
        for (i, token) in tokens.enumerated() where token.isKeyword("from") || token.isKeyword("of") {
            if token.isKeyword("of"), i > 0, tokens[i - 1].isKeyword("as") { continue }
            if i + 1 < tokens.count, tokens[i + 1].kind == .word { return tokens[i + 1].text }
        }
        return nil
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 || b >= 0x80
    }

    private static func text(_ bytes: [UInt8], _ start: Int, _ end: Int) -> String {
        let s = min(max(0, start), bytes.count), e = min(max(s, end), bytes.count)
        return String(decoding: bytes[s..<e], as: UTF8.self)
    }
}
