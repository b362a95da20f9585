/// The type of a stored column.
public enum ColumnType: Hashable, Sendable, CustomStringConvertible {
    case int
    case double
    case bool
    case date
    case string
    case enumeration(EnumVocabulary)

    public var description: String {
        switch self {
        case .int: "int"
        case .double: "double"
        case .bool: "bool"
        case .date: "date"
        case .string: "string"
        case .enumeration(let vocabulary): "enum(\(vocabulary.tokens.joined(separator: "|")))"
        }
    }
}
