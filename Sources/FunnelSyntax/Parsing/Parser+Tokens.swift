/// Moving over the tokens, and the errors the parser gives.
extension Parser {
    var current: Token { tokens[min(index, tokens.count - 1)] }

    mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    func isSeparator(_ token: Token) -> Bool {
        token.kind == .newline || token.kind == .symbol(.semicolon)
    }

    mutating func skipSeparators() {
        while isSeparator(current) { index += 1 }
    }

    /// After an error: on to the next `;` or line end (an invalid token is skipped
    /// with the rest of its statement).
    mutating func skipToSeparator() {
        while !isSeparator(current), current.kind != .end { index += 1 }
    }

    func indexSkippingNewlines() -> Int {
        var i = index
        while i < tokens.count - 1, tokens[i].kind == .newline { i += 1 }
        return i
    }

    func peekSkippingNewlines() -> Token { tokens[indexSkippingNewlines()] }

    mutating func skipNewlines() { index = indexSkippingNewlines() }

    func range(from start: Int) -> SourceRange {
        let last = index > 0 ? tokens[index - 1].range.end : start
        return SourceRange(start, max(start, last))
    }

    // MARK: - Errors

    /// The error for `kind` at `token`; when the token is invalid, the lexer's error
    /// it carries instead, so a bad character reads as such wherever it stands.
    func failure(_ kind: SyntaxError.Kind, at token: Token, incomplete: Bool = false) -> SyntaxError {
        token.lexicalError ?? SyntaxError(kind, at: token.range, incomplete: incomplete)
    }

    /// "expected X, found Y", incomplete when the input simply ended; at the end of
    /// the text inside a bracket or list, the error points at its opener.
    func expected(_ wanted: SyntaxError.Expected, openedAt opener: SourceRange? = nil) -> SyntaxError {
        let token = current
        if let error = token.lexicalError { return error }
        if token.kind == .end, let opener {
            return SyntaxError(.expected(wanted, found: nil), at: opener, incomplete: true)
        }
        return SyntaxError(.expected(wanted, found: token), at: token.range, incomplete: token.kind == .end)
    }

    mutating func nested<T>(_ body: (inout Parser) throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Parser.maximumNesting else {
            throw SyntaxError(.nestedTooDeep(limit: Parser.maximumNesting), at: current.range)
        }
        return try body(&self)
    }
}
