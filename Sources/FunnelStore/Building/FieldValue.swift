/// One value handed to a `TableBuilder`, already converted to the field's type.
public enum FieldValue: Hashable, Sendable {
    case null
    case int(Int64)
    case double(Double)
    case bool(Bool)
    case day(Day)
    /// A day with its time of day, as minutes after midnight (see `TimeOfDay`).
    case dateTime(Day, minute: Int16)
    case string(String)
    /// An enum field's code (see `FieldEnum`).
    case code(UInt8)
}
