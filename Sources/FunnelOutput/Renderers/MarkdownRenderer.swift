import FunnelEngine
import FunnelStore

/// GitHub-flavoured Markdown for a person to read or paste: each statement's result
/// under a `##` heading that holds the statement as code, its parts (if several)
/// under `###` headings, each table with a blank line before and after, so a
/// Markdown renderer finds exactly one table per statement or part. The heading
/// lines of a result (a formula, a period) come before its table and its notes
/// after it, each as a paragraph. Tables are pipe tables: numbers right-aligned
/// with `---:`, values shown as in a table (`50,000`, rates as percentages), the
/// total row labelled **total**, and text escaped so that a `|`, a `*` or a line end
/// in a value never breaks the table or turns into formatting.
struct MarkdownRenderer {
    /// A statement's tables: the heading, then each part.
    func render(_ tables: [ResultTable], statement: String?, to out: inout some TextOutputStream) {
        if let statement { out.write("## " + MarkdownText.code(statement) + "\n\n") }
        for (index, table) in tables.enumerated() {
            if index > 0 { out.write("\n") }
            if tables.count > 1 { out.write("### " + MarkdownText.inline(table.title ?? "part \(index + 1)") + "\n\n") }
            render(table, to: &out)
        }
    }

    /// Prose (help) under the statement's heading, in a fenced block as it is.
    func render(text: String, statement: String?, to out: inout some TextOutputStream) {
        if let statement { out.write("## " + MarkdownText.code(statement) + "\n\n") }
        let fence = MarkdownText.fence(for: text)
        out.write(fence + "text\n" + text + (text.hasSuffix("\n") ? "" : "\n") + fence + "\n")
    }

    /// One table: its heading lines, the pipe table, its notes; blank lines between.
    func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        for line in PhraseText.lines(table.preamble) { out.write(MarkdownText.paragraph(line) + "\n\n") }
        if !table.columns.isEmpty {
            out.write("| " + table.columns.indices.map { cell(CellText.header(table, column: $0)) }
                .joined(separator: " | ") + " |\n")
            out.write("|" + table.columns.map { CellText.isNumeric($0) ? " ---: " : " --- " }.joined(separator: "|")
                      + "|\n")
            let totalLabels = CellText.totalLabels(table)
            for row in 0..<table.rowCount {
                let cells = table.columns.indices.map { c in
                    totalLabels[row] == c ? "**total**" : cell(CellText.shown(table, row: row, column: c))
                }
                out.write("| " + cells.joined(separator: " | ") + " |\n")
            }
        }
        for line in PhraseText.lines(table.notes) { out.write("\n" + MarkdownText.paragraph(line) + "\n") }
    }

    /// A cell: inline text with its line ends as spaces, since a row is one line.
    private func cell(_ text: String) -> String {
        MarkdownText.inline(String(text.map { $0.isNewline ? " " : $0 }))
    }
}
