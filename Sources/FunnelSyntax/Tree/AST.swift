// The syntax tree. Value types throughout; every node carries the range of the
// text it came from, so a later stage can point at it in an error.

/// A name as written, with its place.
public struct Name: Hashable, Sendable {
    public let text: String
    public let range: SourceRange

    public init(_ text: String, _ range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// `grade`, `customer.grade`: a field, reached through links when dotted.
public struct FieldPath: Hashable, Sendable {
    public let parts: [Name]

    public init(_ parts: [Name]) { self.parts = parts }

    public var range: SourceRange {
        guard let first = parts.first, let last = parts.last else { return SourceRange(0, 0) }
        return first.range.union(last.range)
    }

    public var text: String { parts.map(\.text).joined(separator: ".") }
}

/// A literal or a name standing for a value.
public indirect enum Value: Hashable, Sendable {
    /// A bare word: an enum value (`H`, `walkin`, `进店`), a variable, or a word value.
    case word(Name)
    case string(String, SourceRange)
    case number(String, SourceRange)
    /// `2010-10-05`.
    case date(String, SourceRange)
    /// `2010-10`, `2010-W41`, `2010-Q4`.
    case period(String, SourceRange)
    /// `$m`.
    case variable(Name)
    /// `2010-10-01..2010-10-15`.
    case range(Value, Value)
    /// `70%`: the number without the sign.
    case percent(String, SourceRange)
    /// A value said in several words, kept as its tokens for the binder to read: a
    /// period or a day (`last month`, `Oct 2010`, `last 7 days`, `2010-10-01 to
    /// 2010-10-15`, `today - 7`) or a field with days added (`created + 3`).
    case phrase([Token])

    public var range: SourceRange {
        switch self {
        case .word(let name), .variable(let name): name.range
        case .string(_, let r), .number(_, let r), .date(_, let r), .period(_, let r), .percent(_, let r): r
        case .range(let low, let high): low.range.union(high.range)
        case .phrase(let tokens): (tokens.first?.range ?? SourceRange(0, 0)).union(tokens.last?.range ?? SourceRange(0, 0))
        }
    }
}

/// `ordered - created`, `created + 3`: a date or number field with another field or a
/// number taken away or added, on the left of a comparison.
public struct FieldArithmetic: Hashable, Sendable {
    public enum Operand: Hashable, Sendable {
        case field(FieldPath)
        /// A whole number as written, without a sign.
        case number(String, SourceRange)
    }

    public let field: FieldPath
    /// `-` (true) or `+`.
    public let subtracts: Bool
    public let operand: Operand

    public init(field: FieldPath, subtracts: Bool, operand: Operand) {
        self.field = field
        self.subtracts = subtracts
        self.operand = operand
    }

    public var range: SourceRange {
        switch operand {
        case .field(let path): field.range.union(path.range)
        case .number(_, let r): field.range.union(r)
        }
    }

    /// `ordered - created`.
    public var text: String {
        let right: String
        switch operand {
        case .field(let path): right = path.text
        case .number(let n, _): right = n
        }
        return field.text + (subtracts ? " - " : " + ") + right
    }
}

public enum ComparisonOperator: String, Hashable, Sendable {
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

/// A `where` condition.
public indirect enum Condition: Hashable, Sendable {
    case compare(FieldPath, ComparisonOperator, Value)
    /// `ordered - created > 30`, `created + 3 <= last_contact`.
    case compareArithmetic(FieldArithmetic, ComparisonOperator, Value)
    /// `field in (a, b)`; `negated` for `not in`.
    case inList(FieldPath, [Value], negated: Bool)
    /// `date in 2010-10`: a date within a period.
    case inPeriod(FieldPath, Value, negated: Bool)
    case between(FieldPath, Value, Value, negated: Bool)
    case contains(FieldPath, Value, negated: Bool)
    case like(FieldPath, Value, negated: Bool)
    case isNull(FieldPath, negated: Bool)
    /// A boolean field on its own: `where visited`.
    case isTrue(FieldPath)
    case and(Condition, Condition)
    case or(Condition, Condition)
    case not(Condition, SourceRange)
}

/// A grouping key: a field, or a date's day / week / month / quarter / year.
public enum GroupItem: Hashable, Sendable {
    case field(FieldPath)
    /// `week(delivered)`; `field` is nil for a bare `week` (the table's own date).
    case grain(Name, FieldPath?)
}

public struct OrderItem: Hashable, Sendable {
    public let field: FieldPath
    public let descending: Bool

    public init(field: FieldPath, descending: Bool) {
        self.field = field
        self.descending = descending
    }
}

/// The clauses that may follow a table, each at most once.
public struct Clauses: Hashable, Sendable {
    public var condition: Condition?
    public var groups: [GroupItem] = []
    public var order: [OrderItem] = []
    public var limit: Limit?
    public var asOf: Value?
    /// `through DATE`: a period's cards followed to a later day (a cohort).
    public var through: Value?
    /// `pivot`, where it was written: the second `by` item's values become columns.
    public var pivot: SourceRange?
    /// `to "FILE"`: the file a chart is written to (chart only).
    public var file: Value?

    public init() {}
}

/// `limit 20`.
public struct Limit: Hashable, Sendable {
    public let count: Int
    public let range: SourceRange

    public init(count: Int, range: SourceRange) {
        self.count = count
        self.range = range
    }
}

public enum AggregateFunction: String, Hashable, Sendable, CaseIterable {
    case count, sum, avg, min, max
}

/// `count`, `sum key_questions`, `max created`.
public struct AggregateItem: Hashable, Sendable {
    public let function: AggregateFunction
    public let field: FieldPath?
    public let range: SourceRange

    public init(function: AggregateFunction, field: FieldPath?, range: SourceRange) {
        self.function = function
        self.field = field
        self.range = range
    }
}

/// What a `select` lists.
public enum SelectFields: Hashable, Sendable {
    /// `select customers`: the table's usual view.
    case view
    /// `select * from customers`: every stored field.
    case all
    /// `select name, phone from customers`.
    case named([FieldPath])
}

/// One statement, with the range of its text.
public struct Statement: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `select [fields from] table clauses`.
        case select(table: Name, fields: SelectFields, clauses: Clauses)
        case aggregate(table: Name, items: [AggregateItem], clauses: Clauses)
        case letBinding(name: Name, value: Value)
        case help(topic: Name?)
        /// `kpi NAME, ... for PERIOD [by ...] [where ...] [as of DATE]`.
        case kpi(names: [Name], period: Value, clauses: Clauses)
        /// `explain kpi NAME for PERIOD [term TERM] [where ...] [as of DATE]`; with a term,
        /// the rows behind that term of the formula.
        case explain(name: Name, period: Value, term: Name?, clauses: Clauses)
        /// A report or a work list; `period` after `for`, `day` for `due` / `contacted`.
        case report(ReportKind, keyword: SourceRange, period: Value?, day: Value?, clauses: Clauses)
        /// `plan deliveries N for P [using Q]` or `plan deliveries N close rate 1:5 [for P]`.
        case plan(PlanRequest)
        /// `score KPI for P target X [up A down B]`.
        case score(ScoreRequest)
        /// `compare KPI for P vs Q`.
        case compare(kpi: Name, period: Value, other: Value, clauses: Clauses)
        /// `callbacks [DAY | missed [for P]] [at N, ...] [grace N]`: delivered cards to call back.
        case callbacks(CallbackRequest)
        /// `chart funnel ...` or `chart kpi ...`: that statement's result drawn.
        indirect case chart(ChartRequest)
    }

    public let kind: Kind
    public let range: SourceRange
    /// SQL spellings the statement was written with and read as the language's own
    /// (`group by` as `by`), so the result can say how it was read.
    public var readings: [Reading] = []

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}

/// A way of writing that SQL users bring, which the parser reads as the language's
/// own spelling. Reading it is not guessing: each has one meaning.
public enum Reading: Hashable, Sendable {
    /// `group by X`, read as `by X`.
    case groupBy
    /// `count(*)`, read as `count`.
    case countStar
    /// `select count(*) from T`: `select` before an aggregate, left out.
    case selectAggregate
}

/// The reports and work lists of domain.md §6.
public enum ReportKind: String, Hashable, Sendable, CaseIterable {
    case funnel
    case inventory
    case lostReasons = "lost reasons"
    case structure
    case captureProgress = "capture progress"
    case followupEffect = "followup effect"
    case conversion
    case due
    case overdue
    case contacted
    case dormantEligible = "dormant eligible"
    case duplicateCards = "duplicate cards"
    // Seed 002's and seed 001's reports of domain.md §8.2.
    case keyReport = "key report"
    case prospectProgress = "prospect progress"
    case callbacks
    /// The cycle-based work lists of domain.md §8.1.
    case overdueByCycle = "overdue by cycle"
    case dueTomorrow = "due tomorrow"

