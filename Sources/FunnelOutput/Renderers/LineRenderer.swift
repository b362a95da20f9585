import FunnelEngine
import FunnelText

/// The vertical display (`.mode line`, and a table too wide for the screen): one
/// field per line, its name then its value, each record under a rule that numbers it,
/// as psql's expanded display does:
///
///     -[ record 1 ]-+------------
///     id            | C000371
///     phone         | 18859489569
///
/// Nothing is cut: on a terminal a value longer than the screen goes on over more
/// lines under itself, broken at a space where it has one. With `.headers off` the
/// rules give way to a blank line between records, as in sqlite3's line mode.
struct LineRenderer {
    let options: RenderOptions
    static let separator = " | "

    func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        let lines = TextLines(options: options)
        lines.preamble(table, to: &out)
        let columns = table.columns
        guard !columns.isEmpty else { return }
        // A record takes a line a field and its rule; keep room for the note and the prompt.
        let rows = TextLines.shownRows(of: table, room: options.maxHeight.map { max(1, ($0 - 3) / (columns.count + 1)) })
        let totalLabels = CellText.totalLabels(table)
        let names = columns.indices.map { CellText.header(table, column: $0) }
        let nameWidth = names.map { DisplayWidth.of($0) }.max() ?? 0
        let indent = nameWidth + DisplayWidth.of(LineRenderer.separator)
        var valueWidth = 0
        for row in rows {
            for c in columns.indices {
                valueWidth = max(valueWidth, DisplayWidth.of(TextLines.cell(table, totalLabels: totalLabels, row: row,
                                                                            column: c)))
            }
        }
        // A value breaks onto more lines only where there is room worth the name.
        let room = options.maxWidth.map { $0 - indent }.flatMap { $0 >= 10 ? $0 : nil }
        let ruleWidth = indent + min(valueWidth, room ?? valueWidth)
        for (index, row) in rows.enumerated() {
            if options.headers {
                let label = table.totalRows.contains(row) ? "total" : "record \(row + 1)"
                lines.write(rule(label, nameWidth: nameWidth, width: ruleWidth),
                            style: table.totalRows.contains(row) ? .bold : nil, to: &out)
            } else if index > 0 {
                lines.write("", to: &out)
            }
            for c in columns.indices {
                let name = names[c] + String(repeating: " ", count: nameWidth - DisplayWidth.of(names[c]))
                let value = TextLines.cell(table, totalLabels: totalLabels, row: row, column: c)
                for (piece, text) in LineRenderer.broken(value, width: room).enumerated() {
                    lines.write((piece == 0 ? name : String(repeating: " ", count: nameWidth))
                                + LineRenderer.separator + text, to: &out)
                }
            }
        }
        lines.ending(table, shown: rows.count, to: &out)
    }

    /// `-[ record 3 ]--+-----`: the `+` over the field separator when the label leaves
    /// room for it, dashes to `width`.
    private func rule(_ label: String, nameWidth: Int, width: Int) -> String {
        var line = "-[ \(label) ]"
        let used = DisplayWidth.of(line)
        if used <= nameWidth {
            line += String(repeating: "-", count: nameWidth - used + 1) + "+"
        }
        return line + String(repeating: "-", count: max(1, width - DisplayWidth.of(line)))
    }

    /// A value as the lines it takes: one per line of its own, each broken to `width`
    /// columns at a space where it has one, anywhere otherwise (a code with no spaces).
    static func broken(_ value: String, width: Int?) -> [String] {
        let own = value.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        guard let width else { return own }
        var pieces: [String] = []
        for line in own {
            var rest = Substring(line)
            while DisplayWidth.of(rest) > width {
                let (head, _) = DisplayWidth.prefix(of: String(rest), fitting: width)
                var cut = head.endIndex
                if let space = head.lastIndex(of: " "), space > head.startIndex { cut = space }
                let taken = head[..<cut].isEmpty ? Substring(String(rest.prefix(1))) : head[..<cut]
                pieces.append(String(taken))
                rest = rest.dropFirst(taken.count)
                if rest.first == " " { rest = rest.dropFirst() }
            }
            pieces.append(String(rest))
        }
        return pieces
    }
}
