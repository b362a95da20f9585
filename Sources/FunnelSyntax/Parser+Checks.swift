/// The parser's checks on the current token.
extension Parser {
    /// Whether the current token is the keyword `word`.
    func sees(_ word: String) -> Bool {
        current.isKeyword(word)
    }

    func sees(_ symbol: Token.Symbol) -> Bool {
        current.kind == .symbol(symbol)
    }

    /// Whether the next token is the keyword `word`, on this line or the next (for
    /// words that can only continue a statement).
    func nextSees(_ word: String) -> Bool {
        peekSkippingNewlines().isKeyword(word)
    }

    /// Whether the next token is `symbol`, on this line or (for separators that can
    /// only continue a statement) the next.
    func nextSees(_ symbol: Token.Symbol) -> Bool {
        peekSkippingNewlines().kind == .symbol(symbol)
    }

    /// Takes the keyword `word`, after any line ends, or fails wanting `wanted`.
    mutating func expectKeyword(_ word: String, else wanted: SyntaxError.Expected) throws(SyntaxError) {
        skipNewlines()
        guard sees(word) else { throw expected(wanted) }
        index += 1
    }
}
