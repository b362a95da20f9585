import FunnelStore

/// What a statement returns: typed columns, rendered only at the end by the
/// output layer. Columns are the store's own `Column`, so a selected date stays a
/// day number and a count stays an integer until a renderer decides how to show it.
public struct ResultTable: Sendable {
    public var columns: [Column]
    public var formats: [ValueFormat]
    public let rowCount: Int
    /// Rows that are totals rather than groups (a program reading csv/json can tell
    /// them apart by the `total` marker; see docs).
    public var totalRows: Set<Int>
    /// Short lines shown under a table (never in csv or json).
    public var notes: [ResultPhrase]
    /// Lines shown above a table (a formula, a heading), never in csv or json.
    public var preamble: [ResultPhrase] = []
    /// A name for the table when a statement gives several (the key in json).
    public var title: String?
    /// Proportional bars drawn under the table, in table mode only (the funnel).
    public var chart: BarChart?
    /// Cells whose text is a phrase rather than the column's value (null there): a
    /// group of rows with no value or no card, labelled the same way in every
    /// statement and format, or a plan step's words.
    public var phrases: [ResultCell: ResultPhrase] = [:]
    /// Column headers that are a phrase rather than the column's name (a pivot's column
    /// of the rows with no value, `(none)`), the same in every format.
    public var columnPhrases: [Int: ResultPhrase] = [:]
    /// A pivot's: the field whose groups head its value columns (`grade` in `by
    /// consultant, grade pivot`), so the output layer can word those headers as values
    /// of that field in another language. `nil` for every other result.
    public var pivotField: String?

    public init(columns: [Column], formats: [ValueFormat]? = nil, totalRows: Set<Int> = [], notes: [ResultPhrase] = []) {
        self.columns = columns
        self.formats = formats ?? columns.map { _ in .plain }
        rowCount = columns.first?.count ?? 0
        self.totalRows = totalRows
        self.notes = notes
    }

    public var columnNames: [String] { columns.map(\.name) }
}

/// How a value is shown in a table (csv and json keep the raw number).
public enum ValueFormat: Hashable, Sendable {
    case plain
    /// A rate from 0 to 1, shown as a percentage with this many decimals.
    case percent(Int)
    /// A number shown with this many decimals.
    case decimal(Int)
    /// A whole number without decimals, anything else with two (a denominator that is
    /// a count of cards, or a prorated target).
    case compact
    /// A format per row, for a column whose rows mean different things (the value
    /// of several KPIs: a rate, a count, an average).
    indirect case perRow([ValueFormat])
}

/// A cell of a result: its row and column.
public struct ResultCell: Hashable, Sendable {
    public let row: Int
    public let column: Int

    public init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }
}

/// What a group cell without a value stands for.
public enum GroupMark: Hashable, Sendable {
    /// The rows with no value for the field: null, or text of spaces only.
    case missing
    /// Rows grouped by a card field that have no card (traffic that left nothing).
    case noCard
}
