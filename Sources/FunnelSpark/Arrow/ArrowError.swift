/// Why an Arrow IPC stream could not be read. Every check on the server's bytes ends in one of
/// these, never in a trap: a short buffer, an offset past the end, a type Funnel does not read.
public enum ArrowError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The bytes end before something they announce (what, and where it was expected).
    case truncated(what: String, at: Int)
    /// A structure holds a value that cannot be right (a negative length, offsets going back, ...).
    case malformed(String)
    /// A column's type that the reader does not decode, with the column's name.
    case unsupportedType(column: String, type: String)
    /// Something valid in Arrow that the reader does not handle (compression, dictionaries, big-endian).
    case unsupportedFeature(String)
    /// A string column holds bytes that are not UTF-8.
    case invalidUTF8(column: String, row: Int)

    public var description: String {
        switch self {
        case .truncated(let what, let at):
            return "Arrow stream ends too early: \(what) at byte \(at)"
        case .malformed(let what):
            return "malformed Arrow stream: \(what)"
        case .unsupportedType(let column, let type):
            return "column \(column) has Arrow type \(type), which funnel does not read"
        case .unsupportedFeature(let what):
            return "Arrow stream uses \(what), which funnel does not read"
        case .invalidUTF8(let column, let row):
            return "column \(column), row \(row + 1): text that is not UTF-8"
        }
    }
}
