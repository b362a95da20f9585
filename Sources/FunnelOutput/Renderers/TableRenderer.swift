import FunnelEngine
import FunnelStore
import FunnelText

/// Aligned columns in the manner of sqlite's `.mode column`: a header, a rule, then
/// rows; numbers right-aligned; widths measured in terminal columns, so Chinese
/// text (two columns a character) lines up. Plain ASCII rules, because box-drawing
/// characters are ambiguous-width and drift in some Chinese terminal setups.
///
/// On a screen too narrow for it, free text is shortened and, where that is not
/// enough, the result is shown one field per line (`TableFit`, `LineRenderer`).
struct TableRenderer {
    let options: RenderOptions
    /// The spaces between columns where the screen has room (one where it has not).
    static let gap = "  "
    static let ellipsis = "…"

    /// Two passes over the rows: one measures the columns, one writes each line as it
    /// is made, so a result of a million rows never exists as one string.
    func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        let lines = TextLines(options: options)
        let columns = table.columns
        guard !columns.isEmpty else {
            lines.preamble(table, to: &out)
            return
        }
        // Room for the header, the rule, the note on rows left out and the prompt.
        let rows = TextLines.shownRows(of: table, room: options.maxHeight.map { max(1, $0 - 4) })
        let totalLabels = CellText.totalLabels(table)
        let headers = columns.indices.map { CellText.header(table, column: $0) }
        let headerWidths = headers.map { DisplayWidth.of($0) }
        var widths = options.headers ? headerWidths : headers.map { _ in 0 }
        for row in rows {
            for c in columns.indices {
                widths[c] = max(widths[c], DisplayWidth.of(TextLines.cell(table, totalLabels: totalLabels, row: row,
                                                                          column: c)))
            }
        }
        switch TableFit.fit(widths: widths, headers: options.headers ? headerWidths : widths.map { _ in 0 },
                            cuttable: columns.map(TableRenderer.mayBeCut), maxWidth: options.maxWidth,
                            gap: TableRenderer.gap.count) {
        case .vertical:
            LineRenderer(options: options).render(table, to: &out)
        case .table(let fitted, let gap):
            lines.preamble(table, to: &out)
            write(table, rows: rows, widths: fitted, gap: String(repeating: " ", count: gap), totalLabels: totalLabels,
                  headers: headers, to: &out)
        }
    }

    private func write(_ table: ResultTable, rows: [Int], widths: [Int], gap: String, totalLabels: [Int: Int],
                       headers: [String], to out: inout some TextOutputStream) {
        let lines = TextLines(options: options)
        let columns = table.columns
        let numeric = columns.map(CellText.isNumeric)
        if options.headers {
            let header = columns.indices.map { pad(headers[$0], widths[$0], right: numeric[$0]) }
            lines.write(header.joined(separator: gap), style: .bold, to: &out)
            lines.write(widths.map { String(repeating: "-", count: $0) }.joined(separator: gap), to: &out)
        }
        for row in rows {
            let line = columns.indices.map {
                pad(TextLines.cell(table, totalLabels: totalLabels, row: row, column: $0), widths[$0],
                    right: numeric[$0])
            }
            lines.write(line.joined(separator: gap),
                        style: table.totalRows.contains(row) ? .bold : nil, to: &out)
        }
        lines.ending(table, shown: rows.count, to: &out)
    }

    /// Whether a column may be shortened to fit: text that is words, not a code.
    static func mayBeCut(_ column: Column) -> Bool {
        guard case .string = column.values else { return false }
        return TableSchema.isFreeText(column: column.name)
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
}
