import FunnelEngine
import FunnelStore
import FunnelText

/// Aligned columns in the manner of sqlite's `.mode column`: a header, a rule, then
/// rows; numbers right-aligned; widths measured in terminal columns, so Chinese
/// text (two columns a character) lines up. Plain ASCII rules, because box-drawing
/// characters are ambiguous-width and drift in some Chinese terminal setups.
struct TableRenderer {
    let options: RenderOptions
    static let gap = "  "
    static let ellipsis = "…"

    /// Two passes over the rows: one measures the columns, one writes each line as it
    /// is made, so a result of a million rows never exists as one string.
    func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        for line in PhraseText.lines(table.preamble) { writeLine(line, style: nil, to: &out) }
        let columns = table.columns
        guard !columns.isEmpty else { return }
        let rows = shownRows(of: table)
        let totalLabels = CellText.totalLabels(table)
        func cell(_ c: Int, _ row: Int) -> String {
            totalLabels[row] == c ? "total" : CellText.shown(table, row: row, column: c)
        }
        let headers = columns.indices.map { CellText.header(table, column: $0) }
        var widths = headers.map { DisplayWidth.of($0) }
        for row in rows {
            for c in columns.indices { widths[c] = max(widths[c], DisplayWidth.of(cell(c, row))) }
        }
        if let maxWidth = options.maxWidth { shrink(&widths, toFit: maxWidth) }
        let numeric = columns.map(CellText.isNumeric)

        let header = columns.indices.map { pad(headers[$0], widths[$0], right: numeric[$0]) }
        writeLine(header.joined(separator: TableRenderer.gap), style: .bold, to: &out)
        writeLine(widths.map { String(repeating: "-", count: $0) }.joined(separator: TableRenderer.gap),
                  style: nil, to: &out)
        for row in rows {
            let line = columns.indices.map { pad(cell($0, row), widths[$0], right: numeric[$0]) }
            writeLine(line.joined(separator: TableRenderer.gap),
                      style: table.totalRows.contains(row) ? .bold : nil, to: &out)
        }
        if rows.count < table.rowCount {
            writeLine("(\(table.rowCount - rows.count) more rows not shown, \(table.rowCount) in all: add limit or a "
                      + "condition, or use .output FILE or --format csv to get them all)", style: .dim, to: &out)
        }
        for note in PhraseText.lines(table.notes) { writeLine(note, style: .dim, to: &out) }
        if let chart = table.chart {
            out.write("\n")
            for line in BarChartRenderer(maxWidth: options.maxWidth ?? 100).lines(chart) {
                writeLine(line, style: nil, to: &out)
            }
        }
    }

    /// Every row, or on a terminal as many as leave the header, the rule, the note and
    /// the prompt on screen: the first rows, and the total rows wherever they are, so
    /// a cut KPI table still shows its total.
    private func shownRows(of table: ResultTable) -> [Int] {
        guard let height = options.maxHeight, table.rowCount > max(1, height - 4) else {
            return Array(0..<table.rowCount)
        }
        let room = max(1, height - 4)
        let totals = table.totalRows.filter { $0 >= 0 && $0 < table.rowCount }.sorted()
        let firstRows = (0..<table.rowCount).lazy.filter { !totals.contains($0) }.prefix(max(0, room - totals.count))
        return (Array(firstRows) + totals.prefix(room)).sorted()
    }

    /// Narrows the widest columns, one column at a time, until the row fits; never
    /// below a few columns, so every column stays recognisable.
    private func shrink(_ widths: inout [Int], toFit maxWidth: Int) {
        let minimum = 4
        func total() -> Int { widths.reduce(0, +) + TableRenderer.gap.count * max(0, widths.count - 1) }
        while total() > maxWidth {
            guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }), widths[widest] > minimum else {
                return
            }
            widths[widest] -= 1
        }
    }

    private func pad(_ text: String, _ width: Int, right: Bool) -> String {
        var shown = text
        var used = DisplayWidth.of(text)
        if used > width {
            (shown, used) = DisplayWidth.prefix(of: text, fitting: max(0, width - 1))
            shown += TableRenderer.ellipsis
            used += 1
        }
        let fill = String(repeating: " ", count: max(0, width - used))
        return right ? fill + shown : shown + fill
    }

    private enum Style: String {
        case bold = "\u{1B}[1m", dim = "\u{1B}[2m"
    }

    private func writeLine(_ line: String, style: Style?, to out: inout some TextOutputStream) {
        var text = line
        while text.hasSuffix(" ") { text.removeLast() }
        if options.color, let style {
            out.write(style.rawValue + text + "\u{1B}[0m\n")
        } else {
            out.write(text + "\n")
        }
    }
}
