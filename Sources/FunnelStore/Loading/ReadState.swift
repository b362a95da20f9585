/// Where a reader is in its file, kept in the reader rather than in local variables so
/// a read can stop at a chunk boundary (`JSONFileReader.stopOffset`) and go on later
/// from exactly there (see `ChunkedRead`).
struct ReadState: Sendable {
    // A JSON document.
    /// The top-level `{` has been read; the next member is the first when `firstMember`.
    var started = false
    var firstMember = true
    /// Top-level keys seen, to report a repeated one.
    var seenTables = [Bool](repeating: false, count: TableSchema.all.count)
    var seenDealer = false
    var seenAsOf = false
    var seenCycles = false
    /// The table whose array is being read, if any.
    var table: Int?
    var firstElement = true
    /// Stopped at the start of a record (its `{`), not yet read.
    var atRecord = false
    /// Records of the current array read so far, and the row of its first.
    var recordNumber = 0
    var firstRow = 0

    // JSON Lines.
    /// The line at the position, and the line of each row read.
    var line = 1
    var lines: [Int32] = []

    /// What a speculative chunk (see `ChunkedRead`) assumes at its first byte: inside
    /// the array of `table`, at a record.
    static func inArray(of table: Int) -> ReadState {
        var state = ReadState()
        state.started = true
        state.firstMember = false
        state.table = table
        state.firstElement = false
        state.atRecord = true
        return state
    }
}
