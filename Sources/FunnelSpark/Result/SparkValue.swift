/// One value of a Spark result, typed as Spark sent it. Integers of every width arrive as `int`
/// and floats of both widths as `double`; the column's `ArrowType` keeps the exact type.
public enum SparkValue: Sendable, Hashable, CustomStringConvertible {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case decimal(SparkDecimal)
    case string(String)
    case date(SparkDate)
    case timestamp(SparkTimestamp)
    case binary([UInt8])

    public var isNull: Bool {
        if case .null = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .null: return "NULL"
        case .bool(let value): return value ? "true" : "false"
        case .int(let value): return String(value)
        case .double(let value): return String(value)
        case .decimal(let value): return value.description
        case .string(let value): return value
        case .date(let value): return value.description
        case .timestamp(let value): return value.description
        case .binary(let value): return "<\(value.count) bytes>"
        }
    }
}
