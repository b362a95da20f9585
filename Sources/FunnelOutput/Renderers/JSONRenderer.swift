import FunnelEngine
import FunnelStore

/// JSON Lines: one object per statement, on one line, so a run of any number of
/// statements is read the same way (`for line in out: json.loads(line)`):
///
///     {"statement":"count traffic by result","title":null,"heading":[],
///      "columns":[{"name":"result","type":"text"},{"name":"count","type":"integer"}],
///      "rows":[["captured",80],["followup",76],["none",40]],"notes":[]}
///
/// (shown here over three lines). A result in several parts (`inventory`,
/// `prospect progress`, a pivot of several KPIs) is one object with `parts`, each
/// holding the members of a table from `title` to `notes`; help text is
/// `{"statement":...,"text":...}`. Rows are arrays in column order, so names that
/// repeat or are phrases (`(none)`) cost nothing; dates are "YYYY-MM-DD" (with
/// "THH:MM" when the data had a time), rates numbers from 0 to 1 to six significant
/// digits, missing or undefined values null, and a group without a value its label,
/// `"(none)"`, in any column. A result with total rows ends each row with
/// `is_total`. Rows are written one at a time: a huge result streams.
struct JSONRenderer {
    /// A statement's tables: one object, with `parts` when there are several.
    func render(_ tables: [ResultTable], statement: String?, to out: inout some TextOutputStream) {
        out.write("{\"statement\":" + (statement.map(JSONText.quoted) ?? "null") + ",")
        if tables.count == 1, let table = tables.first {
            writeMembers(of: table, to: &out)
        } else {
            out.write("\"parts\":[")
            for (index, table) in tables.enumerated() {
                out.write(index == 0 ? "{" : ",{")
                writeMembers(of: table, to: &out)
                out.write("}")
            }
            out.write("]")
        }
        out.write("}\n")
    }

    /// Prose (help): `{"statement":...,"text":...}`.
    func render(text: String, statement: String?, to out: inout some TextOutputStream) {
        out.write("{\"statement\":" + (statement.map(JSONText.quoted) ?? "null") + ",\"text\":"
                  + JSONText.quoted(text) + "}\n")
    }

    /// `"title":...,"heading":[...],"columns":[...],"rows":[...],"notes":[...]`.
    private func writeMembers(of table: ResultTable, to out: inout some TextOutputStream) {
        let marksTotals = CellText.marksTotals(table)
        var columns = table.columns.indices.map { c in
            "{\"name\":" + JSONText.quoted(CellText.header(table, column: c)) + ",\"type\":\""
                + type(of: table.columns[c], table.formats[c], rows: table.rowCount) + "\"}"
        }
        if marksTotals { columns.append("{\"name\":\"\(CellText.totalColumn)\",\"type\":\"boolean\"}") }
        out.write("\"title\":" + (table.title.map(JSONText.quoted) ?? "null")
                  + ",\"heading\":" + JSONText.array(lines(table.preamble))
                  + ",\"columns\":[" + columns.joined(separator: ",") + "],\"rows\":[")
        for row in 0..<table.rowCount {
            var cells = table.columns.indices.map { c in
                CellText.phrase(table, row: row, column: c).map(JSONText.quoted)
                    ?? value(table.columns[c], table.formats[c], row: row)
            }
            if marksTotals { cells.append(table.totalRows.contains(row) ? "true" : "false") }
            out.write((row == 0 ? "[" : ",[") + cells.joined(separator: ",") + "]")
        }
        out.write("],\"notes\":" + JSONText.array(lines(table.notes)))
    }

    /// Heading lines and notes as a program reads them: the table's indents and the
    /// blank lines that space them out on a terminal dropped.
    private func lines(_ phrases: [ResultPhrase]) -> [String] {
        PhraseText.lines(phrases).compactMap { line in
            let text = String(line.drop { $0 == " " })
            return text.isEmpty ? nil : text
        }
    }

    private func value(_ column: Column, _ format: ValueFormat, row: Int) -> String {
        guard let text = CellText.raw(column, format, row: row) else { return "null" }
        switch column.values {
        case .int, .double, .bool: return text
        default: return JSONText.quoted(text)
        }
    }

    /// `text`, `integer`, `number`, `rate` (a number from 0 to 1 a table shows as a
    /// percentage), `boolean` or `date`.
    private func type(of column: Column, _ format: ValueFormat, rows: Int) -> String {
        switch column.values {
        case .int: "integer"
        case .double: CellText.isRateColumn(format, rows: rows) ? "rate" : "number"
        case .bool: "boolean"
        case .date: "date"
        case .string, .enumeration: "text"
        }
    }
}
