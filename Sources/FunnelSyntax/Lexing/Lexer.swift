/// Splits statement text into tokens.
///
/// Dates and periods are tokens of their own (`2010-10-05`, `2010-10`, `2010-W41`,
/// `2010-Q4`) so that `2010-10` is never read as a subtraction; their validity
/// (month 13, week 54) is checked later, where the message can say what is allowed.
///
/// The text is read as a Chinese keyboard means it (`KeyboardFolding`): full-width
/// letters, digits and symbols as ASCII, the ideographic space as a blank, `、` as a
/// comma, and “…” ‘…’ 「…」 『…』 as quotes. Every range is in bytes of the text as
/// typed; a string's value and a bad character's text are as typed too.
public struct Lexer {
    /// The text folded, which the lexer reads; `position` is an index into it.
    private let bytes: [UInt8]
    /// Where each folded byte starts in the text as typed, and its end.
    private let offsets: [Int]
    /// The text as typed.
    private let typed: [UInt8]
    private var position = 0

    public init(_ text: String) {
        typed = Array(text.utf8)
        let folding = KeyboardFolding(typed)
        bytes = folding.bytes
        offsets = folding.offsets
    }

    /// All tokens, ending with `.end`, with an `.invalid` token where the text makes
    /// none (a stray `&`, `2010-13x`): lexing goes on after it, so each lexical error
    /// stays with the statement it is in. Comments are dropped; line ends are kept.
    public static func allTokens(_ text: String) -> [Token] {
        var lexer = Lexer(text)
        var result: [Token] = []
        while true {
            let token = lexer.next()
            result.append(token)
            if token.kind == .end { return result }
        }
    }

    /// All tokens, ending with `.end`; the first lexical error, if any, is thrown:
    /// for callers that take the text whole or not at all.
    public static func tokens(_ text: String) throws(SyntaxError) -> [Token] {
        let tokens = allTokens(text)
        if let error = tokens.lazy.compactMap(\.lexicalError).first { throw error }
        return tokens
    }

    /// Tokens up to the first lexical error, then `.end`, and that error if any: for
    /// callers that only look at where the text stops making tokens (the history's
    /// "is this line inside a string").
    public static func tokensUpToError(_ text: String) -> ([Token], SyntaxError?) {
        var result: [Token] = []
        for token in allTokens(text) {
            if let error = token.lexicalError {
                result.append(Token(.end, SourceRange(error.range.start, error.range.start), ""))
                return (result, error)
            }
            result.append(token)
        }
        return (result, nil)
    }

    public mutating func next() -> Token {
        skipBlanksAndComments()
        let start = position
        guard let b = peek() else { return Token(.end, range(start, start), "") }
        switch b {
        case UInt8(ascii: "\n"):
            position += 1
            return Token(.newline, range(start, position), "\n")
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            let quote = Character(Unicode.Scalar(b))
            return string(open: quote, closing: quote)
        case UInt8(ascii: "$"):
            position += 1
            let nameStart = position
            while let c = peek(), isNameByte(c) { position += 1 }
            guard position > nameStart else {
                return invalid(.missingVariableName, at: start, position)
            }
            return Token(.variable, range(start, position), text(nameStart, position))
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return numberOrTemporal()
        case UInt8(ascii: "-"):
            if let c = peek(1), isDigit(c) { return numberOrTemporal() }
        default:
            if let (pair, opens) = QuotePair.quote(in: bytes, at: start) {
                // A closing quote with no string open is a stray character.
                return opens ? string(open: pair.open, closing: pair.close) : symbol()
            }
            if isNameStart(b) {
                while let c = peek(), isNameByte(c) { position += 1 }
                return Token(.word, range(start, position), text(start, position))
            }
        }
        return symbol()
    }

    /// An invalid token over the folded bytes `start..<end` (what the lexer skipped),
    /// carrying the error, which may point at a part of it (a bad escape inside a
    /// string); its text is as typed.
    private func invalid(_ kind: SyntaxError.Kind, at start: Int, _ end: Int, error errorRange: SourceRange? = nil,
                         incomplete: Bool = false) -> Token {
        let whole = range(start, end)
        let error = SyntaxError(kind, at: errorRange ?? whole, incomplete: incomplete)
        return Token(.invalid(error), whole, typedText(start, end))
    }

    // MARK: - Pieces

