/// Values said in several words: periods and days as people say them, and day
/// arithmetic. The parser only finds where such a phrase ends; what it means is the
/// binder's to find out (the domain's `PeriodParser` reads the period words, the
/// binder the field names), so the grammar of the words lives in one place.
extension Parser {
    /// Words that open a period said relative to today and take the word after them.
    static let phraseOpeners: Set<String> = ["last", "this", "next", "past"]
    /// Words that join the two ends of a range, besides `..`.
    static let phraseJoiners: Set<String> = ["to", "至", "到"]
    /// Words that may follow the number of `today - 7`.
    public static let dayWords: Set<String> = ["day", "days", "天", "日"]

    // phrase ::= "from"? point ( ( ".." | "to" | "至" | "到" ) point )?
    // point  ::= piece+ ( ( "+" | "-" ) ( NUMBER ( "days" | "天" )? | field ) )*
    /// The phrase at the current token, taken, when the value there is said in more
    /// than one token; `nil` (nothing taken) for a value of one token, and for
    /// `A..B` of two plain values, which stays a `Value.range`. A phrase never
    /// crosses a line end or a keyword that opens a clause or continues a statement.
    mutating func phrase(slot: ValueSlot, allowRange: Bool) -> Value? {
        guard slot != .any, index < tokens.count - 1 else { return nil }
        var i = index
        let from = allowRange && tokens[i].isKeyword("from")
        if from {
            i += 1
            offer([.value(slot)], at: tokens[i])
        }
        guard let pointEnd = point(from: i, slot: slot) else { return nil }
        // Tab after a period said in words, or after `from A`, offers `to`.
        if allowRange, from || pointEnd - i > 1 || tokens[i].kind == .word {
            offer([.keyword("to")], at: tokens[pointEnd])
        }
        i = pointEnd
        if allowRange, isJoiner(tokens[i]) {
            offer([.value(slot)], at: tokens[i + 1])
            if let end = point(from: i + 1, slot: slot) { i = end }
        }
        let taken = Array(tokens[index..<i])
        guard taken.count >= 2 else { return nil }
        if taken.count == 3, taken[1].kind == .symbol(.dotDot) { return nil }
        index = i
        return .phrase(taken)
    }

    /// Where a point of a phrase that starts at `start` ends, or `nil` when none starts there.
    private func point(from start: Int, slot: ValueSlot) -> Int? {
        var i = start
        guard isPiece(tokens[i]) else { return nil }
        if tokens[i].kind == .word, Parser.phraseOpeners.contains(tokens[i].text.lowercased()) {
            // `last month`, `last 7 days`: the opener takes a number and a word, or a word.
            i += 1
            offer(["week", "month", "quarter", "year"].map(Expectation.keyword), at: tokens[i])
            if tokens[i].kind == .number {
                i += 1
                offer([.keyword("days")], at: tokens[i])
            }
            if isPhraseWord(tokens[i]) { i += 1 }
        } else {
            i += 1
        }
        while true {
            let next = tokens[i]
            if next.kind == .symbol(.dot), tokens[i - 1].kind == .word {
                // `customer.created`: a field reached through the card.
                offer([.subfield(link: tokens[i - 1].text, scope)], at: tokens[i + 1])
                guard isPhraseWord(tokens[i + 1]) else { break }
                i += 2
            } else if [.number, .date, .period].contains(next.kind), tokens[i - 1].kind == .word {
                // `Oct 2010`.
                i += 1
            } else if next.kind == .number, next.text.hasPrefix("-") {
                // `today -7`, as it lexes.
                i += 1
                if isDayWord(tokens[i]) { i += 1 }
            } else if next.kind == .symbol(.plus) || next.kind == .symbol(.minus) {
                let operand = tokens[i + 1]
                // `today - 7`; where a field's value goes, `created + 3` and `ordered - created`.
                if case .field = slot {
                    offer([.number, .field(scope)], at: operand)
                } else {
                    offer([.number], at: operand)
                }
                guard operand.kind == .number || isPhraseWord(operand) else { break }
                i += 2
                if operand.kind == .number, isDayWord(tokens[i]) { i += 1 }
            } else {
                break
            }
        }
        return i
    }

    /// A token a phrase may hold as a piece of its own.
    private func isPiece(_ token: Token) -> Bool {
        [.number, .date, .period].contains(token.kind) || isPhraseWord(token)
    }

    /// A word that is no keyword ending the value: not `where`, `and`, `to`, ...
    private func isPhraseWord(_ token: Token) -> Bool {
        token.kind == .word && !Keyword.is(token.text, .reserved) && !Keyword.is(token.text, .continuation)
            && !Parser.phraseJoiners.contains(token.text.lowercased())
    }

    private func isDayWord(_ token: Token) -> Bool {
        token.kind == .word && Parser.dayWords.contains(token.text.lowercased())
    }

    private func isJoiner(_ token: Token) -> Bool {
        token.kind == .symbol(.dotDot) || (token.kind == .word && Parser.phraseJoiners.contains(token.text.lowercased()))
    }
}
