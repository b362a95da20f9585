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

    public init(_ name: String, _ type: FieldType, required: Bool = false, aliases: [String] = [],
                absent: String? = nil, party: Party? = nil, isPlan: Bool = false, _ summary: String) {
        self.name = name
        self.type = type
        self.required = required
        self.aliases = aliases
        self.absentValue = absent
        self.party = party
        self.isPlan = isPlan
        self.summary = summary
    }
}
