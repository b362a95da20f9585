import FunnelEngine
import FunnelStore

/// The text of one cell, the same rules for every renderer that shows text.
enum CellText {
    /// Text for a table or markdown cell: numbers with thousands separators
    /// (`50,000`), rates as percentages, doubles with two decimals, a date-time as
    /// `2010-09-10 15:00`, undefined computed values as `n/a`, missing data as empty.
    static func display(_ column: Column, _ format: ValueFormat, row: Int) -> String {
        if case .perRow(let formats) = format {
            return display(column, row < formats.count ? formats[row] : .plain, row: row)
        }
        if column.isNull(row) {
            return format == .plain ? "" : PhraseText.undefinedValue
        }
        switch (column.values, format) {
        case (.double(let v), .percent(let digits)): return grouped(fixed(v[row] * 100, digits)) + "%"
        case (.int(let v), .percent(let digits)): return grouped(fixed(Double(v[row]) * 100, digits)) + "%"
        case (.double(let v), .decimal(let digits)): return grouped(fixed(v[row], digits))
        case (.double(let v), .compact): return grouped(v[row] == v[row].rounded() ? fixed(v[row], 0) : fixed(v[row], 2))
        case (.double(let v), .plain): return grouped(fixed(v[row], 2))
        case (.int(let v), _): return NumberText.grouped(v[row])
        case (.date(let v), _):
            // A date-time reads `2010-09-10 15:00` where people read it; csv and json keep the `T`.
            let day = Day(rawValue: v[row]).description
            return column.minute(at: row).flatMap(TimeOfDay.text).map { day + " " + $0 } ?? day
        default: return raw(column, row: row) ?? ""
        }
    }

    /// Text for csv (and a json value's digits): the value itself, no separators, no
    /// percent sign; a rate (a value a table shows as a percentage) from 0 to 1 to six
    /// significant digits, other doubles in full.
    static func raw(_ column: Column, _ format: ValueFormat, row: Int) -> String? {
        guard !column.isNull(row) else { return nil }
        switch column.values {
        case .double(let v):
            guard v[row].isFinite else { return nil }
            return isRate(format, row: row) ? NumberText.significant(v[row]) : shortest(v[row])
        default: return column.text(at: row)
        }
    }

    /// `raw` of a column whose format is not known: doubles in full.
    static func raw(_ column: Column, row: Int) -> String? {
        raw(column, .plain, row: row)
    }

    /// Whether a table shows this row's value as a percentage.
    static func isRate(_ format: ValueFormat, row: Int) -> Bool {
        switch format {
        case .percent: true
        case .perRow(let formats): row < formats.count && isRate(formats[row], row: row)
        case .plain, .decimal, .compact: false
        }
    }

    /// Whether every row of the column is a rate (json calls its type `rate`).
    static func isRateColumn(_ format: ValueFormat, rows: Int) -> Bool {
        switch format {
        case .percent: true
        case .perRow: rows > 0 && (0..<rows).allSatisfy { isRate(format, row: $0) }
        case .plain, .decimal, .compact: false
        }
    }

    private static func grouped(_ text: String) -> String { NumberText.grouping(text) }

    /// The text of a cell that is a phrase (a group with no value or no card, a plan
    /// step's words), the same in every format.
    static func phrase(_ table: ResultTable, row: Int, column: Int) -> String? {
        table.phrases[ResultCell(row: row, column: column)].map(PhraseText.text)
    }

    /// A column's header: its phrase (a pivot's `(none)` column), or its name.
    static func header(_ table: ResultTable, column: Int) -> String {
        table.columnPhrases[column].map(PhraseText.text) ?? table.columns[column].name
    }

    /// A table or markdown cell: a phrase, or the value as `display` shows it.
    static func shown(_ table: ResultTable, row: Int, column: Int) -> String {
        phrase(table, row: row, column: column) ?? display(table.columns[column], table.formats[column], row: row)
    }

    /// A csv or json cell: a phrase, or the value as `raw` writes it (nil for null).
    static func stored(_ table: ResultTable, row: Int, column: Int) -> String? {
        phrase(table, row: row, column: column) ?? raw(table.columns[column], table.formats[column], row: row)
    }

    /// The column csv and json add after the others when a result has total rows:
    /// `true` on a total row, `false` on the rest. A total row's group cells stay
    /// empty (null), as a grand total has no group, and a group whose value is the
    /// word "total" still reads as a group.
    static let totalColumn = "is_total"

    /// Whether csv and json add `totalColumn`: when the result has a total row, which
    /// depends on the statement (a `by`, a pivot, a report), not on the data.
    static func marksTotals(_ table: ResultTable) -> Bool {
        table.totalRows.contains { $0 >= 0 && $0 < table.rowCount }
    }

    /// Where a table or markdown says `total`: a total row has no group values (empty
    /// in csv and null in json, which mark it with `is_total`), so its first empty text
    /// cell is labelled, unless some cell already reads `total`. Row → column.
    static func totalLabels(_ table: ResultTable) -> [Int: Int] {
        let columns = table.columns
        var labels: [Int: Int] = [:]
        for row in table.totalRows where row >= 0 && row < table.rowCount {
            let labelled = columns.indices.contains {
                display(columns[$0], table.formats[$0], row: row) == "total"
            }
            let blank = columns.indices.first {
                columns[$0].isNull(row) && !isNumeric(columns[$0]) && phrase(table, row: row, column: $0) == nil
            }
            if !labelled, let blank { labels[row] = blank }
        }
        return labels
    }

    static func isNumeric(_ column: Column) -> Bool {
        switch column.values {
        case .int, .double: true
        default: false
        }
    }

    /// `x` with exactly `digits` decimals, rounded half away from zero, no locale.
    static func fixed(_ x: Double, _ digits: Int) -> String {
        guard x.isFinite else { return "n/a" }
        var scale = 1.0
        for _ in 0..<max(0, digits) { scale *= 10 }
        let scaled = (abs(x) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e18 else { return shortest(x) }
        let n = Int64(scaled)
        let negative = x < 0 && n != 0
        let whole = n / Int64(scale)
        var text = String(whole)
        if digits > 0 {
            let frac = String(n % Int64(scale))
            text += "." + String(repeating: "0", count: digits - frac.count) + frac
        }
        return negative ? "-" + text : text
    }

    /// The shortest text that reads back as the same double; integers without ".0".
    static func shortest(_ x: Double) -> String { NumberText.shortest(x) }
}
