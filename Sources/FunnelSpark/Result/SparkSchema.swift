/// A column's SQL type as Spark names it (AnalyzePlan's schema call): what a statement would
/// give, known before it runs.
public indirect enum SparkSQLType: Sendable, Hashable, CustomStringConvertible {
    case null, boolean, byte, short, integer, long, float, double, string, binary, date
    case timestamp, timestampNTZ
    case decimal(precision: Int, scale: Int)
    case array(SparkSQLType)
    case `struct`([SparkSchemaField])
    /// A type this client does not name (map, interval, variant, ...).
    case other

    public var description: String {
        switch self {
        case .null: return "void"
        case .boolean: return "boolean"
        case .byte: return "tinyint"
        case .short: return "smallint"
        case .integer: return "int"
        case .long: return "bigint"
        case .float: return "float"
        case .double: return "double"
        case .string: return "string"
        case .binary: return "binary"
        case .date: return "date"
        case .timestamp: return "timestamp"
        case .timestampNTZ: return "timestamp_ntz"
        case .decimal(let precision, let scale): return "decimal(\(precision),\(scale))"
        case .array(let element): return "array<\(element)>"
        case .struct(let fields): return "struct<" + fields.map { "\($0.name):\($0.type)" }.joined(separator: ",") + ">"
        case .other: return "other"
        }
    }
}

public struct SparkSchemaField: Sendable, Hashable {
    public let name: String
    public let type: SparkSQLType
    public let nullable: Bool

    public init(name: String, type: SparkSQLType, nullable: Bool) {
        self.name = name
        self.type = type
        self.nullable = nullable
    }
}
