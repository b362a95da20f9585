import FunnelDomain
import FunnelStore
import FunnelSyntax

/// What the text before the cursor expects next, worked out from its tokens alone:
/// the word being typed, what kind of word may stand there, and which table is in
/// scope. Pure, so the prompt's Tab key can be tested without a terminal.
///
/// The analysis follows the grammar loosely (grammar/funnel.ebnf) with a small state
/// machine over the tokens of the current statement. It never fails: text it cannot
/// follow expects nothing, and Tab then does nothing.
public struct CompletionContext: Equatable, Sendable {
    /// A kind of word that may come next.
    public enum Expectation: Equatable, Sendable {
        /// select, count, help, ... at the start of a statement.
        case statementKeyword
        case table
        /// A field of the table in scope (stored, extra, derived); every table's when unknown.
        case field
        /// After `by`: a field, or a grain (day, week, ...) of the table's date.
        case groupItem
        /// Inside `week( )` and the like.
        case dateField
        /// After `customer.` on follow-ups and traffic: the card's fields.
        case cardField
        /// After `order by`: a field, or a result column of an aggregate.
        case orderItem
        /// A value of this field (as written, possibly `customer.grade`).
        case value(field: String)
        /// One of these words.
        case keywords([String])
        case helpTopic
        /// `$name` of a variable set with let.
        case variable
        /// A KPI's name (after kpi, explain kpi, score, compare).
        case kpiName
    }

    /// The text just before the cursor that a completion replaces: the word being
    /// typed, a `$name`, or a quoted value with its opening quote. May be empty.
    public let partial: String
    /// The quote that opens `partial` when a quoted value is being typed.
    public let quote: Character?
    public let expectations: [Expectation]
    /// The canonical name of the table in scope, when the statement names one
    /// (before or after the cursor).
    public let table: String?
    /// Result columns of an aggregate (count, sum_key_questions), which order by can name.
    public let resultColumns: [String]

    public init(partial: String, quote: Character? = nil, expectations: [Expectation], table: String? = nil,
                resultColumns: [String] = []) {
        self.partial = partial
        self.quote = quote
        self.expectations = expectations
        self.table = table
        self.resultColumns = resultColumns
    }

    /// Words that reach a follow-up's or traffic entry's card (as `TableScope` reads them).
    public static let cardLinks: Set<String> = ["customer", "card", "客户"]

    /// The clause keywords, as completions insert them.
    static let clauseKeywords = Keyword.words(.clause).map(Keyword.phrase(for:))

    /// Analyses `before` (the statement text up to the cursor, earlier lines of a
    /// multi-line statement included) and `after` (the rest of the line, which may
    /// name the table: `select name, | from customers`).
    public static func analyze(before: String, after: String = "") -> CompletionContext {
        let bytes = Array(before.utf8)
        if let variable = trailingVariable(bytes) {
            return CompletionContext(partial: variable, expectations: [.variable])
        }
        let (tokens, error) = Lexer.tokensUpToError(before)
        var body = tokens.filter { $0.kind != .end }
        var partial = ""
        var quote: Character?
        if let error {
            // Only an unclosed quote at the end is something being typed: a value.
            let start = error.range.start
            guard error.isIncomplete, start < bytes.count,
                  bytes[start] == UInt8(ascii: "\"") || bytes[start] == UInt8(ascii: "'") else {
                return CompletionContext(partial: "", expectations: [])
            }
            partial = String(decoding: bytes[start...], as: UTF8.self)
            quote = Character(Unicode.Scalar(bytes[start]))
        } else if let last = body.last, last.range.end == bytes.count {
            switch last.kind {
            case .word:
                partial = last.text
                body.removeLast()
            case .symbol, .newline:
                break  // `in (`, `=`, `,` right before the cursor: the next word starts empty
            default:
                return CompletionContext(partial: "", expectations: [])  // a number or date being typed
            }
        }

        let statement = currentStatement(body)
        var machine = Machine()
        for token in statement { machine.step(token) }
        let following = Lexer.tokensUpToError(after).0.prefix { $0.kind != .symbol(.semicolon) && $0.kind != .end }
        // The word being typed does not name the table: `count 跟进` may become 跟进记录.
        // KPIs and reports count cards: their conditions and groups are about customers.
        let table = tableInScope(statement + following.filter { $0.kind != .newline })
            ?? (machine.isAnalysis ? "customers" : nil)
        var expectations = machine.expectations
        // After select or count a word is a table unless a `from` names one: offering
        // every table's fields there would bury `customers` under `customer`.
        if machine.atHead, table == nil { expectations.removeAll { $0 == .field } }
        if quote != nil {
            expectations = expectations.filter { if case .value = $0 { true } else { false } }
        }
        return CompletionContext(partial: partial, quote: quote, expectations: expectations, table: table,
                                 resultColumns: machine.resultColumns)
    }

