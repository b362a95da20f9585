/// The clauses after a statement's head, and the lists they hold.
extension Parser {
    // clause ::= "where" condition | "by" group ("," group)* | "pivot" | "order" "by" order_item ("," order_item)*
    //          | "limit" INTEGER | as_of | "through" day | "to" ( STRING | VARIABLE )
    /// `byDimension`: the `by` of `structure`, which takes one of the report's dimensions.
    /// `followsCards`: a statement with a period whose cards `through` can follow (kpi,
    /// explain, score, funnel); elsewhere `through` is not offered, and binding refuses it.
    /// `to "FILE"` likewise is offered only in a chart's statement (`charting`).
    mutating func clauseList(byDimension: Bool = false, followsCards: Bool = false) throws(SyntaxError) -> Clauses {
        var clauses = Clauses()
        var seen: Set<String> = []
        while true {
            let next = peekSkippingNewlines()
            // pivot reshapes a by: offered once there is one.
            let open = Keyword.words(.clause).filter {
                !seen.contains($0) && ($0 != "pivot" || seen.contains("by")) && ($0 != "through" || followsCards)
                    && ($0 != "to" || charting)
            }
            offer(open.map(Expectation.keyword), at: next)
            guard next.kind == .word else { break }
            var keyword = next.text.lowercased()
            let after = indexSkippingNewlines() + 1
            if keyword == "group", after < tokens.count, tokens[after].isKeyword("by") {
                // `group by`, as SQL writes it, is `by`. Not offered: one way on a Tab list is enough.
                skipNewlines()
                index += 1
                readings.append(.groupBy)
                keyword = "by"
            }
            guard Keyword.is(keyword, .clause) else {
                if Keyword.is(keyword, .continuation) {
                    skipNewlines()
                    throw SyntaxError(.misplacedKeyword(next.text), at: next.range)
                }
                break
            }
            skipNewlines()
            let keywordToken = advance()
            guard seen.insert(keyword).inserted else {
                throw SyntaxError(.repeatedClause(keywordToken.text), at: keywordToken.range)
            }
            switch keyword {
            case "where":
                clauses.condition = try condition()
            case "by":
                clauses.groups = try groupList(byDimension: byDimension)
            case "pivot":
                clauses.pivot = keywordToken.range
            case "order":
                skipNewlines()
                guard sees("by") else { throw expected(.byAfterOrder) }
                index += 1
                clauses.order = try orderList()
            case "limit":
                skipNewlines()
                let token = current
                offer([.number], at: token)
                guard token.kind == .number, let count = Int(token.text), count >= 0 else {
                    throw failure(.expected(.rowCount, found: token), at: token, incomplete: token.kind == .end)
                }
                index += 1
                clauses.limit = Limit(count: count, range: token.range)
            case "through":
                skipNewlines()
                clauses.through = try value(allowRange: false, slot: .day)
            case "to":
                skipNewlines()
                guard current.kind == .string || current.kind == .variable else { throw expected(.chartFile) }
                clauses.file = try value(allowRange: false, slot: .any)
            default:  // "as"
                skipNewlines()
                guard sees("of") else { throw expected(.ofAfterAs) }
                index += 1
                clauses.asOf = try value(allowRange: false, slot: .day)
            }
        }
        return clauses
    }

    // group ::= field | GRAIN "(" field ")"    (structure: dimension ::= field | "age" "band")
    mutating func groupList(byDimension: Bool) throws(SyntaxError) -> [GroupItem] {
        let offers: [Expectation] = byDimension ? [.structureDimension] : [.field(scope), .grain]
        var items: [GroupItem] = []
        repeat {
            if !items.isEmpty {
                skipNewlines()
                index += 1
            }
            skipNewlines()
            let token = current
            // structure's "age band" is two words naming one breakdown.
            if byDimension, token.isKeyword("age"), index + 1 < tokens.count {
                offer([.keyword("band")], at: tokens[index + 1])
                if tokens[index + 1].isKeyword("band") {
                    items.append(.field(FieldPath([Name("age band", token.range.union(tokens[index + 1].range))])))
                    index += 2
                    continue
                }
            }
            let isGrain = token.kind == .word && Keyword.is(token.text, .grain)
            if isGrain, index + 1 < tokens.count, tokens[index + 1].kind == .symbol(.leftParen) {
                index += 2
                let field = try self.field(.grainField(grain: token.text), offering: [.dateField(scope)])
                skipNewlines()
                guard sees(.rightParen) else { throw expected(.grainClose(grain: token.text)) }
                index += 1
                items.append(.grain(Name(token.text, token.range), field))
            } else if isGrain {
                index += 1
                items.append(.grain(Name(token.text, token.range), nil))
            } else {
                items.append(.field(try field(.groupItem, offering: offers)))
            }
        } while nextSees(.comma)
        return items
    }

    // order_item ::= field ( "asc" | "desc" )?
    mutating func orderList() throws(SyntaxError) -> [OrderItem] {
        let offers: [Expectation] = aggregates.isEmpty ? [.field(scope)] : [.field(scope), .resultColumn(aggregates)]
        var items: [OrderItem] = []
        repeat {
            if !items.isEmpty {
                skipNewlines()
                index += 1
            }
            let field = try self.field(.orderItem, offering: offers)
            var descending = false
            if sees("asc") {
                index += 1
            } else if sees("desc") {
                descending = true
                index += 1
            }
            items.append(OrderItem(field: field, descending: descending))
        } while nextSees(.comma)
        return items
    }
}
