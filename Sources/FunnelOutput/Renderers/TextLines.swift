import FunnelEngine

/// What the table and the vertical display share: lines written one at a time with
/// trailing blanks dropped and, on a colour terminal, a style; the lines above a
/// result (its preamble) and below it (notes, the note on rows left out, the chart);
/// which rows a screen has room for.
struct TextLines {
    let options: RenderOptions

    enum Style: String {
        case bold = "\u{1B}[1m", dim = "\u{1B}[2m"
    }

    func write(_ line: String, style: Style? = nil, to out: inout some TextOutputStream) {
        var text = line
        while text.hasSuffix(" ") { text.removeLast() }
        if options.color, let style {
            out.write(style.rawValue + text + "\u{1B}[0m\n")
        } else {
            out.write(text + "\n")
        }
    }

    func preamble(_ table: ResultTable, to out: inout some TextOutputStream) {
        for line in PhraseText.lines(table.preamble) { write(line, to: &out) }
    }

    /// The note on rows a screen had no room for, the table's notes, then its chart.
    func ending(_ table: ResultTable, shown: Int, to out: inout some TextOutputStream) {
        if shown < table.rowCount {
            write("(\(table.rowCount - shown) more rows not shown, \(table.rowCount) in all: add limit or a "
                  + "condition, or use .output FILE or --format csv to get them all)", style: .dim, to: &out)
        }
        for note in PhraseText.lines(table.notes) { write(note, style: .dim, to: &out) }
        if let chart = table.chart {
            out.write("\n")
            for line in BarChartRenderer(maxWidth: options.maxWidth ?? 100).lines(chart) { write(line, to: &out) }
        }
    }

    /// Every row, or, with `room` for fewer, the first rows and the total rows wherever
    /// they are, so a cut KPI table still shows its total.
    static func shownRows(of table: ResultTable, room: Int?) -> [Int] {
        guard let room, table.rowCount > max(1, room) else { return Array(0..<table.rowCount) }
        let totals = table.totalRows.filter { $0 >= 0 && $0 < table.rowCount }.sorted()
        let firstRows = (0..<table.rowCount).lazy.filter { !totals.contains($0) }.prefix(max(0, room - totals.count))
        return (Array(firstRows) + totals.prefix(room)).sorted()
    }

    /// A cell as a table or the vertical display shows it: `total` where a total row
    /// has no label of its own.
    static func cell(_ table: ResultTable, totalLabels: [Int: Int], row: Int, column: Int) -> String {
        totalLabels[row] == column ? "total" : CellText.shown(table, row: row, column: column)
    }
}