    /// The canonical name of a table written as `name` (English in any case, or Chinese).
    public static func tableName(_ name: String) -> String? {
        let lowered = name.lowercased()
        return TableSchema.all.first { $0.name == lowered || $0.aliases.contains(name) }?.name
    }

    // MARK: - Pieces

    /// `$na` at the end: a variable being typed (the lexer refuses a lone `$`).
    private static func trailingVariable(_ bytes: [UInt8]) -> String? {
        var i = bytes.count
        while i > 0, isNameByte(bytes[i - 1]) { i -= 1 }
        guard i > 0, bytes[i - 1] == UInt8(ascii: "$") else { return nil }
        return String(decoding: bytes[(i - 1)...], as: UTF8.self)
    }

    private static func isNameByte(_ b: UInt8) -> Bool {
        (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95 || b >= 0x80
    }

    /// The tokens after the last `;`, without line ends (inside a statement they are spaces).
    private static func currentStatement(_ tokens: [Token]) -> [Token] {
        let start = tokens.lastIndex { $0.kind == .symbol(.semicolon) }.map { $0 + 1 } ?? 0
        return tokens[start...].filter { $0.kind != .newline }
    }

    /// `... from T`, `... of T` (not `as of`), or `select T` / `count T` naming a known table.
    static func tableInScope(_ tokens: [Token]) -> String? {
        for (i, token) in tokens.enumerated() where token.isKeyword("from") || token.isKeyword("of") {
            if token.isKeyword("of"), i > 0, tokens[i - 1].isKeyword("as") { continue }
            if i + 1 < tokens.count, tokens[i + 1].kind == .word, let name = tableName(tokens[i + 1].text) {
                return name
            }
        }
        if tokens.count > 1, tokens[0].isKeyword("select") || tokens[0].isKeyword("count"),
           tokens[1].kind == .word {
            return tableName(tokens[1].text)
        }
        return nil
    }
}

extension CompletionContext {
    /// Follows one statement's tokens; `expectations` says what may come next.
    struct Machine {
        indirect enum State {
            case start
            case selectHead, selectAfterWord, fieldList, fieldListAfterField, expectFrom
            case countHead, countAfterWord, aggregateField, aggregateAfterField, aggregateFunction, countItem
            case table, clauses
            case conditionStart, conditionAfterField, conditionAfterNot, conditionValue(next: State)
            case inStart, listValue, listAfterValue, betweenAnd, isNull, isNotNull, afterPredicate
            case groupStart, groupAfterItem, grainField, grainClose
            case orderBy, orderStart, orderAfterItem, orderAfterDirection
            case limit, asOf, asOfValue
            case helpTopic, letName, letEqual, letValue
            /// A KPI's name, then `next`.
            case kpiName(next: State)
            case kpiAfterName, explainKpi
            /// The KPI of `explain kpi`, remembered for its term names.
            case explainName
            /// After `explain kpi NAME for P`: `term` or the clauses.
            case explainTail(kpi: String)
            /// After `term`: one of the KPI's term names.
            case termName(kpi: String)
            /// `for` then a period, then `next`.
            case expectFor(next: State)
            /// A period (`2010-10`, `2010-10..2010-12`, `$m`), then `next`.
            case period(next: State)
            /// After a period's first value: `..` continues it, anything else is `next`'s.
            case periodEnd(next: State)
            case scoreTarget, scoreTail, compareVs
            /// The second word of a two-word report (lost reasons, capture progress, ...).
            case reportWord(String, next: State)
            /// After `funnel`: an optional `for` period, then clauses.
            case optionalFor
            /// After `due` or `contacted`: an optional day, then clauses.
            case optionalDay
            case structureBy, structureDimension, ageBand
            case planDeliveries, planCount, planTail
            /// After `link.`: the next word completes a dotted field, then `next`.
            case subfield(link: String, next: State)
            case done
        }

