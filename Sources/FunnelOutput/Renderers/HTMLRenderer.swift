import FunnelEngine
import FunnelStore

/// A result as an HTML table, to paste into a page or open in a browser: the
/// headings above it, numbers right-aligned, a total row marked as the table and
/// markdown mark it, values shown as in a table (rates as percentages), the notes
/// under it. `--format html` writes this for every table; a chart's page holds it
/// under the drawing.
struct HTMLRenderer {
    func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        for line in PhraseText.lines(table.preamble) where !line.isEmpty {
            out.write("<p class=\"heading\">\(HTMLRenderer.escaped(line))</p>\n")
        }
        guard !table.columns.isEmpty else { return }
        let numeric = table.columns.map(CellText.isNumeric)
        out.write("<table>\n<thead>\n<tr>")
        for column in table.columns.indices {
            out.write(cell("th", CellText.header(table, column: column), numeric: numeric[column]))
        }
        out.write("</tr>\n</thead>\n<tbody>\n")
        let totalLabels = CellText.totalLabels(table)
        for row in 0..<table.rowCount {
            out.write(table.totalRows.contains(row) ? "<tr class=\"total\">" : "<tr>")
            for column in table.columns.indices {
                let text = totalLabels[row] == column ? "total" : CellText.shown(table, row: row, column: column)
                out.write(cell("td", text, numeric: numeric[column]))
            }
            out.write("</tr>\n")
        }
        out.write("</tbody>\n</table>\n")
        for note in PhraseText.lines(table.notes) {
            out.write("<p class=\"note\">\(HTMLRenderer.escaped(note))</p>\n")
        }
    }

    private func cell(_ tag: String, _ text: String, numeric: Bool) -> String {
        "<\(tag)\(numeric ? " class=\"number\"" : "")>\(HTMLRenderer.escaped(text))</\(tag)>"
    }

    /// Text made safe for HTML content and attribute values.
    static func escaped(_ text: String) -> String { SVGCanvas.escaped(text) }

    /// The page's look: the chart's fonts, a plain table with aligned numbers.
    static let style = """
        body { font-family: \(ChartStyle.fontFamily); color: #222222; margin: 24px; }
        figure { margin: 0 0 24px 0; }
        figure svg { max-width: 100%; height: auto; }
        table { border-collapse: collapse; font-variant-numeric: tabular-nums; margin: 8px 0; }
        th, td { padding: 4px 12px; border-bottom: 1px solid #dddddd; text-align: left; white-space: nowrap; }
        th.number, td.number { text-align: right; }
        tr.total td { font-weight: bold; border-top: 2px solid #999999; }
        p.heading { font-weight: bold; margin: 16px 0 4px 0; }
        p.note { color: #666666; font-size: 13px; margin: 4px 0; }
        """
}
