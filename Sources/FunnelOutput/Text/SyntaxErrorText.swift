import FunnelSyntax

/// All the English of syntax errors, in one place: the parser and lexer state facts
/// (`SyntaxError.Kind`), this turns them into a sentence.
extension SyntaxError {
    public var message: String { message(in: .english) }

    public func message(in language: DisplayLanguage) -> String {
        language == .chinese ? chineseMessage : englishMessage
    }

    private var englishMessage: String {
        switch kind {
        case .unexpectedCharacter(let character):
            if let scalar = character.unicodeScalars.first, scalar.value < 0x20 || scalar.value == 0x7F {
                // Invisible when echoed: name its code.
                let hex = String(scalar.value, radix: 16, uppercase: true)
                return "unexpected control character U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
            }
            let hint = character == "!" ? " (write != for 'not equal')" : ""
            return "unexpected character '\(character)'\(hint)"
        case .unclosedString(let quote):
            return "this string has no closing \(QuotePair.closing(for: quote))"
        case .unknownEscape(let character):
            return "unknown escape '\\\(character)' in a string: use \\\" \\' \\\\ \\n or \\t"
        case .numberWithLetters(let text):
            return "'\(text)' is neither a number nor a date: dates are written YYYY-MM-DD, periods YYYY-MM, "
                + "YYYY-Www, YYYY-Qn or YYYY"
        case .malformedDate(let text):
            return "'\(text)' is not a date or period: write YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY-Qn or YYYY"
        case .missingVariableName:
            return "expected a variable name after '$'"
        case .expected(let wanted, let found, let keywords):
            guard let found else { return "expected \(Self.text(wanted))" }
            return "expected \(Self.text(wanted)), found \(Self.text(found))"
                + (ErrorText.didYouMean(found.text, in: keywords, keywords: true, showing: Keyword.phrase(for:)) ?? "")
        case .unknownStatement(let word, let candidates):
            return "unknown statement '\(word)'"
                + (ErrorText.didYouMean(word, in: candidates, keywords: true) ?? ": type help for the statements")
        case .misplacedKeyword(let word):
            return "'\(word)' cannot follow here: expected where, by, order by, limit or as of"
        case .repeatedClause(let word):
            return "'\(word)' appears twice in this statement"
        case .nestedTooDeep(let limit):
            return "conditions are nested more than \(limit) deep"
        }
    }

    /// How a token is named in "expected ..., found ...".
    static func text(_ token: Token) -> String {
        switch token.kind {
        case .end: "the end of the statement"
        case .newline: "the end of the line"
        case .string: "\"\(token.text)\""
        case .variable: "'$\(token.text)'"
        default: "'\(token.text)'"
        }
    }

    private static func text(_ wanted: Expected) -> String {
        switch wanted {
        case .statement: "a statement such as select, count or help"
        case .statementEnd: "';' or a new line after the statement"
        case .tableOrFields: "a table or the fields to list"
        case .listedField: "a field name"
        case .fromAfterStar: "'from' after '*'"
        case .fromAfterFields: "'from' after the fields"
        case .aggregateFunction: "count, sum, avg, min or max"
        case .aggregateFunctionAfterComma: "count, sum, avg, min or max after ','"
        case .aggregatedField(let function): "a field to \(function.rawValue)"
        case .tableAfterAggregates(let count): "'from' and a table after \(count == 1 ? "the aggregate" : "the aggregates")"
        case .variableName: "a variable name after 'let'"
        case .equalsAfterVariable: "'=' after the variable name"
        case .kpiName: "a KPI name (help kpis lists them)"
        case .forPeriod(let owner): "'for' after \(text(owner))"
        case .kpiAfterExplain: "'kpi' after 'explain' (explain kpi NAME for PERIOD)"
        case .termName: "the name of a term after 'term' (such as visited_in_opening)"
        case .structureDimension:
            "'by' and what to break the cards down by: grade, channel, model, source or age band"
        case .deliveriesAfterPlan: "'deliveries' after 'plan' (plan deliveries N for PERIOD)"
        case .deliveryCount: "the number of deliveries to plan for"
        case .rateAfterClose: "'rate' after 'close'"
        case .closeRatio: "a ratio such as 1:5 after 'close rate'"
        case .ratioColon: "':' in the ratio (1:5 is one sale in five prospects)"
        case .ratioProspects: "the number of prospects after ':'"
        case .periodOrCloseRate: "'for PERIOD' or 'close rate 1:N' after the deliveries"
        case .targetAfterPeriod: "'target' after the period (score KPI for PERIOD target X)"
        case .downAfterUp: "'down' after the points per percentage point above target"
        case .vsAfterPeriod: "'vs' after the first period (compare KPI for P vs Q)"
        case .chartSubject: "'funnel' or 'kpi' after 'chart' (chart funnel for PERIOD, chart kpi NAME for PERIOD by month)"
        case .chartFile: "a file name in quotes after 'to' (to \"funnel.svg\" or to \"funnel.html\")"
        case .callbackDays: "the days after delivery a callback is due on after 'at' (at 1, 7, 30)"
        case .graceDays: "a whole number of days after 'grace' (grace 2)"
        case .byAfterOrder: "'by' after 'order'"
        case .rowCount: "a whole number of rows after 'limit'"
        case .ofAfterAs: "'of' after 'as' (as of DATE)"
        case .grainField(let grain): "a date field inside \(grain)( )"
        case .grainClose(let grain): "')' to close \(grain)("
        case .groupItem: "a field to group by"
        case .orderItem: "a field to order by"
        case .closingParenthesis: "')' to close the '(' opened here"
        case .listContinuation: "',' or ')' in the list opened here"
        case .betweenAnd: "'and' between the two bounds of 'between'"
        case .null(let afterNot): "'null' after 'is\(afterNot ? " not" : "")'"
        case .operatorAfterNot: "in, between, contains or like after 'not'"
        case .comparison(let field): "an operator (= != < <= > >= in between contains like is) after '\(field)'"
        case .condition: "a condition"
        case .value: "a value (a word, \"text\", a number, a date or a period)"
        case .arithmeticOperand: "a field or a number of days after '+' or '-' (ordered - created, created + 3)"
        case .table: "a table name (customers, followups, traffic or targets)"
        }
    }

    private static func text(_ owner: PeriodOwner) -> String {
        switch owner {
        case .kpiNames: "the KPI names"
        case .kpiName: "the KPI name"
        case .report(let kind): "'\(kind.rawValue)'"
        case .deliveries: "the deliveries"
        }
    }
}
