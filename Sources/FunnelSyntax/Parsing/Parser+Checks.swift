/// What the parser looked for at the end of the text, in the order it looked.
/// A class, so checks that do not move the parser can still write to it.
///
/// With a probe, what it looked for at that token instead: where a statement failed
/// at a word, the keywords the parser would have taken there, for "did you mean"
/// (`were` where `where` goes).
final class ExpectationLog {
    /// The token watched: nil for the end of the text (the cursor).
    let probe: SourceRange?
    var expectations: [Expectation] = []

    init(probe: SourceRange? = nil) {
        self.probe = probe
    }

    func watches(_ token: Token) -> Bool {
        guard let probe else { return token.kind == .end }
        return token.kind != .end && token.range == probe
    }
}

/// The parser's checks on the current token. Each records, when parsing for
/// completion and the token checked is the end of the text (the cursor), what it
/// looked for; otherwise they are plain checks. Since the end of the text matches
/// nothing, the parser then goes on as if the thing looked for were absent, past
/// optional parts (recording those too) until it needs something: that is every
/// kind of thing that may come next.
extension Parser {
    /// Whether `token` is the cursor of a completion run.
    func atCursor(_ token: Token) -> Bool { log != nil && log?.probe == nil && token.kind == .end }

    /// Records that these may stand at `token`, when it is the cursor (or the probe).
    func offer(_ expectations: [Expectation], at token: Token) {
        guard let log, log.watches(token) else { return }
        log.expectations += expectations
    }

    /// Whether the current token is the keyword `word`.
    func sees(_ word: String) -> Bool {
        offer([.keyword(word)], at: current)
        return current.isKeyword(word)
    }

    func sees(_ symbol: Token.Symbol) -> Bool {
        offer([.symbol(symbol)], at: current)
        return current.kind == .symbol(symbol)
    }

    /// Whether the next token is the keyword `word`, on this line or the next (for
    /// words that can only continue a statement).
    func nextSees(_ word: String) -> Bool {
        let next = peekSkippingNewlines()
        offer([.keyword(word)], at: next)
        return next.isKeyword(word)
    }

    /// Whether the next token is `symbol`, on this line or (for separators that can
    /// only continue a statement) the next.
    func nextSees(_ symbol: Token.Symbol) -> Bool {
        let next = peekSkippingNewlines()
        offer([.symbol(symbol)], at: next)
        return next.kind == .symbol(symbol)
    }

    /// Takes the keyword `word`, after any line ends, or fails wanting `wanted`.
    mutating func expectKeyword(_ word: String, else wanted: SyntaxError.Expected) throws(SyntaxError) {
        skipNewlines()
        guard sees(word) else { throw expected(wanted) }
        index += 1
    }

    /// Ends a completion run at the cursor when what the parser would do next is a
    /// guess Tab must not offer (`count |` would go on as a bare count and want
    /// `from`). Only thrown for completion; nobody reads it.
    func stop() -> SyntaxError {
        SyntaxError(.expected(.statementEnd, found: nil), at: current.range, incomplete: true)
    }
}
