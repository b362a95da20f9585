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

    func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        for line in table.preamble { writeLine(line, style: nil, to: &out) }
        let columns = table.columns
        guard !columns.isEmpty else { return }
        // On a terminal, keep the header, the rule, the note and the prompt on screen.
        var shown = table.rowCount
        if let height = options.maxHeight, table.rowCount > max(1, height - 4) {
            shown = max(1, height - 4)
        }
        var cells: [[String]] = columns.indices.map { c in
            (0..<shown).map { CellText.display(columns[c], table.formats[c], row: $0) }
        }
        // A total row has no group values (null in csv and json); say what it is.
        for row in table.totalRows where row < shown && !columns.indices.contains(where: { cells[$0][row] == "total" }) {
            if let c = columns.indices.first(where: { columns[$0].isNull(row) && !CellText.isNumeric(columns[$0]) }) {
                cells[c][row] = "total"
            }
        }
        var widths = columns.indices.map { c in
            cells[c].reduce(DisplayWidth.of(columns[c].name)) { max($0, DisplayWidth.of($1)) }
        }
        if let maxWidth = options.maxWidth { shrink(&widths, toFit: maxWidth) }
        let numeric = columns.map(CellText.isNumeric)

        let header = columns.indices.map { pad(columns[$0].name, widths[$0], right: numeric[$0]) }
        writeLine(header.joined(separator: TableRenderer.gap), style: .bold, to: &out)
        writeLine(widths.map { String(repeating: "-", count: $0) }.joined(separator: TableRenderer.gap),
                  style: nil, to: &out)
        for row in 0..<shown {
            let line = columns.indices.map { pad(cells[$0][row], widths[$0], right: numeric[$0]) }
            writeLine(line.joined(separator: TableRenderer.gap),
                      style: table.totalRows.contains(row) ? .bold : nil, to: &out)
        }
        if shown < table.rowCount {
            writeLine("(\(table.rowCount - shown) more rows not shown, \(table.rowCount) in all: add limit or a "
                      + "condition, or use .output FILE or --format csv to get them all)", style: .dim, to: &out)
        }
        for note in table.notes { writeLine(note, style: .dim, to: &out) }
        if let chart = table.chart {
            out.write("\n")
            for line in BarChartRenderer(maxWidth: options.maxWidth ?? 100).lines(chart) {
                writeLine(line, style: nil, to: &out)
            }
        }
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
