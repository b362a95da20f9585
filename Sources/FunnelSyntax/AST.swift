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

    public var range: SourceRange {
        switch self {
        case .word(let name), .variable(let name): name.range
        case .string(_, let r), .number(_, let r), .date(_, let r), .period(_, let r): r
        case .range(let low, let high): low.range.union(high.range)
        }
    }
}

public enum ComparisonOperator: String, Hashable, Sendable {
    case equal = "=", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
}

/// A `where` condition.
public indirect enum Condition: Hashable, Sendable {
    case compare(FieldPath, ComparisonOperator, Value)
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
    }

    public let kind: Kind
    public let range: SourceRange

    public init(_ kind: Kind, range: SourceRange) {
        self.kind = kind
        self.range = range
    }
}
