@testable import FunnelSyntax

/// Random syntax trees from grammar/funnel.ebnf, drawn from a seeded generator so a
/// failure reproduces. Only trees the parser can produce: names that are not
/// keywords, ranges only where a period goes, `limit` whole numbers, no grain word as
/// a group field. Ranges in the trees are left empty: the tests compare dumps.
struct RandomStatement {
    var rng: SplitMix64

    init(seed: UInt64) { rng = SplitMix64(state: seed) }

    static let nowhere = SourceRange(0, 0)
    static let tables = ["customers", "followups", "traffic", "targets", "客户", "跟进记录"]
    static let fieldWords = ["grade", "channel", "name", "consultant", "card_age", "created", "visited", "渠道",
                             "意向级别", "key_questions", "x_1", "Model"]
    static let valueWords = ["H", "walkin", "进店", "战败", "李娜", "today", "following", "up", "m2"]
    static let kpiNames = ["first_visit_rate", "close_rate", "deliveries", "总体进店率", "overall_visit_rate"]
    static let textPieces = ["王伟", "a", " ", "\"", "'", "\\", "\n", "\t", "%", "_", "--", "#", "明%", "；"]
    static let dates = ["2010-10-05", "2010-02-28", "1999-12-31"]
    static let periods = ["2010-10", "2010-W41", "2010-Q4", "2010-W01", "2011-01"]

    mutating func pick<T>(_ items: [T]) -> T { items[rng.below(items.count)] }

    mutating func name(_ words: [String]) -> Name { Name(pick(words), Self.nowhere) }

    mutating func field() -> FieldPath {
        rng.chance(20) ? FieldPath([name(["customer"]), name(Self.fieldWords)]) : FieldPath([name(Self.fieldWords)])
    }

    /// value ::= NAME | STRING | NUMBER | PERCENT | DATE | period_literal | VARIABLE
    mutating func value() -> Value {
        switch rng.below(8) {
        case 0: return .word(name(Self.valueWords))
        case 1: return .string((0..<rng.below(5)).map { _ in pick(Self.textPieces) }.joined(), Self.nowhere)
        case 2: return .number(pick(["0", "60", "-1", "2.5", "12"]), Self.nowhere)
        case 3: return .percent(pick(["70", "12.5"]), Self.nowhere)
        case 4: return .date(pick(Self.dates), Self.nowhere)
        case 5: return .period(pick(Self.periods), Self.nowhere)
        case 6: return .variable(name(["m", "big", "月"]))
        default: return .number(pick(["2010", "7"]), Self.nowhere)
        }
    }

    /// Periods and days as people say them, for `for`, `in` and `let`.
    static let saidPeriods = ["last month", "this week", "Oct 2010", "last 7 days", "today - 7", "2010-10-05 + 30",
                              "from 2010-10-01 to 2010-10-15", "上月 至 本月", "last month to this month",
                              "yesterday -1", "Oct 2010 至 本月", "next quarter"]
    /// Values said in words where a comparison's value goes: days, and a field with days added.
    static let saidValues = ["today - 7", "created + 3", "customer.created - 1", "Oct 2010", "last month",
                             "ordered - created"]

    /// A value said in several words, as the parser keeps it: its tokens.
    mutating func phrase(_ texts: [String]) -> Value {
        .phrase(Array(Lexer.allTokens(pick(texts)).dropLast()))
    }

    /// period ::= a value, or two joined by `..`, or a period said in words.
    mutating func period() -> Value {
        if rng.chance(15) { return phrase(Self.saidPeriods) }
        return rng.chance(25) ? .range(value(), value()) : value()
    }

    /// A day for `due` / `contacted`: a date, a word or a variable.
    /// callbacks ::= "callbacks" ( day | "missed" ( "for" period )? )? ( "at" INTEGER ( "," INTEGER )* )? ( "grace" INTEGER )?
    mutating func callbacks(_ clauses: Clauses) -> CallbackRequest {
        let number = { (rng: inout SplitMix64) in Value.number(["1", "7", "30", "0"][rng.below(4)], Self.nowhere) }
        let missed = rng.chance(40)
        let day: Value? = !missed && rng.chance(50) ? self.day() : nil
        let period: Value? = missed && rng.chance(50) ? self.period() : nil
        let days = rng.chance(50) ? (0...rng.below(3)).map { _ in number(&rng) } : []
        let grace: Value? = rng.chance(50) ? number(&rng) : nil
        return CallbackRequest(keyword: Self.nowhere, day: day, missed: missed ? Self.nowhere : nil, period: period,
                               days: days, grace: grace, clauses: clauses)
    }

    mutating func day() -> Value {
        switch rng.below(3) {
        case 0: .date(pick(Self.dates), Self.nowhere)
        case 1: .word(name(["today", "m"]))
        default: .variable(name(["m"]))
        }
    }

