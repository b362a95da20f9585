/// A problem that stops reading a file: the bytes are not JSON, or not shaped as a
/// Funnel input at all (a top-level array, a table that is not an array of records).
///
/// It carries a byte offset rather than a line and column: those are worked out only
/// when the error is reported (see `TextLocator`), so the scanner never counts lines.
struct JSONSyntaxError: Error, Sendable {
    /// Byte offset in the file where the problem starts.
    var offset: Int
    var message: String
    /// "customers record 3" or "line 3", when the problem belongs to one record.
    var record: String?
    var field: String?

    init(offset: Int, _ message: String, record: String? = nil, field: String? = nil) {
        self.offset = offset
        self.message = message
        self.record = record
        self.field = field
    }
}
