import FunnelEngine
import FunnelStore

/// RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma,
/// a quote or a line end, quotes doubled. Null is an empty field; numbers have no
/// thousands separators; rates stay numbers from 0 to 1, to six significant digits.
/// A result with total rows ends each row with `is_total` (`true` or `false`), as
/// json does. One table per call: a document of several is `ResultDocument`'s to
/// refuse or split into files.
struct CSVRenderer {
    /// The header row (`.headers off` leaves it out).
    var headers = true

    func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        let marksTotals = CellText.marksTotals(table)
        if headers {
            var names = table.columns.indices.map { field(CellText.header(table, column: $0)) }
            if marksTotals { names.append(CellText.totalColumn) }
            out.write(names.joined(separator: ",") + "\r\n")
        }
        for row in 0..<table.rowCount {
            var cells = table.columns.indices.map { field(CellText.stored(table, row: row, column: $0) ?? "") }
            if marksTotals { cells.append(table.totalRows.contains(row) ? "true" : "false") }
            out.write(cells.joined(separator: ",") + "\r\n")
        }
    }

    private func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else {
            return text
        }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

extension String {
    /// Foundation-free replacement, enough for quoting.
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