    private func peek(_ ahead: Int = 0) -> UInt8? {
        let i = position + ahead
        return i < bytes.count ? bytes[i] : nil
    }

    /// The folded text of `start..<end`: what a word, number or date means.
    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The text as typed of the folded bytes `start..<end`.
    private func typedText(_ start: Int, _ end: Int) -> String {
        String(decoding: typed[offsets[start]..<offsets[end]], as: UTF8.self)
    }

    /// The place of the folded bytes `start..<end` in the text as typed.
    private func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(offsets[start], offsets[end])
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// ASCII letters, `_`, and every byte of a multi-byte UTF-8 character (汉字 and
    /// other non-ASCII letters), so Chinese names and aliases lex as names.
    private func isNameStart(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 || b >= 0x80
    }

    /// A name runs on over letters and digits, up to a Chinese quote (`“`).
    private func isNameByte(_ b: UInt8) -> Bool {
        (isNameStart(b) || isDigit(b)) && (b < 0x80 || QuotePair.quote(in: bytes, at: position) == nil)
    }

    private mutating func skipBlanksAndComments() {
        while let b = peek() {
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "\t") || b == UInt8(ascii: "\r") {
                position += 1
            } else if b == UInt8(ascii: "#") || (b == UInt8(ascii: "-") && peek(1) == UInt8(ascii: "-")) {
                while let c = peek(), c != UInt8(ascii: "\n") { position += 1 }
            } else {
                return
            }
        }
    }

    /// A quoted string, opened by `open` (`"`, `'`, or a Chinese quote such as `“`)
    /// and ended by `closing` (`”` for `“`). Its value is the text as typed between
    /// them: what is quoted is not folded. An unknown escape is remembered and the
    /// string read on to its closing quote, so what follows lexes as it would; an
    /// open quote takes the rest of the text.
    private mutating func string(open: Character, closing: Character) -> Token {
        let start = position
        position += open.utf8.count
        let openEnd = position
        var value: [UInt8] = []
        var badEscape: (Character, SourceRange)?
        while true {
            guard let b = peek() else {
                if let (character, range) = badEscape {
                    return invalid(.unknownEscape(character), at: start, position, error: range)
                }
                return invalid(.unclosedString(quote: open), at: start, position, error: range(start, openEnd),
                               incomplete: true)
            }
            if QuotePair.matches(closing, bytes, at: position) {
                position += closing.utf8.count
                break
            }
            if b == UInt8(ascii: "\\") {
                let escape = position
                position += 1
                guard let e = peek() else { continue }
                if !closing.isASCII, QuotePair.matches(closing, bytes, at: position) {
                    // `\”` in a string opened by `“`: the quote itself.
                    value += Array(closing.utf8)
                    position += closing.utf8.count
                    continue
                }
                let character = characterLength(at: position)
                position += character
                switch e {
                case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): value.append(e)
                default:
                    if badEscape == nil {
                        let typedEscape = typedText(position - character, position)
                        badEscape = (typedEscape.first ?? "?", range(escape, position))
                    }
                }
            } else {
                // What is quoted is kept as typed, a full-width letter too.
                value += typed[offsets[position]..<offsets[position + 1]]
                position += 1
            }
        }
        if let (character, range) = badEscape {
            return invalid(.unknownEscape(character), at: start, position, error: range)
        }
        return Token(.string, range(start, position), String(decoding: value, as: UTF8.self))
    }

    /// The length in folded bytes of the character starting at `i` (1 for ASCII).
    private func characterLength(at i: Int) -> Int {
        var end = i + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end - i
    }

    /// `12`, `-3.5`, `2010-10-05`, `2010-10`, `2010-W41`, `2010-Q4`.
    private mutating func numberOrTemporal() -> Token {
        let start = position
        if peek() == UInt8(ascii: "-") { position += 1 }
        let digitsStart = position
        while let c = peek(), isDigit(c) { position += 1 }
        let digitCount = position - digitsStart
        if digitCount == 4, start == digitsStart, peek() == UInt8(ascii: "-") {
            // A year followed by "-": a date or a period.
            let next = peek(1)
            if let n = next, isDigit(n) {
                position += 1
                let monthStart = position
                while let c = peek(), isDigit(c) { position += 1 }
                if position - monthStart != 2 { return malformedDate(start) }
                if peek() == UInt8(ascii: "-"), let d = peek(1), isDigit(d) {
                    position += 1
                    let dayStart = position
                    while let c = peek(), isDigit(c) { position += 1 }
                    if position - dayStart != 2 { return malformedDate(start) }
                    if let glued = lettersGlued(start) { return glued }
                    return Token(.date, range(start, position), text(start, position))
                }
                if let glued = lettersGlued(start) { return glued }
                return Token(.period, range(start, position), text(start, position))
            }
            if let n = next, n == UInt8(ascii: "W") || n == UInt8(ascii: "w") || n == UInt8(ascii: "Q")
                || n == UInt8(ascii: "q") {
                position += 2
                let partStart = position
                while let c = peek(), isDigit(c) { position += 1 }
                if position == partStart { return malformedDate(start) }
                if let glued = lettersGlued(start) { return glued }
                return Token(.period, range(start, position), text(start, position).uppercased())
            }
        }
        if peek() == UInt8(ascii: "."), let d = peek(1), isDigit(d) {
            position += 1
            while let c = peek(), isDigit(c) { position += 1 }
        }
        if let glued = lettersGlued(start) { return glued }
        return Token(.number, range(start, position), text(start, position))
    }

    /// `12abc` or `2010-10x` is one mistyped thing, not a number then a name.
    private mutating func lettersGlued(_ start: Int) -> Token? {
        guard let c = peek(), isNameStart(c) else { return nil }
        if let written = writtenPeriod(start) { return written }
        while let c = peek(), isNameByte(c) || c == UInt8(ascii: "-") { position += 1 }
        return invalid(.numberWithLetters(typedText(start, position)), at: start, position)
    }

    /// A period written the way people write it, glued to the number before it: a
    /// year then 年 (`2010年10月5日`, `2010年第41周`, `2010年Q4`), a range joined by 至 or
    /// 到 (`2010-10-01至2010-10-15`), or `2010q4` / `2010w41` (read as `2010-Q4`,
    /// `2010-W41`). The domain's `PeriodParser` reads it, and says what is wrong with it.
    private mutating func writtenPeriod(_ start: Int) -> Token? {
        let isYear = position - start == 4 && bytes[start..<position].allSatisfy(isDigit)
        let rest = bytes[position...]
        if (isYear && rest.starts(with: "年".utf8)) || rest.starts(with: "至".utf8) || rest.starts(with: "到".utf8) {
            while let c = peek(), isNameByte(c) || c == UInt8(ascii: "-") { position += 1 }
            return Token(.period, SourceRange(start, position), text(start, position))
        }
        guard isYear, let marker = peek(), "QqWw".utf8.contains(marker), let d = peek(1), isDigit(d) else { return nil }
        var end = position + 1
        while end < bytes.count, isDigit(bytes[end]) { end += 1 }
        if end < bytes.count, isNameStart(bytes[end]) || isDigit(bytes[end]) { return nil }
        let written = text(start, position) + "-" + text(position, position + 1).uppercased() + text(position + 1, end)
        position = end
        return Token(.period, SourceRange(start, position), written)
    }

    private mutating func malformedDate(_ start: Int) -> Token {
        while let c = peek(), isNameByte(c) || c == UInt8(ascii: "-") { position += 1 }
        return invalid(.malformedDate(typedText(start, position)), at: start, position)
    }

    /// A symbol; its text is as typed (`，` for a comma typed full-width).
    private mutating func symbol() -> Token {
        let start = position
        let two = start + 2 <= bytes.count ? text(start, start + 2) : ""
        for candidate in ["..", "!=", "<>", "<=", ">=", "=="] where two == candidate {
            position += 2
            // "==" is accepted for "=", as sqlite and duckdb do.
            guard let symbol = Token.Symbol(rawValue: candidate == "==" ? "=" : candidate) else { break }
            return Token(.symbol(symbol), range(start, position), typedText(start, position))
        }
        guard let b = peek() else { return Token(.end, range(start, start), "") }
        let one = String(decoding: [b], as: UTF8.self)
        if let symbol = Token.Symbol(rawValue: one) {
            position += 1
            return Token(.symbol(symbol), range(start, position), typedText(start, position))
        }
        // Skip a whole UTF-8 character so the caret covers it (and we never split one).
        position += characterLength(at: start)
        return invalid(.unexpectedCharacter(typedText(start, position)), at: start, position)
    }
}
