import FunnelEngine
import FunnelStore

/// A GitHub-flavoured pipe table: numbers right-aligned with `---:`, pipes in
/// values escaped, values shown as in a table (rates as percentages).
struct MarkdownRenderer {
    func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        guard !table.columns.isEmpty else { return }
        out.write("| " + table.columns.indices.map { escape(CellText.header(table, column: $0)) }
            .joined(separator: " | ") + " |\n")
        out.write("|" + table.columns.map { CellText.isNumeric($0) ? " ---: " : " --- " }.joined(separator: "|") + "|\n")
        let totalLabels = CellText.totalLabels(table)
        for row in 0..<table.rowCount {
            let cells = table.columns.indices.map { c in
                totalLabels[row] == c ? "**total**" : escape(CellText.shown(table, row: row, column: c))
            }
            out.write("| " + cells.joined(separator: " | ") + " |\n")
        }
    }

    private func escape(_ text: String) -> String {
        var result = ""
        for ch in text {
            switch ch {
            case "|": result += "\\|"
            case "\n", "\r\n", "\r": result += " "
            default: result.append(ch)
            }
        }
        return result
    }
}