        private(set) var state: State = .start
        /// The field the condition being read is about, for its values.
        private var field = ""
        /// The word last read where a field (or a grain) goes.
        private var lastWord = ""
        private var seenClauses: Set<String> = []
        private(set) var resultColumns: [String] = []
        /// A KPI, report, plan, score or compare statement: its clauses are about cards.
        private(set) var isAnalysis = false

        /// Right after select or count, where a table or a field may stand.
        var atHead: Bool {
            switch state {
            case .selectHead, .countHead: true
            default: false
            }
        }

        mutating func step(_ token: Token) {
            state = next(after: token)
        }

        private mutating func next(after token: Token) -> State {
            let word = token.kind == .word ? token.text.lowercased() : nil
            switch state {
            case .start:
                switch word {
                case "select": return .selectHead
                case "count": return .countHead
                case "sum", "avg", "min", "max": return aggregate(word)
                case "let": return .letName
                case "help": return .helpTopic
                default:
                    isAnalysis = true
                    return analysisHead(token)
                }
            case .selectHead:
                if token.kind == .symbol(.star) { return .expectFrom }
                return remember(token, then: .selectAfterWord)
            case .selectAfterWord:
                if token.kind == .symbol(.comma) { return .fieldList }
                if word == "from" { return .table }
                if token.kind == .symbol(.dot) { return .subfield(link: lastWord, next: .fieldListAfterField) }
                return clause(word)
            case .fieldList:
                return remember(token, then: .fieldListAfterField)
            case .fieldListAfterField:
                if token.kind == .symbol(.comma) { return .fieldList }
                if word == "from" { return .table }
                if token.kind == .symbol(.dot) { return .subfield(link: lastWord, next: .fieldListAfterField) }
                return .done
            case .expectFrom:
                return word == "from" ? .table : .done
            case .countHead, .countItem:
                if word == "from" || word == "of" {
                    resultColumns.append("count")
                    return .table
                }
                if token.kind == .symbol(.comma) {
                    resultColumns.append("count")
                    return .aggregateFunction
                }
                if case .countHead = state { return remember(token, then: .countAfterWord) }
                if word != nil { resultColumns.append("count_" + token.text) }
                return remember(token, then: .aggregateAfterField)
            case .countAfterWord:
                if token.kind == .symbol(.comma) || word == "from" || word == "of" {
                    resultColumns.append("count_" + lastWord)
                    return word == nil ? .aggregateFunction : .table
                }
                if token.kind == .symbol(.dot) { return .subfield(link: lastWord, next: .aggregateAfterField) }
                resultColumns.append("count")
                return clause(word)
            case .aggregateField:
                if let last = resultColumns.last, word != nil {
                    resultColumns[resultColumns.count - 1] = last + token.text
                }
                return remember(token, then: .aggregateAfterField)
            case .aggregateAfterField:
                if token.kind == .symbol(.comma) { return .aggregateFunction }
                if word == "from" || word == "of" { return .table }
                if token.kind == .symbol(.dot) { return .subfield(link: lastWord, next: .aggregateAfterField) }
                return .done
            case .aggregateFunction:
                if word == "count" { return .countItem }
                if let word, ["sum", "avg", "min", "max"].contains(word) { return aggregate(word) }
                return .done
            case .table:
                return word != nil ? .clauses : .done
            case .clauses:
                return clause(word)
            case .conditionStart:
                if word == "not" || token.kind == .symbol(.leftParen) { return .conditionStart }
                guard word != nil else { return .done }
                field = token.text
                lastWord = token.text
                return .conditionAfterField
            case .conditionAfterField:
                if case .symbol(let symbol) = token.kind {
                    switch symbol {
                    case .equal, .notEqual, .lessGreater, .less, .lessEqual, .greater, .greaterEqual:
                        return .conditionValue(next: .afterPredicate)
                    case .rightParen: return .afterPredicate
                    case .dot: return .subfield(link: field, next: .conditionAfterField)
                    default: return .done
                    }
                }
                switch word {
                case "in": return .inStart
                case "not": return .conditionAfterNot
                case "between": return .conditionValue(next: .betweenAnd)
                case "contains", "like": return .conditionValue(next: .afterPredicate)
                case "is": return .isNull
                case "and", "or": return .conditionStart
                default: return clause(word)
                }
            case .conditionAfterNot:
                switch word {
                case "in": return .inStart
                case "between": return .conditionValue(next: .betweenAnd)
                case "contains", "like": return .conditionValue(next: .afterPredicate)
                default: return .done
                }
            case .conditionValue(let next):
                return isValue(token) ? next : .done
            case .inStart:
                if token.kind == .symbol(.leftParen) { return .listValue }
                return isValue(token) ? .afterPredicate : .done
            case .listValue:
                return isValue(token) ? .listAfterValue : .done
            case .listAfterValue:
                if token.kind == .symbol(.comma) { return .listValue }
                return token.kind == .symbol(.rightParen) ? .afterPredicate : .done
            case .betweenAnd:
                return word == "and" ? .conditionValue(next: .afterPredicate) : .done
            case .isNull:
                if word == "not" { return .isNotNull }
                return word == "null" ? .afterPredicate : .done
            case .isNotNull:
                return word == "null" ? .afterPredicate : .done
            case .afterPredicate:
                if word == "and" || word == "or" { return .conditionStart }
                if token.kind == .symbol(.rightParen) { return .afterPredicate }
                if token.kind == .symbol(.dotDot) { return .conditionValue(next: .afterPredicate) }
                return clause(word)
            case .groupStart:
                return remember(token, then: .groupAfterItem)
            case .groupAfterItem:
                if token.kind == .symbol(.comma) { return .groupStart }
                if token.kind == .symbol(.leftParen), Keyword.is(lastWord, .grain) {
                    return .grainField
                }
                if token.kind == .symbol(.dot) { return .subfield(link: lastWord, next: .groupAfterItem) }
                return clause(word)
            case .grainField:
                return remember(token, then: .grainClose)
            case .grainClose:
                return token.kind == .symbol(.rightParen) ? .groupAfterItem : .done
            case .orderBy:
                return word == "by" ? .orderStart : .done
            case .orderStart:
                return remember(token, then: .orderAfterItem)
            case .orderAfterItem, .orderAfterDirection:
                if case .orderAfterItem = state, word == "asc" || word == "desc" { return .orderAfterDirection }
                if token.kind == .symbol(.comma) { return .orderStart }
                if case .orderAfterItem = state, token.kind == .symbol(.dot) {
                    return .subfield(link: lastWord, next: .orderAfterItem)
                }
                return clause(word)
            case .limit:
                return token.kind == .number ? .clauses : .done
            case .asOf:
                return word == "of" ? .asOfValue : .done
            case .asOfValue:
                return isValue(token) ? .clauses : .done
            case .helpTopic:
                return .done
            case .kpiName(let next):
                return word != nil ? next : .done
            case .kpiAfterName:
                if token.kind == .symbol(.comma) { return .kpiName(next: .kpiAfterName) }
                return word == "for" ? .period(next: .clauses) : .done
            case .explainKpi:
                return word == "kpi" ? .explainName : .done
            case .explainName:
                return word != nil ? .expectFor(next: .explainTail(kpi: token.text)) : .done
            case .explainTail(let kpi):
                if word == "term" { return .termName(kpi: kpi) }
                state = .clauses
                return self.next(after: token)
            case .termName:
                return word != nil ? .clauses : .done
            case .expectFor(let next):
                return word == "for" ? .period(next: next) : .done
            case .period(let next):
                return isValue(token) ? .periodEnd(next: next) : .done
            case .periodEnd(let next):
                if token.kind == .symbol(.dotDot) { return .period(next: next) }
                state = next
                return self.next(after: token)
            case .scoreTarget:
                return word == "target" ? .scoreTail : .done
            case .compareVs:
                return word == "vs" ? .period(next: .clauses) : .done
            case .scoreTail, .planTail:
                // Numbers, percentages, ratios and the words between them.
                if case .planTail = state, word == "for" || word == "using" { return .period(next: .planTail) }
                if word == nil || ["up", "down", "close", "rate"].contains(word ?? "") { return state }
                return clause(word)
            case .reportWord(let second, let next):
                return word == second ? next : .done
            case .optionalFor:
                if word == "for" { return .period(next: .clauses) }
                return clause(word)
            case .optionalDay:
                if let word, !Keyword.is(word, .clause) { return .clauses }
                if isValue(token) { return .clauses }
                return clause(word)
            case .structureBy:
                return word == "by" ? .structureDimension : .done
            case .structureDimension:
                if word == "age" { return .ageBand }
                return word != nil ? .clauses : .done
            case .ageBand:
                return word == "band" ? .clauses : .done
            case .planDeliveries:
                return word == "deliveries" ? .planCount : .done
            case .planCount:
                return isValue(token) ? .planTail : .done
            case .letName:
                return word != nil ? .letEqual : .done
            case .letEqual:
                return token.kind == .symbol(.equal) ? .letValue : .done
            case .letValue:
                return .done
            case .subfield(let link, let next):
                guard word != nil else { return .done }
                field = link + "." + token.text
                lastWord = token.text
                return next
            case .done:
                return .done
            }
        }

