/// A column's type in an Arrow schema, as far as Funnel reads it. Spark sends its SQL types as:
/// BOOLEAN → bool, TINYINT/SMALLINT/INT/BIGINT → int of 8/16/32/64 bits, FLOAT/DOUBLE →
/// floatingPoint, DECIMAL(p,s) → decimal (128 bits), STRING → utf8, BINARY → binary, DATE →
/// date(day), TIMESTAMP → timestamp(microsecond, the session's time zone), TIMESTAMP_NTZ →
/// timestamp(microsecond, nil), and the NULL type → null.
public enum ArrowType: Sendable, Hashable, CustomStringConvertible {
    case null
    case bool
    case int(bitWidth: Int, signed: Bool)
    case floatingPoint(ArrowFloatPrecision)
    case decimal(precision: Int, scale: Int, bitWidth: Int)
    case utf8
    case largeUtf8
    case binary
    case largeBinary
    case date(ArrowDateUnit)
    case timestamp(ArrowTimeUnit, timeZone: String?)
    /// Any other type (list, struct, map, interval, ...): the schema can hold it, a batch with
    /// such a column is not decoded.
    case other(name: String)

    public var description: String {
        switch self {
        case .null: return "Null"
        case .bool: return "Bool"
        case .int(let bits, let signed): return "\(signed ? "Int" : "UInt")\(bits)"
        case .floatingPoint(let precision): return "Float(\(precision))"
        case .decimal(let precision, let scale, let bits): return "Decimal\(bits)(\(precision), \(scale))"
        case .utf8: return "Utf8"
        case .largeUtf8: return "LargeUtf8"
        case .binary: return "Binary"
        case .largeBinary: return "LargeBinary"
        case .date(let unit): return "Date(\(unit))"
        case .timestamp(let unit, let zone): return "Timestamp(\(unit), \(zone ?? "no time zone"))"
        case .other(let name): return name
        }
    }
}

public enum ArrowFloatPrecision: Sendable, Hashable {
    case half, single, double
}

public enum ArrowDateUnit: Sendable, Hashable {
    case day, millisecond
}

public enum ArrowTimeUnit: Sendable, Hashable {
    case second, millisecond, microsecond, nanosecond
}

extension ArrowType {
    /// The names of Schema.fbs's `Type` union members, by their number, for error messages.
    private static let unionNames: [UInt8: String] = [
        0: "NONE", 1: "Null", 2: "Int", 3: "FloatingPoint", 4: "Binary", 5: "Utf8", 6: "Bool",
        7: "Decimal", 8: "Date", 9: "Time", 10: "Timestamp", 11: "Interval", 12: "List",
        13: "Struct", 14: "Union", 15: "FixedSizeBinary", 16: "FixedSizeList", 17: "Map",
        18: "Duration", 19: "LargeBinary", 20: "LargeUtf8", 21: "LargeList", 22: "RunEndEncoded",
        23: "BinaryView", 24: "Utf8View", 25: "ListView", 26: "LargeListView",
    ]

    /// Reads the type union of a Field table: `typeID` is its type_type byte, `table` the member.
    static func read(typeID: UInt8, table: FlatBufferTable?) throws(ArrowError) -> ArrowType {
        let name = unionNames[typeID] ?? "type #\(typeID)"
        // Members with no fields may be written as absent tables; those with fields need theirs.
        func member() throws(ArrowError) -> FlatBufferTable {
            guard let table else { throw .malformed("the \(name) type has no table") }
            return table
        }
        switch typeID {
        case 1: return .null
        case 6: return .bool
        case 5: return .utf8
        case 20: return .largeUtf8
        case 4: return .binary
        case 19: return .largeBinary
        case 2:
            let table = try member()
            let bits = Int(try table.int32(0))
            guard [8, 16, 32, 64].contains(bits) else { throw .malformed("an Int of \(bits) bits") }
            return .int(bitWidth: bits, signed: try table.bool(1))
        case 3:
            switch try member().int16(0) {
            case 0: return .floatingPoint(.half)
            case 1: return .floatingPoint(.single)
            case 2: return .floatingPoint(.double)
            case let other: throw .malformed("floating-point precision \(other)")
            }
        case 7:
            let table = try member()
            return .decimal(
                precision: Int(try table.int32(0)), scale: Int(try table.int32(1)),
                bitWidth: Int(try table.int32(2, default: 128)))
        case 8:
            // Schema.fbs: `unit: DateUnit = MILLISECOND`; Spark writes DAY.
            let unit = try table?.int16(0, default: 1) ?? 1
            switch unit {
            case 0: return .date(.day)
            case 1: return .date(.millisecond)
            default: throw .malformed("date unit \(unit)")
            }
        case 10:
            let table = try member()
            let unit: ArrowTimeUnit
            switch try table.int16(0) {
            case 0: unit = .second
            case 1: unit = .millisecond
            case 2: unit = .microsecond
            case 3: unit = .nanosecond
            case let other: throw .malformed("time unit \(other)")
            }
            return .timestamp(unit, timeZone: try table.string(1))
        default:
            return .other(name: name)
        }
    }
}