    mutating func condition(depth: Int = 0) -> Condition {
        let leaf = depth >= 4 || rng.chance(40)
        if !leaf {
            switch rng.below(3) {
            case 0: return .and(condition(depth: depth + 1), condition(depth: depth + 1))
            case 1: return .or(condition(depth: depth + 1), condition(depth: depth + 1))
            default: return .not(condition(depth: depth + 1), Self.nowhere)
            }
        }
        let f = field()
        let negated = rng.chance(30)
        let ops: [ComparisonOperator] = [.equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual]
        switch rng.below(9) {
        case 0:
            return .compare(f, pick(ops), rng.chance(20) ? phrase(Self.saidValues) : value())
        case 8:
            let operand: FieldArithmetic.Operand = rng.chance(50)
                ? .field(field()) : .number(pick(["3", "30"]), Self.nowhere)
            let arithmetic = FieldArithmetic(field: f, subtracts: rng.chance(50), operand: operand)
            return .compareArithmetic(arithmetic, pick(ops), rng.chance(30) ? phrase(Self.saidValues) : value())
        case 1: return .inList(f, (0...rng.below(3)).map { _ in value() }, negated: negated)
        case 2: return .inPeriod(f, period(), negated: negated)
        case 3: return .between(f, value(), value(), negated: negated)
        case 4: return .contains(f, value(), negated: negated)
        case 5: return .like(f, value(), negated: negated)
        case 6: return .isNull(f, negated: negated)
        default: return .isTrue(f)
        }
    }

    mutating func clauses() -> Clauses {
        var clauses = Clauses()
        if rng.chance(60) { clauses.condition = condition() }
        if rng.chance(30) {
            clauses.groups = (0...rng.below(2)).map { _ in
                switch rng.below(3) {
                case 0: .field(field())
                case 1: .grain(name(Keyword.grains), nil)
                default: .grain(name(Keyword.grains), field())
                }
            }
        }
        if rng.chance(30) {
            clauses.order = (0...rng.below(2)).map { _ in OrderItem(field: field(), descending: rng.chance(50)) }
        }
        if rng.chance(30) { clauses.limit = Limit(count: rng.below(1000), range: Self.nowhere) }
        if rng.chance(20) { clauses.asOf = value() }
        if rng.chance(15) { clauses.pivot = Self.nowhere }
        return clauses
    }

    mutating func statement() -> Statement {
        let kind: Statement.Kind
        switch rng.below(11) {
        case 0, 1:
            let fields: SelectFields
            switch rng.below(3) {
            case 0: fields = .view
            case 1: fields = .all
            default: fields = .named((0...rng.below(3)).map { _ in field() })
            }
            kind = .select(table: name(Self.tables), fields: fields, clauses: clauses())
        case 2, 3:
            var items: [AggregateItem] = []
            if rng.chance(40) {
                items = [AggregateItem(function: .count, field: nil, range: Self.nowhere)]
            } else {
                items = (0...rng.below(3)).map { _ in
                    let function = pick(AggregateFunction.allCases)
                    let bare = function == .count && rng.chance(50)
                    return AggregateItem(function: function, field: bare ? nil : field(), range: Self.nowhere)
                }
            }
            kind = .aggregate(table: name(Self.tables), items: items, clauses: clauses())
        case 4: kind = .letBinding(name: name(["m", "big", "月"]), value: period())
        case 5: kind = .help(topic: rng.chance(50) ? name(["select", "kpi", "count"]) : nil)
        case 6: kind = .kpi(names: (0...rng.below(2)).map { _ in name(Self.kpiNames) }, period: period(),
                            clauses: clauses())
        case 7:
            let term = rng.chance(40) ? name(["visited_in_opening", "base", "新增"]) : nil
            kind = .explain(name: name(Self.kpiNames), period: period(), term: term, clauses: clauses())
        case 8:
            let report = pick(ReportKind.allCases)
            var period: Value?
            var day: Value?
            var clauses = clauses()
            switch report {
            case .funnel: period = rng.chance(50) ? self.period() : nil
            case .inventory, .lostReasons, .captureProgress, .followupEffect, .conversion, .keyReport,
                 .prospectProgress:
                period = self.period()
            case .due, .contacted: day = rng.chance(50) ? self.day() : nil
            case .structure:
                let by = rng.chance(30) ? FieldPath([Name("age band", Self.nowhere)]) : field()
                clauses.groups = rng.chance(30) ? [.field(field()), .field(by)] : [.field(by)]
            case .overdue, .dormantEligible, .duplicateCards, .overdueByCycle, .dueTomorrow: break
            case .callbacks: break
            }
            kind = report == .callbacks ? .callbacks(callbacks(clauses))
                : .report(report, keyword: Self.nowhere, period: period, day: day, clauses: clauses)
        case 9:
            let number = { (rng: inout SplitMix64) in Value.number(["1", "5", "30", "2.5"][rng.below(4)], Self.nowhere) }
            let rate = rng.chance(50) ? CloseRate(sales: number(&rng), prospects: number(&rng)) : nil
            let period: Value? = rate == nil || rng.chance(50) ? self.period() : nil
            kind = .plan(PlanRequest(deliveries: number(&rng), period: period,
                                     reference: rng.chance(50) ? self.period() : nil, closeRate: rate,
                                     clauses: clauses()))
        default:
            if rng.chance(50) {
                let points = rng.chance(50)
                kind = .score(ScoreRequest(kpi: name(Self.kpiNames), period: period(), target: value(),
                                           up: points ? value() : nil, down: points ? value() : nil,
                                           clauses: clauses()))
            } else {
                kind = .compare(kpi: name(Self.kpiNames), period: period(), other: period(), clauses: clauses())
            }
        }
        return Statement(kind, range: Self.nowhere)
    }
}
