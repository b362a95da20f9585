/// Where each row of a table came from, so a problem found after parsing (a duplicate
/// id, a dangling link) can still name its file and record.
public struct RowOrigins: Sendable {
    /// A run of consecutive rows read from one file.
    public struct Segment: Sendable {
        public let file: String
        public let firstRow: Int
        public let rowCount: Int
        /// For JSON Lines, the line of each row; `nil` for a JSON array (rows are records 1, 2, ...).
        public let lines: [Int32]?

        public init(file: String, firstRow: Int, rowCount: Int, lines: [Int32]?) {
            self.file = file
            self.firstRow = firstRow
            self.rowCount = rowCount
            self.lines = lines
        }
    }

    public let table: String
    public private(set) var segments: [Segment] = []

    public init(table: String) { self.table = table }

    public mutating func append(_ segment: Segment) {
        guard segment.rowCount > 0 else { return }
        segments.append(segment)
    }

    /// A diagnostic located at a row, with its file and "customers record N" or "line N".
    public func diagnostic(row: Int, field: String? = nil, message: String) -> LoadDiagnostic {
        guard let segment = segments.last(where: { $0.firstRow <= row }) else {
            return LoadDiagnostic(file: "?", record: "\(table) row \(row + 1)", field: field, message: message)
        }
        let offset = row - segment.firstRow
        if let lines = segment.lines, offset < lines.count {
            let line = Int(lines[offset])
            return LoadDiagnostic(file: segment.file, line: line, record: "line \(line)", field: field,
                                  message: message)
        }
        return LoadDiagnostic(file: segment.file, record: "\(table) record \(offset + 1)", field: field,
                              message: message)
    }
}
