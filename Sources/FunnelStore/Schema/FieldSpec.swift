/// How a known field is read from JSON and stored.
public enum FieldType: Hashable, Sendable {
    case int(ClosedRange<Int64>?)
    case double
    case bool
    case date
    /// `YYYY-MM`, stored as the month's first day in a date column.
    case month
    case string
    case enumeration(EnumVocabulary)

    /// The type of the column that holds it.
    public var columnType: ColumnType {
        switch self {
        case .int: .int
        case .double: .double
        case .bool: .bool
        case .date, .month: .date
        case .string: .string
        case .enumeration(let vocabulary): .enumeration(vocabulary)
        }
    }

    /// What a message says was expected ("a date YYYY-MM-DD").
    public var expectation: String {
        switch self {
        case .int(let range?): "an integer from \(range.lowerBound) to \(range.upperBound)"
        case .int(nil): "an integer"
        case .double: "a number"
        case .bool: "true or false"
        case .date: "a date YYYY-MM-DD (or YYYY-MM-DDTHH:MM[:SS])"
        case .month: "a month YYYY-MM"
        case .string: "a string"
        case .enumeration(let vocabulary): "one of \(vocabulary.allowedDescription)"
        }
    }
}

/// A field a table knows by name.
public struct FieldSpec: Hashable, Sendable {
    public let name: String
    public let type: FieldType
    /// A record without it is rejected.
    public let required: Bool
    /// Chinese names accepted as JSON keys and, later, in queries.
    public let aliases: [String]
    /// Meaning, for `.schema` and help.
    public let summary: String
    /// The JSON text assumed when a record leaves the field out (`false` for flags,
    /// `retail` for a card's kind); `nil` leaves it null.
    public let absentValue: String?
    /// The party it names, the same in every table that has it: a card's consultant,
    /// the consultant who received a visitor, the consultant a target is for.
    public let party: Party?
    /// A date that is a plan, not an event (`next_followup`): `in PERIOD` is not cut at T.
    public let isPlan: Bool
    /// What the field reads as on a day T before the data was taken (domain.md §2.1).
    public let asOf: AsOfRule

    public init(_ name: String, _ type: FieldType, required: Bool = false, aliases: [String] = [],
                absent: String? = nil, party: Party? = nil, isPlan: Bool = false, asOf: AsOfRule = .fixed,
                _ summary: String) {
        self.name = name
        self.type = type
        self.required = required
        self.aliases = aliases
        self.absentValue = absent
        self.party = party
        self.isPlan = isPlan
        self.asOf = asOf
        self.summary = summary
    }
}

/// What a stored field reads as on a day T (domain.md §2.1, point in time): as of T
/// the data shows only what was known at T.
public enum AsOfRule: Hashable, Sendable {
    /// The same on every day (a name, a model, the capture date).
    case fixed
    /// A date of an event (an order, a delivery, a loss, going dormant): empty when
    /// after T.
    case event
    /// The reason a card was lost: empty unless it was lost on or before T.
    case lossReason
    /// The grade: the one set by the latest follow-up on or before T (see `CardGrades`).
    case grade
    /// A plan recorded on the day the data was taken (`next_followup`): empty on an
    /// earlier day.
    case plan
}
