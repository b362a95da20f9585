import FunnelStore

/// A grouped result reshaped (`... by A, B pivot`): A's groups down the rows, B's across
/// the columns, each cell the value of its two groups; then a total column, each row's
/// value over its whole row, and a total row, each column's value over its whole
/// column, and the whole's value in the corner. The totals are the value over the
/// rows they cover (a KPI over the row, an average over the row's rows), never sums
/// of the cells, so they equal the statement's totals without the pivot.
///
/// Rows and columns come in group order: values, then `(none)`, then `(no card)`. The
/// column of a group without a value is headed by its phrase; the total row is
/// marked as every total row is (null label in csv and json, `total` in a table).
struct PivotTable {
    /// The axis of the rows or the columns: what each position stands for.
    struct Axis {
        /// The rows' label column's name (`consultant`, `month`).
        let name: String
        let labels: [GroupValueLabel]
    }

    let rows: Axis
    let columns: Axis
    /// `cells[row][column]`; `nil` for no value (undefined, or nothing to count).
    var cells: [[Double?]]
    var rowTotals: [Double?]
    var columnTotals: [Double?]
    var total: Double?
    /// Whole numbers (counts): integer columns.
    let integral: Bool
    let format: ValueFormat

    /// An empty pivot of these axes, every cell `empty`.
    init(rows: Axis, columns: Axis, empty: Double?, integral: Bool, format: ValueFormat) {
        self.rows = rows
        self.columns = columns
        cells = rows.labels.map { _ in columns.labels.map { _ in empty } }
        rowTotals = rows.labels.map { _ in empty }
        columnTotals = columns.labels.map { _ in empty }
        total = empty
        self.integral = integral
        self.format = format
    }

    func result(notes: [ResultPhrase] = [], preamble: [ResultPhrase] = [], title: String? = nil) -> ResultTable {
        var label = ResultColumnBuilder(rows.name, .text)
        for row in rows.labels { label.append(group: row) }
        label.append(text: nil)
        func values(_ name: String, _ column: [Double?], _ total: Double?) -> ResultColumnBuilder {
            var builder = ResultColumnBuilder(name, integral ? .integer : .number, format: format)
            for value in column + [total] {
                if integral {
                    builder.append(integer: value.flatMap { $0.isFinite ? Int(exactly: $0.rounded()) : nil })
                } else {
                    builder.append(number: value)
                }
            }
            return builder
        }
        var builders = [label]
        var headers: [Int: ResultPhrase] = [:]
        for (c, column) in columns.labels.enumerated() {
            let name: String
            switch column {
            case .text(let text): name = text
            case .mark(let mark):
                name = ""
                headers[builders.count] = .group(mark)
            }
            builders.append(values(name, cells.map { c < $0.count ? $0[c] : nil }, columnTotals[c]))
        }
        builders.append(values("total", rowTotals, total))
        var table = ResultTable(builders, totalRows: [rows.labels.count], notes: notes, title: title)
        table.columnPhrases = headers
        table.pivotField = columns.name
        table.preamble = preamble
        return table
    }
}
