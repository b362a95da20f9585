/// The statements over a table: `select`, the aggregates, `let` and `help`.
extension Parser {
    // select ::= "select" ( table | ( "*" | field_list ) "from" table ) clause*
    mutating func select() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        var fields: SelectFields = .view
        let table: Name
        if sees(.star) {
            index += 1
            fields = .all
            try expectKeyword("from", else: .fromAfterStar)
            table = try tableName()
        } else {
            // Right after select the word may be the table itself: fields only when
            // a table is named later (`select | from customers`).
            let first = try field(.tableOrFields, offering: [.table, .field(.namedLater(orEveryTable: false))])
            if first.parts.count == 1, !nextSees("from"), !nextSees(.comma) {
                table = first.parts[0]
            } else {
                var named = [first]
                while nextSees(.comma) {
                    skipNewlines()
                    index += 1
                    named.append(try field(.listedField, offering: [.field(scope)]))
                }
                fields = .named(named)
                try expectKeyword("from", else: .fromAfterFields)
                table = try tableName()
            }
        }
        scope = .table(table.text)
        let clauses = try clauseList()
        return Statement(.select(table: table, fields: fields, clauses: clauses), range: range(from: start))
    }

    // aggregate ::= "count" table clause*
    //             | aggregate_item ( "," aggregate_item )* ( "from" | "of" ) table clause*
    // aggregate_item ::= "count" | ( "count" | "sum" | "avg" | "min" | "max" ) field
    /// `start`: where the statement starts, when a `select` before it was left out.
    mutating func aggregate(from start: Int? = nil) throws(SyntaxError) -> Statement {
        let start = start ?? current.range.start
        var items: [AggregateItem] = []
        while true {
            let functionToken = advance()
            guard let function = AggregateFunction(rawValue: functionToken.text.lowercased()) else {
                throw failure(.expected(.aggregateFunction, found: functionToken), at: functionToken)
            }
            if function == .count, let close = starInParentheses() {
                // `count(*)`, as SQL writes it, is `count`. Not offered: one way on a Tab list is enough.
                index = close + 1
                readings.append(.countStar)
                items.append(AggregateItem(function: .count, field: nil,
                                           range: functionToken.range.union(tokens[close].range)))
            } else if function == .count {
                let next = peekSkippingNewlines()
                if atCursor(next) {
                    guard !items.isEmpty else {
                        // `count |`: the table, or a field counted from a table named later.
                        offer([.table, .field(.namedLater(orEveryTable: false))], at: next)
                        throw stop()
                    }
                    offer([.field(scope)], at: next)
                }
                let isBare = next.kind != .word || ["from", "of"].contains(next.text.lowercased())
                if isBare {
                    items.append(AggregateItem(function: .count, field: nil, range: functionToken.range))
                } else if items.isEmpty, !followedByItemEnd(afterWordAt: indexSkippingNewlines()) {
                    // "count customers ...": the word is the table.
                    skipNewlines()
                    let table = try tableName()
                    let item = AggregateItem(function: .count, field: nil, range: functionToken.range)
                    scope = .table(table.text)
                    aggregates = [item]
                    let clauses = try clauseList()
                    return Statement(.aggregate(table: table, items: [item], clauses: clauses),
                                     range: range(from: start))
                } else {
                    skipNewlines()
                    let field = try field(.aggregatedField(.count), offering: [.field(scope)])
                    items.append(AggregateItem(function: .count, field: field,
                                               range: functionToken.range.union(field.range)))
                }
            } else {
                skipNewlines()
                let field = try field(.aggregatedField(function), offering: [.field(scope)])
                items.append(AggregateItem(function: function, field: field,
                                           range: functionToken.range.union(field.range)))
            }
            guard nextSees(.comma) else { break }
            skipNewlines()
            index += 1
            skipNewlines()
            offer(AggregateFunction.allCases.map { .keyword($0.rawValue) }, at: current)
            guard current.kind == .word, AggregateFunction(rawValue: current.text.lowercased()) != nil else {
                throw expected(.aggregateFunctionAfterComma)
            }
        }
        skipNewlines()
        // `of` reads as `from` but is not offered: one way to write it is enough on a Tab list.
        guard sees("from") || current.isKeyword("of") else {
            throw expected(.tableAfterAggregates(count: items.count))
        }
        index += 1
        let table = try tableName()
        scope = .table(table.text)
        aggregates = items
        let clauses = try clauseList()
        return Statement(.aggregate(table: table, items: items, clauses: clauses), range: range(from: start))
    }

    /// Whether `( * )` follows the token at `at` (the current one), on the same line;
    /// the index of its `)`.
    func starInParentheses(at start: Int? = nil) -> Int? {
        let first = start ?? index
        let symbols: [Token.Symbol] = [.leftParen, .star, .rightParen]
        guard first + 2 < tokens.count,
              symbols.indices.allSatisfy({ tokens[first + $0].kind == .symbol(symbols[$0]) }) else { return nil }
        return first + 2
    }

    /// After `select`: `count(*)`, as in SQL's `select count(*) from T`.
    func selectsAnAggregate() -> Bool {
        index + 1 < tokens.count && tokens[index + 1].isKeyword("count") && starInParentheses(at: index + 2) != nil
    }

    /// After `count WORD`: does a `,`, `from` or `of` follow, making WORD a field?
    func followedByItemEnd(afterWordAt wordIndex: Int) -> Bool {
        var i = wordIndex + 1
        // A dotted path is a field.
        if i < tokens.count, tokens[i].kind == .symbol(.dot) { return true }
        while i < tokens.count, tokens[i].kind == .newline { i += 1 }
        guard i < tokens.count else { return false }
        let t = tokens[i]
        // `count customers |`: the word may yet be a field counted from a table.
        offer([.keyword("from")], at: t)
        return t.kind == .symbol(.comma) || t.isKeyword("from") || t.isKeyword("of")
    }

    // let ::= "let" NAME "=" ( value | period )
    mutating func letBinding() throws(SyntaxError) -> Statement {
        let start = advance().range.start
        skipNewlines()
        // A new name: nothing to offer.
        guard current.kind == .word, !Keyword.is(current.text, .reserved) else { throw expected(.variableName) }
        let name = Name(current.text, current.range)
        index += 1
        skipNewlines()
        guard sees(.equal) else { throw expected(.equalsAfterVariable) }
        index += 1
        let value = try self.value(allowRange: true, slot: .period)
        return Statement(.letBinding(name: name, value: value), range: range(from: start))
    }

    // help ::= "help" NAME?
    mutating func help() -> Statement {
        let start = advance().range.start
        var topic: Name?
        offer([.helpTopic], at: current)
        if current.kind == .word {
            topic = Name(current.text, current.range)
            index += 1
        }
        return Statement(.help(topic: topic), range: range(from: start))
    }

    // table ::= NAME
    mutating func tableName() throws(SyntaxError) -> Name {
        skipNewlines()
        let token = current
        offer([.table], at: token)
        guard token.kind == .word, !Keyword.is(token.text, .reserved) else { throw expected(.table) }
        index += 1
        return Name(token.text, token.range)
    }
}
