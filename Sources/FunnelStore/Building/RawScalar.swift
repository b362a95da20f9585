/// A value of a field the schema does not know, as it appeared in the data.
/// Its column's type is inferred once the whole table is read.
public enum RawScalar: Hashable, Sendable {
    case null
    /// A JSON number, as written (`42`, `-1.5e3`).
    case number(String)
    case bool(Bool)
    case string(String)
    /// A nested object or array, kept as its JSON text.
    case json(String)
}
