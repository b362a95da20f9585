import FunnelEngine
import FunnelStore

/// RFC 4180: a header row, CRLF line ends, fields quoted when they hold a comma,
/// a quote or a line end, quotes doubled. Null is an empty field; rates stay numbers
/// from 0 to 1.
struct CSVRenderer {
    /// The header row (`.headers off` leaves it out).
    var headers = true

    func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        if headers {
            out.write(table.columns.indices.map { field(CellText.header(table, column: $0)) }.joined(separator: ",")
                      + "\r\n")
        }
        for row in 0..<table.rowCount {
            let cells = table.columns.indices.map { c in
                field(CellText.phrase(table, row: row, column: c) ?? CellText.raw(table.columns[c], row: row) ?? "")
            }
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