        /// The first word of a KPI, report, plan, score or compare statement.
        private func analysisHead(_ token: Token) -> State {
            switch token.text.lowercased() {
            case "kpi": return .kpiName(next: .kpiAfterName)
            case "explain": return .explainKpi
            case "score": return .kpiName(next: .expectFor(next: .scoreTarget))
            case "compare": return .kpiName(next: .expectFor(next: .compareVs))
            case "plan": return .planDeliveries
            default: break
            }
            guard let report = ReportKind.allCases.first(where: {
                $0.words.first == token.text.lowercased() || $0.chineseName == token.text
            }) else { return .done }
            let afterName: State
            switch report {
            case .funnel: afterName = .optionalFor
            case .inventory, .lostReasons, .captureProgress, .followupEffect, .conversion:
                afterName = .expectFor(next: .clauses)
            case .due, .contacted: afterName = .optionalDay
            case .structure: afterName = .structureBy
            case .overdue, .dormantEligible, .duplicateCards: afterName = .clauses
            }
            if report.chineseName != token.text, report.words.count == 2 {
                return .reportWord(report.words[1], next: afterName)
            }
            return afterName
        }

        /// A word where a field (or table) goes: remembered, for values and dotted paths.
        private mutating func remember(_ token: Token, then next: State) -> State {
            guard token.kind == .word else { return .done }
            lastWord = token.text
            field = token.text
            return next
        }