    /// The words that name it, as typed.
    public var words: [String] { rawValue.split(separator: " ").map(String.init) }

    /// Its Chinese name, accepted as the statement's first word.
    public var chineseName: String {
        switch self {
        case .funnel: "漏斗"
        case .inventory: "进销存"
        case .lostReasons: "战败原因"
        case .structure: "客户结构"
        case .captureProgress: "集客进度"
        case .followupEffect: "跟进效果"
        case .conversion: "转化"
        case .due: "今日待跟进"
        case .overdue: "逾期未跟进"
        case .contacted: "今日接触"
        case .dormantEligible: "可休眠"
        case .duplicateCards: "重复客户"
        case .keyReport: "关键管理报表"
        case .prospectProgress: "意向客户进度状况表"
        case .callbacks: "成交回访"
        case .overdueByCycle: "按周期逾期"
        case .dueTomorrow: "明日待跟进"
        }
    }
}

/// `plan deliveries N ...`.
public struct PlanRequest: Hashable, Sendable {
    public let deliveries: Value
    /// The period planned for (`for P`); the rates come from `reference`.
    public let period: Value?
    public let reference: Value?
    /// `close rate 1:5` as (1, 5), with the range of the ratio.
    public let closeRate: CloseRate?
    public let clauses: Clauses

    public init(deliveries: Value, period: Value?, reference: Value?, closeRate: CloseRate?, clauses: Clauses) {
        self.deliveries = deliveries
        self.period = period
        self.reference = reference
        self.closeRate = closeRate
        self.clauses = clauses
    }
}

/// `1:5`: one sale in five prospects.
public struct CloseRate: Hashable, Sendable {
    public let sales: Value
    public let prospects: Value

    public init(sales: Value, prospects: Value) {
        self.sales = sales
        self.prospects = prospects
    }

    public var range: SourceRange { sales.range.union(prospects.range) }
}

/// `score KPI for P target X [up A down B]`.
public struct ScoreRequest: Hashable, Sendable {
    public let kpi: Name
    public let period: Value
    public let target: Value
    public let up: Value?
    public let down: Value?
    public let clauses: Clauses

    public init(kpi: Name, period: Value, target: Value, up: Value?, down: Value?, clauses: Clauses) {
        self.kpi = kpi
        self.period = period
        self.target = target
        self.up = up
        self.down = down
        self.clauses = clauses
    }
}
