import FunnelEngine
import FunnelStore

/// An array of objects, one per row, keys in column order: dates as "YYYY-MM-DD",
/// rates as numbers from 0 to 1, undefined or missing values as null. One object
/// per line, so a large result streams and still diffs well.
struct JSONRenderer {
    func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        guard table.rowCount > 0 else {
            out.write("[]\n")
            return
        }
        let keys = table.columns.indices.map { JSONText.quoted(CellText.header(table, column: $0)) }
        for row in 0..<table.rowCount {
            var members: [String] = []
            for (c, column) in table.columns.enumerated() {
                let label = CellText.phrase(table, row: row, column: c).map(JSONText.quoted)
                members.append(keys[c] + ":" + (label ?? value(column, row: row)))
            }
            out.write((row == 0 ? "[" : ",\n ") + "{" + members.joined(separator: ",") + "}")
        }
        out.write("]\n")
    }

    private func value(_ column: Column, row: Int) -> String {
        guard !column.isNull(row) else { return "null" }
        switch column.values {
        case .int(let v): return String(v[row])
        case .double(let v): return v[row].isFinite ? CellText.shortest(v[row]) : "null"
        case .bool(let v): return v[row] ? "true" : "false"
        default: return column.text(at: row).map(JSONText.quoted) ?? "null"
        }
    }
}