        private mutating func aggregate(_ function: String?) -> State {
            resultColumns.append((function ?? "") + "_")
            return .aggregateField
        }

        /// A clause keyword opens its clause; anything else ends what can be followed.
        private mutating func clause(_ word: String?) -> State {
            guard let word, Keyword.is(word, .clause) else { return .done }
            seenClauses.insert(word)
            switch word {
            case "where": return .conditionStart
            case "by": return .groupStart
            case "order": return .orderBy
            case "limit": return .limit
            default: return .asOf
            }
        }

        private func isValue(_ token: Token) -> Bool {
            switch token.kind {
            case .word, .string, .number, .date, .period, .variable: true
            default: false
            }
        }

        /// The clause keywords not used yet.
        private var clauses: [String] {
            CompletionContext.clauseKeywords.filter { !seenClauses.contains(String($0.prefix { $0 != " " })) }
        }

        var expectations: [Expectation] { expectations(in: state) }

        private func expectations(in state: State) -> [Expectation] {
            switch state {
            case .start: [.statementKeyword]
            case .selectHead: [.table, .field, .keywords(["*"])]
            case .selectAfterWord: [.keywords(["from"] + clauses)]
            case .fieldList, .aggregateField: [.field]
            case .fieldListAfterField, .expectFrom: [.keywords(["from"])]
            case .countHead: [.table, .field]
            case .countItem: [.field, .keywords(["from"])]
            case .countAfterWord: [.keywords(["from"] + clauses)]
            case .aggregateAfterField: [.keywords(["from"])]
            case .aggregateFunction: [.keywords(["count", "sum", "avg", "min", "max"])]
            case .table: [.table]
            case .clauses: [.keywords(clauses)]
            case .conditionStart: [.field, .keywords(["not"])]
            case .conditionAfterField:
                [.keywords(["in", "not", "between", "contains", "like", "is", "and", "or"] + clauses)]
            case .conditionAfterNot: [.keywords(["in", "between", "contains", "like"])]
            case .conditionValue, .listValue, .inStart: [.value(field: field)]
            case .listAfterValue, .grainClose, .limit, .letName, .letEqual, .letValue, .done: []
            case .betweenAnd: [.keywords(["and"])]
            case .isNull: [.keywords(["not", "null"])]
            case .isNotNull: [.keywords(["null"])]
            case .afterPredicate: [.keywords(["and", "or"] + clauses)]
            case .groupStart: [.groupItem]
            case .groupAfterItem: [.keywords(clauses)]
            case .grainField: [.dateField]
            case .orderBy: [.keywords(["by"])]
            case .orderStart: [.orderItem]
            case .orderAfterItem: [.keywords(["asc", "desc"] + clauses)]
            case .orderAfterDirection: [.keywords(clauses)]
            case .asOf: [.keywords(["of"])]
            case .asOfValue: [.keywords(["today"])]
            case .helpTopic: [.helpTopic]
            case .kpiName: [.kpiName]
            case .kpiAfterName: [.keywords(["for"])]
            case .explainKpi: [.keywords(["kpi"])]
            case .explainName: [.kpiName]
            case .explainTail: [.keywords(["term"] + clauses)]
            case .termName(let kpi): [.keywords(KPICatalog.named(kpi)?.terms.map(\.key) ?? [])]
            case .expectFor: [.keywords(["for"])]
            case .period: []
            case .periodEnd(let next): expectations(in: next)
            case .scoreTarget: [.keywords(["target"])]
            case .scoreTail: [.keywords(["up", "down"] + clauses)]
            case .compareVs: [.keywords(["vs"])]
            case .reportWord(let second, _): [.keywords([second])]
            case .optionalFor: [.keywords(["for"] + clauses)]
            case .optionalDay: [.keywords(["today"] + clauses)]
            case .structureBy: [.keywords(["by"])]
            case .structureDimension: [.keywords(["grade", "channel", "model", "source", "age band"])]
            case .ageBand: [.keywords(["band"])]
            case .planDeliveries: [.keywords(["deliveries"])]
            case .planCount: []
            case .planTail: [.keywords(["close rate", "for", "using"] + clauses)]
            case .subfield(let link, _):
                CompletionContext.cardLinks.contains(link.lowercased()) ? [.cardField] : []
            }
        }
    }
}
