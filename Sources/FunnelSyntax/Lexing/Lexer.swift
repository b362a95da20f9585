/// Splits statement text into tokens.
///
/// Dates and periods are tokens of their own (`2010-10-05`, `2010-10`, `2010-W41`,
/// `2010-Q4`) so that `2010-10` is never read as a subtraction; their validity
/// (month 13, week 54) is checked later, where the message can say what is allowed.
public struct Lexer {
    private let bytes: [UInt8]
    private var position = 0

    public init(_ text: String) {
        bytes = Array(text.utf8)
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
        guard let b = peek() else { return Token(.end, SourceRange(start, start), "") }
        switch b {
        case UInt8(ascii: "\n"):
            position += 1
            return Token(.newline, SourceRange(start, position), "\n")
        case UInt8(ascii: "\""), UInt8(ascii: "'"):
            return string(quote: b)
        case UInt8(ascii: "$"):
            position += 1
            let nameStart = position
            while let c = peek(), isNameByte(c) { position += 1 }
            guard position > nameStart else {
                return invalid(.missingVariableName, at: SourceRange(start, position))
            }
            return Token(.variable, SourceRange(start, position), text(nameStart, position))
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            return numberOrTemporal()
        case UInt8(ascii: "-"):
            if let c = peek(1), isDigit(c) { return numberOrTemporal() }
        default:
            if b >= 0x80, Lexer.fullWidthSymbol(at: start, in: bytes) != nil { return symbol() }
            if isNameStart(b) {
                while let c = peek(), isNameByte(c) { position += 1 }
                return Token(.word, SourceRange(start, position), text(start, position))
            }
        }
        return symbol()
    }

    /// An invalid token over `range` (what the lexer skipped), carrying the error,
    /// which may point at a part of it (a bad escape inside a string).
    private func invalid(_ kind: SyntaxError.Kind, at range: SourceRange, error errorRange: SourceRange? = nil,
                         incomplete: Bool = false) -> Token {
        let error = SyntaxError(kind, at: errorRange ?? range, incomplete: incomplete)
        return Token(.invalid(error), range, text(range.start, range.end))
    }

    // MARK: - Pieces

    private func peek(_ ahead: Int = 0) -> UInt8? {
        let i = position + ahead
        return i < bytes.count ? bytes[i] : nil
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }

    /// ASCII letters, `_`, and every byte of a multi-byte UTF-8 character (汉字 and
    /// other non-ASCII letters), so Chinese names and aliases lex as names.
    private func isNameStart(_ b: UInt8) -> Bool {
        (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 || b >= 0x80
    }

    private func isNameByte(_ b: UInt8) -> Bool {
        (isNameStart(b) || isDigit(b)) && (b < 0x80 || Lexer.fullWidthSymbol(at: position, in: bytes) == nil)
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

    static let fullWidth: [(String, Token.Symbol)] = [
        ("，", .comma), ("（", .leftParen), ("）", .rightParen), ("；", .semicolon), ("＝", .equal),
        ("＜", .less), ("＞", .greater), ("：", .colon), ("＊", .star), ("％", .percent),
    ]

    private static func fullWidthSymbol(at start: Int, in bytes: [UInt8]) -> (Token.Symbol, Int)? {
        for (text, symbol) in fullWidth {
            let utf8 = Array(text.utf8)
            if start + utf8.count <= bytes.count, bytes[start..<(start + utf8.count)].elementsEqual(utf8) {
                return (symbol, utf8.count)
            }
        }
        return nil
    }

    /// A quoted string. An unknown escape is remembered and the string read on to
    /// its closing quote, so what follows lexes as it would; an open quote takes
    /// the rest of the text.
    private mutating func string(quote: UInt8) -> Token {
        let start = position
        position += 1
        var value: [UInt8] = []
        var badEscape: (Character, SourceRange)?
        while true {
            guard let b = peek() else {
                if let (character, range) = badEscape {
                    return invalid(.unknownEscape(character), at: SourceRange(start, position), error: range)
                }
                return invalid(.unclosedString(quote: Character(Unicode.Scalar(quote))),
                               at: SourceRange(start, position), error: SourceRange(start, start + 1),
                               incomplete: true)
            }
            position += 1
            if b == quote { break }
            if b == UInt8(ascii: "\\") {
                guard let e = peek() else { continue }
                position += 1
                switch e {
                case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "'"): value.append(e)
                default:
                    if badEscape == nil {
                        badEscape = (Character(Unicode.Scalar(e)), SourceRange(position - 2, position))
                    }
                }
            } else {
                value.append(b)
            }
        }
        if let (character, range) = badEscape {
            return invalid(.unknownEscape(character), at: SourceRange(start, position), error: range)
        }
        return Token(.string, SourceRange(start, position), String(decoding: value, as: UTF8.self))
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
                    return Token(.date, SourceRange(start, position), text(start, position))
                }
                if let glued = lettersGlued(start) { return glued }
                return Token(.period, SourceRange(start, position), text(start, position))
            }
            if let n = next, n == UInt8(ascii: "W") || n == UInt8(ascii: "w") || n == UInt8(ascii: "Q")
                || n == UInt8(ascii: "q") {
                position += 2
                let partStart = position
                while let c = peek(), isDigit(c) { position += 1 }
                if position == partStart { return malformedDate(start) }
                if let glued = lettersGlued(start) { return glued }
                return Token(.period, SourceRange(start, position), text(start, position).uppercased())
            }
        }
        if peek() == UInt8(ascii: "."), let d = peek(1), isDigit(d) {
            position += 1
            while let c = peek(), isDigit(c) { position += 1 }
        }
        if let glued = lettersGlued(start) { return glued }
        return Token(.number, SourceRange(start, position), text(start, position))
    }

    /// `12abc` or `2010-10x` is one mistyped thing, not a number then a name.
    private mutating func lettersGlued(_ start: Int) -> Token? {
        guard let c = peek(), isNameStart(c) else { return nil }
        if let written = writtenPeriod(start) { return written }
        while let c = peek(), isNameByte(c) || c == UInt8(ascii: "-") { position += 1 }
        return invalid(.numberWithLetters(text(start, position)), at: SourceRange(start, position))
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
        return invalid(.malformedDate(text(start, position)), at: SourceRange(start, position))
    }

    private mutating func symbol() -> Token {
        let start = position
        let two = start + 2 <= bytes.count ? text(start, start + 2) : ""
        for candidate in ["..", "!=", "<>", "<=", ">=", "=="] where two == candidate {
            position += 2
            // "==" is accepted for "=", as sqlite and duckdb do.
            guard let symbol = Token.Symbol(rawValue: candidate == "==" ? "=" : candidate) else { break }
            return Token(.symbol(symbol), SourceRange(start, position), candidate)
        }
        // Full-width punctuation typed with a Chinese input method means the ASCII symbol.
        if let (symbol, length) = Lexer.fullWidthSymbol(at: start, in: bytes) {
            position += length
            return Token(.symbol(symbol), SourceRange(start, position), text(start, position))
        }
        guard let b = peek() else { return Token(.end, SourceRange(start, start), "") }
        let one = String(decoding: [b], as: UTF8.self)
        if let symbol = Token.Symbol(rawValue: one) {
            position += 1
            return Token(.symbol(symbol), SourceRange(start, position), one)
        }
        // Skip a whole UTF-8 character so the caret covers it (and we never split one).
        position += 1
        while let c = peek(), c & 0xC0 == 0x80 { position += 1 }
        return invalid(.unexpectedCharacter(text(start, position)), at: SourceRange(start, position))
    }
}
