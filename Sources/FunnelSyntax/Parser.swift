import FunnelText

/// Recursive-descent parser for grammar/funnel.ebnf. Each parse function quotes
/// the rule it implements.
///
/// Line ends: a statement may run over several lines. Where the grammar requires
/// more (after `where`, `and`, a comma) line ends are skipped; where the statement
/// could end, a line end ends it unless the next line opens with a clause keyword.
public struct Parser {
    /// Parentheses deeper than this are refused rather than risking the stack.
    public static let maximumNesting = 100

    private let tokens: [Token]
    private var index = 0
    private var depth = 0

    private init(tokens: [Token]) { self.tokens = tokens }

    /// Parses a whole script.
    public static func parse(_ text: String) throws(SyntaxError) -> [Statement] {
        var parser = Parser(tokens: try Lexer.tokens(text))
        return try parser.script()
    }

    /// Whether `text` is a statement cut short (open quote or bracket, a clause
    /// waiting for more): the REPL then asks for another line.
    public static func isIncomplete(_ text: String) -> Bool {
        do {
            _ = try parse(text)
            return false
        } catch {
            return error.isIncomplete
        }
    }

    /// Parses a script statement by statement, going on after an error at the next
    /// `;` or line end, so a runner can execute what precedes a mistake and, with
    /// --keep-going, what follows it.
    public static func parseEach(_ text: String) -> [Result<Statement, SyntaxError>] {
        let (tokens, lexicalError) = Lexer.tokensUpToError(text)
        var parser = Parser(tokens: tokens)
        var results: [Result<Statement, SyntaxError>] = []
        while true {
            while parser.isSeparator(parser.current) { parser.index += 1 }
            if parser.current.kind == .end { break }
            do throws(SyntaxError) {
                let statement = try parser.statement()
                guard parser.isSeparator(parser.current) || parser.current.kind == .end else {
                    throw SyntaxError("expected ';' or a new line after the statement, found \(parser.current.quoted)",
                                      at: parser.current.range)
                }
                results.append(.success(statement))
            } catch {
                if let lexicalError, error.range.start >= lexicalError.range.start {
                    results.append(.failure(lexicalError))
                    return results
                }
                results.append(.failure(error))
                while !parser.isSeparator(parser.current), parser.current.kind != .end { parser.index += 1 }
            }
        }
        if let lexicalError { results.append(.failure(lexicalError)) }
        return results
    }

    // script ::= separator* ( statement ( separator+ statement )* separator* )?
    private mutating func script() throws(SyntaxError) -> [Statement] {
        var statements: [Statement] = []
        while true {
            while isSeparator(current) { index += 1 }
            if current.kind == .end { return statements }
            statements.append(try statement())
            guard isSeparator(current) || current.kind == .end else {
                throw SyntaxError("expected ';' or a new line after the statement, found \(current.quoted)",
                                  at: current.range)
            }
        }
    }

    // statement ::= select | aggregate | let | help
    private mutating func statement() throws(SyntaxError) -> Statement {
        let first = current
        guard first.kind == .word else {
            throw SyntaxError("expected a statement such as select, count or help, found \(first.quoted)",
                              at: first.range)
        }
        switch first.text.lowercased() {
        case "select": return try select()
        case "count", "sum", "avg", "min", "max": return try aggregate()
        case "let": return try letBinding()
        case "help": return try help()
        case "kpi": return try kpi()
        case "explain": return try explain()
        case "plan": return try plan()
        case "score": return try score()
        case "compare": return try compare()
        default:
            if let kind = reportKind() { return try report(kind) }
            var message = "unknown statement '\(first.text)'"
            if let guess = Suggestion.nearest(to: first.text, in: Keyword.statements) {
                message += " — did you mean '\(guess)'?"
            } else {
                message += ": type help for the statements"
            }
            throw SyntaxError(message, at: first.range)
        }
    }

