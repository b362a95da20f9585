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
        let keys = table.columns.map { JSONRenderer.quote($0.name) }
        for row in 0..<table.rowCount {
            var members: [String] = []
            for (c, column) in table.columns.enumerated() {
                members.append(keys[c] + ":" + value(column, row: row))
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
        default: return column.text(at: row).map(JSONRenderer.quote) ?? "null"
        }
    }

    static func quote(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
