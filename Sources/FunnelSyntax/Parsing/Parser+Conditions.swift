/// Conditions, values and field names.
extension Parser {
    // condition ::= conjunction ( "or" conjunction )*
    mutating func condition() throws(SyntaxError) -> Condition {
        var result = try conjunction()
        while nextSees("or") {
            skipNewlines()
            index += 1
            result = .or(result, try conjunction())
        }
        return result
    }

    // conjunction ::= negation ( "and" negation )*
    mutating func conjunction() throws(SyntaxError) -> Condition {
        var result = try negation()
        while nextSees("and") {
            skipNewlines()
            index += 1
            result = .and(result, try negation())
        }
        return result
    }

    // negation ::= "not" negation | "(" condition ")" | predicate
    mutating func negation() throws(SyntaxError) -> Condition {
        skipNewlines()
        let token = current
        // What may start a condition, in the order Tab lists it.
        offer([.field(scope), .keyword("not"), .symbol(.leftParen)], at: token)
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
                guard p.sees(.rightParen) else {
                    throw p.expected(.closingParenthesis, openedAt: token.range)
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
    mutating func predicate() throws(SyntaxError) -> Condition {
        let field = try self.field(.condition, offering: [])  // `negation` offered what starts one
        let slot = ValueSlot.field(field.parts.map(\.text), scope)
        if let arithmetic = try fieldArithmetic(field) {
            guard case .symbol(let symbol) = current.kind, let op = Parser.comparison(symbol) else {
                throw expected(.comparison(after: arithmetic.text))
            }
            index += 1
            return .compareArithmetic(arithmetic, op, try value(allowRange: false, slot: slot))
        }
        let token = current
        if case .symbol(let symbol) = token.kind, let op = Parser.comparison(symbol) {
            index += 1
            return .compare(field, op, try value(allowRange: false, slot: slot))
        }
        offer(["in", "not", "between", "contains", "like", "is"].map(Expectation.keyword), at: token)
        var negated = false
        if token.isKeyword("not") {
            negated = true
            index += 1
            offer(["in", "between", "contains", "like"].map(Expectation.keyword), at: current)
        }
        let keyword = current
        switch keyword.kind == .word ? keyword.text.lowercased() : "" {
        case "in":
            index += 1
            skipNewlines()
            if sees(.leftParen) {
                let open = advance()
                var values: [Value] = [try value(allowRange: false, slot: slot)]
                while true {
                    skipNewlines()
                    if sees(.comma) {
                        index += 1
                        values.append(try value(allowRange: false, slot: slot))
                    } else if sees(.rightParen) {
                        index += 1
                        break
                    } else {
                        throw expected(.listContinuation, openedAt: open.range)
                    }
                }
                return .inList(field, values, negated: negated)
            }
            return .inPeriod(field, try value(allowRange: true, slot: slot), negated: negated)
        case "between":
            index += 1
            let low = try value(allowRange: false, slot: slot)
            skipNewlines()
            guard sees("and") else { throw expected(.betweenAnd) }
            index += 1
            let high = try value(allowRange: false, slot: slot)
            return .between(field, low, high, negated: negated)
        case "contains":
            index += 1
            return .contains(field, try value(allowRange: false, slot: slot), negated: negated)
        case "like":
            index += 1
            return .like(field, try value(allowRange: false, slot: slot), negated: negated)
        case "is" where !negated:
            index += 1
            var isNot = false
            if sees("not") {
                isNot = true
                index += 1
            }
            guard sees("null") else { throw expected(.null(afterNot: isNot)) }
            index += 1
            return .isNull(field, negated: isNot)
        default:
            if negated {
                throw expected(.operatorAfterNot)
            }
            if token.kind == .word, !Keyword.is(token.text, .continuation) {
                // Watching this word for "did you mean": go on as if it were absent, so
                // what may follow a yes/no field alone (and, or, a clause) is offered too.
                if let log, log.watches(token) { return .isTrue(field) }
                throw SyntaxError(.expected(.comparison(after: field.text), found: token), at: token.range)
            }
            return .isTrue(field)
        }
    }

    // arithmetic ::= field ( "+" | "-" ) ( field | NUMBER )
    /// `ordered - created`, `created + 3` (also `created -3`, as it lexes), when the
    /// field is followed by one.
    mutating func fieldArithmetic(_ field: FieldPath) throws(SyntaxError) -> FieldArithmetic? {
        let token = current
        if token.kind == .number, token.text.hasPrefix("-") {
            index += 1
            return FieldArithmetic(field: field, subtracts: true,
                                   operand: .number(String(token.text.dropFirst()), token.range))
        }
        guard token.kind == .symbol(.plus) || token.kind == .symbol(.minus) else { return nil }
        index += 1
        let subtracts = token.kind == .symbol(.minus)
        if current.kind == .number {
            let number = advance()
            return FieldArithmetic(field: field, subtracts: subtracts, operand: .number(number.text, number.range))
        }
        let other = try self.field(.arithmeticOperand, offering: [.field(scope)])
        return FieldArithmetic(field: field, subtracts: subtracts, operand: .field(other))
    }

    // value ::= NAME | STRING | NUMBER | DATE | period_literal | VARIABLE   (and ranges where a period goes)
    /// Where a value goes any word is one, a keyword too (`status = order`, `model = by`,
    /// `consultant = limit`): only the grammar's place makes a word a keyword. `null`
    /// alone is not a value: `is null` tests for a missing one.
    mutating func value(allowRange: Bool, slot: ValueSlot) throws(SyntaxError) -> Value {
        skipNewlines()
        let token = current
        offer([.value(slot)], at: token)
        if let said = phrase(slot: slot, allowRange: allowRange) { return said }
        let value: Value
        switch token.kind {
        case .word where !token.isKeyword("null"):
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
            throw expected(.value)
        }
        index += 1
        if allowRange, sees(.dotDot) {
            index += 1
            let high = try self.value(allowRange: false, slot: slot)
            return .range(value, high)
        }
        return value
    }

    // field ::= NAME ( "." NAME )*
    /// `offering`: what Tab may offer where the field starts; after `link.` it is
    /// what the link reaches.
    mutating func field(_ wanted: SyntaxError.Expected, offering: [Expectation]) throws(SyntaxError) -> FieldPath {
        skipNewlines()
        var parts: [Name] = []
        repeat {
            if !parts.isEmpty { index += 1 }
            let token = current
            offer(parts.last.map { [.subfield(link: $0.text, scope)] } ?? offering, at: token)
            guard token.kind == .word, !Keyword.is(token.text, .reserved) || !parts.isEmpty else {
                throw expected(wanted)
            }
            parts.append(Name(token.text, token.range))
            index += 1
        } while sees(.dot)
        return FieldPath(parts)
    }

    static func comparison(_ symbol: Token.Symbol) -> ComparisonOperator? {
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