    // select ::= "select" ( table | ( "*" | field_list ) "from" table ) clause*
    private mutating func select() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        var fields: SelectFields = .view
        let table: Name
        if symbol(.star) {
            index += 1
            fields = .all
            try expectKeyword("from", after: "'*'")
            table = try tableName()
        } else {
            let first = try field(what: "a table or the fields to list")
            if first.parts.count == 1, !nextIsKeyword("from"), !nextIsSymbol(.comma) {
                table = first.parts[0]
            } else {
                var named = [first]
                while nextIsSymbol(.comma) {
                    skipNewlines()
                    index += 1
                    named.append(try field(what: "a field name"))
                }
                fields = .named(named)
                try expectKeyword("from", after: "the fields")
                table = try tableName()
            }
        }
        let clauses = try clauseList()
        return Statement(.select(table: table, fields: fields, clauses: clauses), range: range(from: start))
    }

    // aggregate ::= "count" table clause*
    //             | aggregate_item ( "," aggregate_item )* ( "from" | "of" ) table clause*
    // aggregate_item ::= "count" | ( "count" | "sum" | "avg" | "min" | "max" ) field
    private mutating func aggregate() throws(SyntaxError) -> Statement {
        let start = current.range.start
        var items: [AggregateItem] = []
        while true {
            let functionToken = advance()
            guard let function = AggregateFunction(rawValue: functionToken.text.lowercased()) else {
                throw SyntaxError("expected count, sum, avg, min or max, found \(functionToken.quoted)",
                                  at: functionToken.range)
            }
            if function == .count {
                let next = peekSkippingNewlines()
                let isBare = next.kind != .word || ["from", "of"].contains(next.text.lowercased())
                if isBare {
                    items.append(AggregateItem(function: .count, field: nil, range: functionToken.range))
                } else if items.isEmpty, !followedByItemEnd(afterWordAt: indexSkippingNewlines()) {
                    // "count customers ...": the word is the table.
                    skipNewlines()
                    let table = try tableName()
                    let clauses = try clauseList()
                    let item = AggregateItem(function: .count, field: nil, range: functionToken.range)
                    return Statement(.aggregate(table: table, items: [item], clauses: clauses),
                                     range: range(from: start))
                } else {
                    skipNewlines()
                    let field = try field(what: "a field to count")
                    items.append(AggregateItem(function: .count, field: field,
                                               range: functionToken.range.union(field.range)))
                }
            } else {
                skipNewlines()
                let field = try field(what: "a field to \(function.rawValue)")
                items.append(AggregateItem(function: function, field: field,
                                           range: functionToken.range.union(field.range)))
            }
            guard nextIsSymbol(.comma) else { break }
            skipNewlines()
            index += 1
            skipNewlines()
            guard current.kind == .word, AggregateFunction(rawValue: current.text.lowercased()) != nil else {
                throw expected("count, sum, avg, min or max after ','")
            }
        }
        skipNewlines()
        guard current.isKeyword("from") || current.isKeyword("of") else {
            throw expected("'from' and a table after \(items.count == 1 ? "the aggregate" : "the aggregates")")
        }
        index += 1
        let table = try tableName()
        let clauses = try clauseList()
        return Statement(.aggregate(table: table, items: items, clauses: clauses), range: range(from: start))
    }

    /// After `count WORD`: does a `,`, `from` or `of` follow, making WORD a field?
    private func followedByItemEnd(afterWordAt wordIndex: Int) -> Bool {
        var i = wordIndex + 1
        // A dotted path is a field.
        if i < tokens.count, tokens[i].kind == .symbol(.dot) { return true }
        while i < tokens.count, tokens[i].kind == .newline { i += 1 }
        guard i < tokens.count else { return false }
        let t = tokens[i]
        return t.kind == .symbol(.comma) || t.isKeyword("from") || t.isKeyword("of")
    }

    // let ::= "let" NAME "=" ( value | period )
    private mutating func letBinding() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        skipNewlines()
        guard current.kind == .word, !Keyword.is(current.text, .reserved) else {
            throw expected("a variable name after 'let'")
        }
        let name = Name(current.text, current.range)
        index += 1
        skipNewlines()
        guard symbol(.equal) else { throw expected("'=' after the variable name") }
        index += 1
        let value = try self.value(allowRange: true)
        return Statement(.letBinding(name: name, value: value), range: range(from: start))
    }

    // help ::= "help" NAME?
    private mutating func help() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        var topic: Name?
        if current.kind == .word {
            topic = Name(current.text, current.range)
            index += 1
        }
        return Statement(.help(topic: topic), range: range(from: start))
    }

    // kpi ::= "kpi" NAME ( "," NAME )* "for" period clause*
    private mutating func kpi() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        var names = [try kpiName()]
        while nextIsSymbol(.comma) {
            skipNewlines()
            index += 1
            names.append(try kpiName())
        }
        let period = try forPeriod(after: "the KPI names")
        let clauses = try clauseList()
        return Statement(.kpi(names: names, period: period, clauses: clauses), range: range(from: start))
    }

    // explain ::= "explain" "kpi" NAME "for" period ( "term" NAME )? clause*
    private mutating func explain() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        try expectKeyword("kpi", after: "'explain' (explain kpi NAME for PERIOD)")
        let name = try kpiName()
        let period = try forPeriod(after: "the KPI name")
        var term: Name?
        if current.kind == .word, current.text.lowercased() == "term" {
            index += 1
            guard current.kind == .word else {
                throw SyntaxError("expected the name of a term after 'term' (such as visited_in_opening)",
                                  at: current.range)
            }
            term = Name(current.text, current.range)
            index += 1
        }
        let clauses = try clauseList()
        return Statement(.explain(name: name, period: period, term: term, clauses: clauses),
                         range: range(from: start))
    }

    /// A KPI name: a word (canonical or Chinese).
    private mutating func kpiName() throws(SyntaxError) -> Name {
        skipNewlines()
        guard current.kind == .word, !Keyword.is(current.text, .reserved) else {
            throw expected("a KPI name (help kpis lists them)")
        }
        return Name(advance().text, tokens[index - 1].range)
    }

    /// `for PERIOD`.
    private mutating func forPeriod(after what: String) throws(SyntaxError) -> Value {
        try expectKeyword("for", after: what)
        return try value(allowRange: true)
    }

    /// The report a statement's first words name, if any (its words are not consumed).
    private func reportKind() -> ReportKind? {
        let first = current.text.lowercased()
        for kind in ReportKind.allCases {
            if current.text == kind.chineseName { return kind }
            let words = kind.words
            guard words.first == first else { continue }
            if words.count == 1 { return kind }
            let nextIndex = index + 1
            if nextIndex < tokens.count, tokens[nextIndex].isKeyword(words[1]) { return kind }
        }
        return nil
    }

    // report ::= REPORT_NAME ( "for" period )? clause*     (funnel, inventory, lost reasons, ...)
    //          | "structure" "by" dimension clause*  |  ( "due" | "contacted" ) DATE? clause*
    private mutating func report(_ kind: ReportKind) throws(SyntaxError) -> Statement {
        let first = advance()
        var keyword = first.range
        if first.text != kind.chineseName, kind.words.count == 2 { keyword = keyword.union(advance().range) }
        var period: Value?
        var day: Value?
        switch kind {
        case .funnel, .inventory, .lostReasons, .captureProgress, .followupEffect, .conversion:
            if kind == .funnel {
                if nextIsKeyword("for") { period = try forPeriod(after: "'funnel'") }
            } else {
                period = try forPeriod(after: "'\(kind.rawValue)'")
            }
        case .due, .contacted:
            if [.date, .word, .variable].contains(current.kind),
               !Keyword.is(current.text, .continuation) {
                day = try value(allowRange: false)
            }
        case .structure:
            guard nextIsKeyword("by") else {
                throw expected("'by' and what to break the cards down by: grade, channel, model, source or age band")
            }
            // "age band" is two words naming one breakdown.
            var after = indexSkippingNewlines() + 1
            while after < tokens.count - 1, tokens[after].kind == .newline { after += 1 }
            if tokens[after].isKeyword("age"), after + 1 < tokens.count, tokens[after + 1].isKeyword("band") {
                let ageRange = tokens[after].range.union(tokens[after + 1].range)
                index = after + 2
                var clauses = try clauseList()
                clauses.groups = [.field(FieldPath([Name("age band", ageRange)]))]
                return Statement(.report(kind, keyword: keyword, period: nil, day: nil, clauses: clauses),
                                 range: range(from: first.range.start))
            }
        case .overdue, .dormantEligible, .duplicateCards:
            break
        }
        let clauses = try clauseList()
        return Statement(.report(kind, keyword: keyword, period: period, day: day, clauses: clauses),
                         range: range(from: first.range.start))
    }

    // plan ::= "plan" "deliveries" NUMBER ( "close" "rate" NUMBER ":" NUMBER )? ( "for" period )?
    //          ( "using" period )? clause*
    private mutating func plan() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        try expectKeyword("deliveries", after: "'plan' (plan deliveries N for PERIOD)")
        skipNewlines()
        guard current.kind == .number else { throw expected("the number of deliveries to plan for") }
        let deliveries = try value(allowRange: false)
        var closeRate: CloseRate?
        var period: Value?
        var reference: Value?
        while true {
            let next = peekSkippingNewlines()
            if next.isKeyword("close"), closeRate == nil {
                skipNewlines()
                index += 1
                try expectKeyword("rate", after: "'close'")
                skipNewlines()
                guard current.kind == .number else { throw expected("a ratio such as 1:5 after 'close rate'") }
                let sales = try value(allowRange: false)
                guard symbol(.colon) else { throw expected("':' in the ratio (1:5 is one sale in five prospects)") }
                index += 1
                skipNewlines()
                guard current.kind == .number else { throw expected("the number of prospects after ':'") }
                closeRate = CloseRate(sales: sales, prospects: try value(allowRange: false))
            } else if next.isKeyword("for"), period == nil {
                period = try forPeriod(after: "the deliveries")
            } else if next.isKeyword("using"), reference == nil {
                skipNewlines()
                index += 1
                reference = try value(allowRange: true)
            } else {
                break
            }
        }
        if period == nil, closeRate == nil {
            throw expected("'for PERIOD' or 'close rate 1:N' after the deliveries")
        }
        let clauses = try clauseList()
        return Statement(.plan(PlanRequest(deliveries: deliveries, period: period, reference: reference,
                                           closeRate: closeRate, clauses: clauses)), range: range(from: start))
    }

    // score ::= "score" NAME "for" period "target" value ( "up" NUMBER "down" NUMBER )? clause*
    private mutating func score() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        let name = try kpiName()
        let period = try forPeriod(after: "the KPI name")
        try expectKeyword("target", after: "the period (score KPI for PERIOD target X)")
        let target = try value(allowRange: false)
        var up: Value?, down: Value?
        if nextIsKeyword("up") {
            skipNewlines()
            index += 1
            up = try value(allowRange: false)
            try expectKeyword("down", after: "the points per percentage point above target")
            down = try value(allowRange: false)
        }
        let clauses = try clauseList()
        return Statement(.score(ScoreRequest(kpi: name, period: period, target: target, up: up, down: down,
                                             clauses: clauses)), range: range(from: start))
    }

    // compare ::= "compare" NAME "for" period "vs" period clause*
    private mutating func compare() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        let name = try kpiName()
        let period = try forPeriod(after: "the KPI name")
        try expectKeyword("vs", after: "the first period (compare KPI for P vs Q)")
        let other = try value(allowRange: true)
        let clauses = try clauseList()
        return Statement(.compare(kpi: name, period: period, other: other, clauses: clauses), range: range(from: start))
    }

    // clause ::= "where" condition | "by" group ("," group)* | "order" "by" order_item ("," order_item)*
    //          | "limit" INTEGER | as_of
    private mutating func clauseList() throws(SyntaxError) -> Clauses {
        var clauses = Clauses()
        var seen: Set<String> = []
        while true {
            let next = peekSkippingNewlines()
            guard next.kind == .word else { break }
            let keyword = next.text.lowercased()
            guard Keyword.is(keyword, .clause) else {
                if Keyword.is(keyword, .continuation) {
                    skipNewlines()
                    throw SyntaxError("'\(next.text)' cannot follow here: expected where, by, order by, limit "
                                      + "or as of", at: next.range)
                }
                break
            }
            skipNewlines()
            let keywordToken = advance()
            guard seen.insert(keyword).inserted else {
                throw SyntaxError("'\(keywordToken.text)' appears twice in this statement", at: keywordToken.range)
            }
            switch keyword {
            case "where":
                clauses.condition = try condition()
            case "by":
                clauses.groups = try groupList()
            case "order":
                skipNewlines()
                guard current.isKeyword("by") else { throw expected("'by' after 'order'") }
                index += 1
                clauses.order = try orderList()
            case "limit":
                skipNewlines()
                let token = current
                guard token.kind == .number, let count = Int(token.text), count >= 0 else {
                    throw SyntaxError("expected a whole number of rows after 'limit', found \(token.quoted)",
                                      at: token.range, incomplete: token.kind == .end)
                }
                index += 1
                clauses.limit = Limit(count: count, range: token.range)
            default:  // "as"
                skipNewlines()
                guard current.isKeyword("of") else { throw expected("'of' after 'as' (as of DATE)") }
                index += 1
                clauses.asOf = try value(allowRange: false)
            }
        }
        return clauses
    }

    // group ::= field | GRAIN "(" field ")"
    private mutating func groupList() throws(SyntaxError) -> [GroupItem] {
        var items: [GroupItem] = []
        repeat {
            if !items.isEmpty {
                skipNewlines()
                index += 1
            }
            skipNewlines()
            let token = current
            let isGrain = token.kind == .word && Keyword.is(token.text, .grain)
            if isGrain, index + 1 < tokens.count, tokens[index + 1].kind == .symbol(.leftParen) {
                index += 2
                let field = try self.field(what: "a date field inside \(token.text)( )")
                skipNewlines()
                guard symbol(.rightParen) else { throw expected("')' to close \(token.text)(") }
                index += 1
                items.append(.grain(Name(token.text, token.range), field))
            } else if isGrain {
                index += 1
                items.append(.grain(Name(token.text, token.range), nil))
            } else {
                items.append(.field(try field(what: "a field to group by")))
            }
        } while nextIsSymbol(.comma)
        return items
    }

    // order_item ::= field ( "asc" | "desc" )?
    private mutating func orderList() throws(SyntaxError) -> [OrderItem] {
        var items: [OrderItem] = []
        repeat {
            if !items.isEmpty {
                skipNewlines()
                index += 1
            }
            let field = try self.field(what: "a field to order by")
            var descending = false
            if current.isKeyword("desc") {
                descending = true
                index += 1
            } else if current.isKeyword("asc") {
                index += 1
            }
            items.append(OrderItem(field: field, descending: descending))
        } while nextIsSymbol(.comma)
        return items
    }

    // condition ::= conjunction ( "or" conjunction )*
    private mutating func condition() throws(SyntaxError) -> Condition {
        var result = try conjunction()
        while peekSkippingNewlines().isKeyword("or") {
            skipNewlines()
            index += 1
            result = .or(result, try conjunction())
        }
        return result
    }

    // conjunction ::= negation ( "and" negation )*
    private mutating func conjunction() throws(SyntaxError) -> Condition {
        var result = try negation()
        while peekSkippingNewlines().isKeyword("and") {
            skipNewlines()
            index += 1
            result = .and(result, try negation())
        }
        return result
    }

    // negation ::= "not" negation | "(" condition ")" | predicate
    private mutating func negation() throws(SyntaxError) -> Condition {
        skipNewlines()
        let token = current
        if token.isKeyword("not") {
            index += 1
            return try nested { (p: inout Parser) throws(SyntaxError) in
                let inner = try p.negation()
                return Condition.not(inner, token.range)
            }
        }
        if token.kind == .symbol(.leftParen) {
            index += 1
            return try nested { (p: inout Parser) throws(SyntaxError) in
                let inner = try p.condition()
                p.skipNewlines()
                guard p.symbol(.rightParen) else {
                    throw p.expected("')' to close the '(' opened here", openedAt: token.range)
                }
                p.index += 1
                return inner
            }
        }
        return try predicate()
    }

    // predicate ::= field op value | field "not"? "in" ( "(" values ")" | period )
    //             | field "not"? "between" value "and" value | field "not"? ("contains" | "like") value
    //             | field "is" "not"? "null" | field
    private mutating func predicate() throws(SyntaxError) -> Condition {
        let field = try self.field(what: "a condition")
        let token = current
        if case .symbol(let symbol) = token.kind, let op = Parser.comparison(symbol) {
            index += 1
            return .compare(field, op, try value(allowRange: false))
        }
        var negated = false
        if token.isKeyword("not") {
            negated = true
            index += 1
        }
        let keyword = current
        switch keyword.kind == .word ? keyword.text.lowercased() : "" {
        case "in":
            index += 1
            skipNewlines()
            if symbol(.leftParen) {
                let open = advance()
                var values: [Value] = [try value(allowRange: false)]
                while true {
                    skipNewlines()
                    if symbol(.comma) {
                        index += 1
                        values.append(try value(allowRange: false))
                    } else if symbol(.rightParen) {
                        index += 1
                        break
                    } else {
                        throw expected("',' or ')' in the list opened here", openedAt: open.range)
                    }
                }
                return .inList(field, values, negated: negated)
            }
            return .inPeriod(field, try value(allowRange: true), negated: negated)
        case "between":
            index += 1
            let low = try value(allowRange: false)
            skipNewlines()
            guard current.isKeyword("and") else { throw expected("'and' between the two bounds of 'between'") }
            index += 1
            let high = try value(allowRange: false)
            return .between(field, low, high, negated: negated)
        case "contains":
            index += 1
            return .contains(field, try value(allowRange: false), negated: negated)
        case "like":
            index += 1
            return .like(field, try value(allowRange: false), negated: negated)
        case "is" where !negated:
            index += 1
            var isNot = false
            if current.isKeyword("not") {
                isNot = true
                index += 1
            }
            guard current.isKeyword("null") else { throw expected("'null' after 'is\(isNot ? " not" : "")'") }
            index += 1
            return .isNull(field, negated: isNot)
        default:
            if negated {
                throw expected("in, between, contains or like after 'not'")
            }
            if token.kind == .word, !Keyword.is(token.text, .continuation) {
                throw SyntaxError("expected an operator (= != < <= > >= in between contains like is) after "
                                  + "'\(field.text)', found \(token.quoted)", at: token.range)
            }
            return .isTrue(field)
        }
    }

    // value ::= NAME | STRING | NUMBER | DATE | period_literal | VARIABLE   (and ranges where a period goes)
    private mutating func value(allowRange: Bool) throws(SyntaxError) -> Value {
        skipNewlines()
        let token = current
        let value: Value
        switch token.kind {
        case .word where !Keyword.is(token.text, .reserved):
            value = .word(Name(token.text, token.range))
        case .string: value = .string(token.text, token.range)
        case .number:
            if index + 1 < tokens.count, tokens[index + 1].kind == .symbol(.percent) {
                index += 1
                value = .percent(token.text, token.range.union(tokens[index].range))
            } else {
                value = .number(token.text, token.range)
            }
        case .date: value = .date(token.text, token.range)
        case .period: value = .period(token.text, token.range)
        case .variable: value = .variable(Name(token.text, token.range))
        default:
            throw expected("a value (a word, \"text\", a number, a date or a period)")
        }
        index += 1
        if allowRange, symbol(.dotDot) {
            index += 1
            let high = try self.value(allowRange: false)
            return .range(value, high)
        }
        return value
    }

    // field ::= NAME ( "." NAME )*
    private mutating func field(what: String) throws(SyntaxError) -> FieldPath {
        skipNewlines()
        var parts: [Name] = []
        repeat {
            if !parts.isEmpty { index += 1 }
            let token = current
            guard token.kind == .word, !Keyword.is(token.text, .reserved) || !parts.isEmpty else {
                throw expected(what)
            }
            parts.append(Name(token.text, token.range))
            index += 1
        } while symbol(.dot)
        return FieldPath(parts)
    }

    // table ::= NAME
    private mutating func tableName() throws(SyntaxError) -> Name {
        skipNewlines()
        let token = current
        guard token.kind == .word, !Keyword.is(token.text, .reserved) else {
            throw expected("a table name (customers, followups, traffic or targets)")
        }
        index += 1
        return Name(token.text, token.range)
    }

    // MARK: - Helpers

    private var current: Token { tokens[min(index, tokens.count - 1)] }

    private mutating func advance() -> Token {
        let token = current
        if index < tokens.count - 1 { index += 1 }
        return token
    }

    private func isSeparator(_ token: Token) -> Bool {
        token.kind == .newline || token.kind == .symbol(.semicolon)
    }

    private func symbol(_ symbol: Token.Symbol) -> Bool { current.kind == .symbol(symbol) }

    private func indexSkippingNewlines() -> Int {
        var i = index
        while i < tokens.count - 1, tokens[i].kind == .newline { i += 1 }
        return i
    }

    private func peekSkippingNewlines() -> Token { tokens[indexSkippingNewlines()] }

    private mutating func skipNewlines() { index = indexSkippingNewlines() }

    /// Whether the next token is `symbol`, on this line or (for separators that can
    /// only continue a statement) the next.
    private func nextIsSymbol(_ symbol: Token.Symbol) -> Bool {
        peekSkippingNewlines().kind == .symbol(symbol)
    }

    private func nextIsKeyword(_ word: String) -> Bool { peekSkippingNewlines().isKeyword(word) }

    private mutating func expectKeyword(_ word: String, after: String) throws(SyntaxError) {
        skipNewlines()
        guard current.isKeyword(word) else { throw expected("'\(word)' after \(after)") }
        index += 1
    }

    private func range(from start: Int) -> SourceRange {
        let last = index > 0 ? tokens[index - 1].range.end : start
        return SourceRange(start, max(start, last))
    }

    /// "expected X, found Y", incomplete when the input simply ended.
    private func expected(_ what: String, openedAt opener: SourceRange? = nil) -> SyntaxError {
        let token = current
        if token.kind == .end, let opener {
            return SyntaxError("expected \(what)", at: opener, incomplete: true)
        }
        return SyntaxError("expected \(what), found \(token.quoted)", at: token.range,
                           incomplete: token.kind == .end)
    }

    private mutating func nested<T>(_ body: (inout Parser) throws(SyntaxError) -> T) throws(SyntaxError) -> T {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Parser.maximumNesting else {
            throw SyntaxError("conditions are nested more than \(Parser.maximumNesting) deep", at: current.range)
        }
        return try body(&self)
    }

    private static func comparison(_ symbol: Token.Symbol) -> ComparisonOperator? {
        switch symbol {
        case .equal: .equal
        case .notEqual, .lessGreater: .notEqual
        case .less: .less
        case .lessEqual: .lessEqual
        case .greater: .greater
        case .greaterEqual: .greaterEqual
        default: nil
        }
    }
}
