/// The statements about cards: KPIs, explain, reports, plan, score and compare.
/// Their conditions and groups are about the cards, which is what completion
/// offers there (`scope = .cards`).
extension Parser {
    // kpi ::= "kpi" NAME ( "," NAME )* "for" period clause*
    mutating func kpi() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        scope = .cards
        var names = [try kpiName()]
        while nextSees(.comma) {
            skipNewlines()
            index += 1
            names.append(try kpiName())
        }
        let period = try forPeriod(after: .kpiNames)
        let clauses = try clauseList(followsCards: true)
        return Statement(.kpi(names: names, period: period, clauses: clauses), range: range(from: start))
    }

    // explain ::= "explain" "kpi" NAME "for" period ( "term" NAME )? clause*
    mutating func explain() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        scope = .cards
        try expectKeyword("kpi", else: .kpiAfterExplain)
        let name = try kpiName()
        let period = try forPeriod(after: .kpiName)
        var term: Name?
        if sees("term") {
            index += 1
            offer([.term(kpi: name.text)], at: current)
            guard current.kind == .word else { throw failure(.expected(.termName, found: current), at: current) }
            term = Name(current.text, current.range)
            index += 1
        }
        let clauses = try clauseList(followsCards: true)
        return Statement(.explain(name: name, period: period, term: term, clauses: clauses),
                         range: range(from: start))
    }

    /// A KPI name: a word (canonical or Chinese), or words as people write a name
    /// (docs/kpis.md): joined by hyphens (`overall-visit-rate`), or by blanks when
    /// `for` or `,` follows them (`Overall Visit Rate for 2010-10`). The binder reads
    /// hyphens and blanks as `_`.
    mutating func kpiName() throws(SyntaxError) -> Name {
        skipNewlines()
        offer([.kpiName], at: current)
        guard current.kind == .word, !Keyword.is(current.text, .reserved) else { throw expected(.kpiName) }
        let first = advance()
        var text = first.text, end = first.range
        // The longest run of words that makes the name, and the run joined by hyphens alone.
        var glued = (index: index, text: text, end: end)
        var i = index
        var hyphensOnly = true
        while i + 1 < tokens.count {
            let token = tokens[i], next = tokens[i + 1]
            if token.kind == .symbol(.minus), token.range.start == end.end, next.kind == .word,
               next.range.start == token.range.end {
                text += "-" + next.text
                i += 2
            } else if token.kind == .word, !Keyword.is(token.text, .reserved) {
                text += " " + token.text
                hyphensOnly = false
                i += 1
            } else {
                break
            }
            end = tokens[i - 1].range
            if hyphensOnly { glued = (i, text, end) }
        }
        let after = tokens[min(i, tokens.count - 1)]
        if after.isKeyword("for") || after.kind == .symbol(.comma) || atCursor(after) { glued = (i, text, end) }
        index = glued.index
        return Name(glued.text, first.range.union(glued.end))
    }

    /// `for PERIOD`, or `from A to B` standing for `for from A to B`.
    mutating func forPeriod(after owner: SyntaxError.PeriodOwner) throws(SyntaxError) -> Value {
        if !peekSkippingNewlines().isKeyword("from") { try expectKeyword("for", else: .forPeriod(after: owner)) }
        return try value(allowRange: true, slot: .period)
    }

    /// The report a statement's first words name, if any (its words are not consumed).
    /// The longest name wins: `overdue by cycle` before `overdue`, `due tomorrow` before `due`.
    func reportKind() -> ReportKind? {
        let first = current.text.lowercased()
        for kind in ReportKind.allCases.sorted(by: { $0.words.count > $1.words.count }) {
            if current.text == kind.chineseName { return kind }
            let words = kind.words
            guard words.first == first else { continue }
            var matched = true
            for (offset, word) in words.enumerated().dropFirst() {
                let nextIndex = index + offset
                guard nextIndex < tokens.count else {
                    matched = false
                    break
                }
                offer([.keyword(word)], at: tokens[nextIndex])
                guard tokens[nextIndex].isKeyword(word) else {
                    matched = false
                    break
                }
            }
            if matched { return kind }
        }
        return nil
    }

    // report ::= REPORT_NAME ( "for" period )? clause*     (funnel, inventory, lost reasons, ...)
    //          | "structure" "by" dimension clause*  |  ( "due" | "contacted" ) DATE? clause*
    //          | ( "overdue" "by" "cycle" | "due" "tomorrow" ) clause*
    // seed_report ::= ( "key" "report" | "prospect" "progress" ) "for" period clause*
    mutating func report(_ kind: ReportKind) throws(SyntaxError) -> Statement {
        scope = .cards
        let first = advance()
        var keyword = first.range
        if first.text != kind.chineseName {
            for _ in kind.words.dropFirst() { keyword = keyword.union(advance().range) }
        }
        var period: Value?
        var day: Value?
        switch kind {
        case .funnel, .inventory, .lostReasons, .captureProgress, .followupEffect, .conversion, .keyReport,
             .prospectProgress:
            if kind == .funnel {
                if nextSees("for") || peekSkippingNewlines().isKeyword("from") {
                    period = try forPeriod(after: .report(kind))
                }
            } else {
                period = try forPeriod(after: .report(kind))
            }
        case .due, .contacted:
            offer([.value(.day)], at: current)
            if [.date, .period, .word, .variable].contains(current.kind), !Keyword.is(current.text, .continuation) {
                day = try value(allowRange: false, slot: .day)
            }
        case .structure:
            guard nextSees("by") else { throw expected(.structureDimension) }
            let clauses = try clauseList(byDimension: true)
            return Statement(.report(kind, keyword: keyword, period: nil, day: nil, clauses: clauses),
                             range: range(from: first.range.start))
        case .overdue, .dormantEligible, .duplicateCards, .overdueByCycle, .dueTomorrow:
            break
        case .callbacks:
            return try callbacks(keyword: keyword)
        }
        let clauses = try clauseList(followsCards: kind == .funnel && period != nil)
        return Statement(.report(kind, keyword: keyword, period: period, day: day, clauses: clauses),
                         range: range(from: first.range.start))
    }

    // plan ::= "plan" "deliveries" NUMBER ( "close" "rate" NUMBER ":" NUMBER )? ( "for" period )?
    //          ( "using" period )? clause*
    mutating func plan() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        scope = .cards
        try expectKeyword("deliveries", else: .deliveriesAfterPlan)
        skipNewlines()
        offer([.number], at: current)
        guard current.kind == .number else { throw expected(.deliveryCount) }
        let deliveries = try value(allowRange: false, slot: .any)
        var closeRate: CloseRate?
        var period: Value?
        var reference: Value?
        while true {
            let next = peekSkippingNewlines()
            if closeRate == nil { offer([.keyword("close")], at: next) }
            if period == nil { offer([.keyword("for")], at: next) }
            if reference == nil { offer([.keyword("using")], at: next) }
            if next.isKeyword("close"), closeRate == nil {
                skipNewlines()
                index += 1
                try expectKeyword("rate", else: .rateAfterClose)
                skipNewlines()
                offer([.number], at: current)
                guard current.kind == .number else { throw expected(.closeRatio) }
                let sales = try value(allowRange: false, slot: .any)
                guard sees(.colon) else { throw expected(.ratioColon) }
                index += 1
                skipNewlines()
                offer([.number], at: current)
                guard current.kind == .number else { throw expected(.ratioProspects) }
                closeRate = CloseRate(sales: sales, prospects: try value(allowRange: false, slot: .any))
            } else if next.isKeyword("for"), period == nil {
                period = try forPeriod(after: .deliveries)
            } else if next.isKeyword("using"), reference == nil {
                skipNewlines()
                index += 1
                reference = try value(allowRange: true, slot: .period)
            } else {
                break
            }
        }
        if period == nil, closeRate == nil { throw expected(.periodOrCloseRate) }
        let clauses = try clauseList()
        return Statement(.plan(PlanRequest(deliveries: deliveries, period: period, reference: reference,
                                           closeRate: closeRate, clauses: clauses)), range: range(from: start))
    }

    // score ::= "score" NAME "for" period "target" value ( "up" NUMBER "down" NUMBER )? clause*
    mutating func score() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        scope = .cards
        let name = try kpiName()
        let period = try forPeriod(after: .kpiName)
        try expectKeyword("target", else: .targetAfterPeriod)
        let target = try value(allowRange: false, slot: .any)
        var up: Value?, down: Value?
        if nextSees("up") {
            skipNewlines()
            index += 1
            up = try value(allowRange: false, slot: .any)
            try expectKeyword("down", else: .downAfterUp)
            down = try value(allowRange: false, slot: .any)
        }
        let clauses = try clauseList(followsCards: true)
        return Statement(.score(ScoreRequest(kpi: name, period: period, target: target, up: up, down: down,
                                             clauses: clauses)), range: range(from: start))
    }

    // compare ::= "compare" NAME "for" period "vs" period clause*
    mutating func compare() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        scope = .cards
        let name = try kpiName()
        let period = try forPeriod(after: .kpiName)
        try expectKeyword("vs", else: .vsAfterPeriod)
        let other = try value(allowRange: true, slot: .period)
        let clauses = try clauseList()
        return Statement(.compare(kpi: name, period: period, other: other, clauses: clauses), range: range(from: start))
    }
}
