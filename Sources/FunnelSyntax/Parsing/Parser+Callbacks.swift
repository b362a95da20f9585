/// Post-delivery callbacks (成交回访): a work list with its own options.
extension Parser {
    // callbacks ::= "callbacks" ( day | "missed" ( "for" period )? )?
    //               ( "at" INTEGER ( "," INTEGER )* day_word? | "grace" INTEGER day_word? )* clause*
    /// After the statement's word (`keyword`), which `report(_:)` has taken.
    mutating func callbacks(keyword: SourceRange) throws(SyntaxError) -> Statement {
        var day: Value?
        var missed: SourceRange?
        var period: Value?
        offer([.keyword("missed"), .value(.day)], at: current)
        if current.isKeyword("missed") {
            missed = advance().range
            if nextSees("for") || peekSkippingNewlines().isKeyword("from") {
                period = try forPeriod(after: .report(.callbacks))
            }
        } else if [.date, .period, .word, .variable].contains(current.kind), !Keyword.is(current.text, .continuation) {
            day = try value(allowRange: false, slot: .day)
        }
        var days: [Value] = []
        var grace: Value?
        while true {
            let next = peekSkippingNewlines()
            if days.isEmpty { offer([.keyword("at")], at: next) }
            if grace == nil { offer([.keyword("grace")], at: next) }
            if next.isKeyword("at"), days.isEmpty {
                skipNewlines()
                index += 1
                repeat {
                    skipNewlines()
                    offer([.number], at: current)
                    guard current.kind == .number else { throw expected(.callbackDays) }
                    days.append(try value(allowRange: false, slot: .any))
                } while takesComma()
                skipDayWord()
            } else if next.isKeyword("grace"), grace == nil {
                skipNewlines()
                index += 1
                skipNewlines()
                offer([.number], at: current)
                guard current.kind == .number else { throw expected(.graceDays) }
                grace = try value(allowRange: false, slot: .any)
                skipDayWord()
            } else {
                break
            }
        }
        let clauses = try clauseList()
        let request = CallbackRequest(keyword: keyword, day: day, missed: missed, period: period, days: days,
                                      grace: grace, clauses: clauses)
        return Statement(.callbacks(request), range: range(from: keyword.start))
    }

    /// Takes a `,` that goes on with a list.
    private mutating func takesComma() -> Bool {
        guard nextSees(.comma) else { return false }
        skipNewlines()
        index += 1
        return true
    }

    /// `days` (or 天, 日) after a number of days, which may be left out.
    private mutating func skipDayWord() {
        if current.kind == .word, Parser.dayWords.contains(current.text.lowercased()) { index += 1 }
    }
}
