/// What running a statement gives the front end to show.
public enum StatementResult: Sendable {
    case table(ResultTable)
    /// A report in several parts (inventory and where its deliveries came from).
    case tables([ResultTable])
    /// Help and other prose.
    case text(String)
    /// Nothing to show (`let`).
    case none
    /// A statement's result drawn (`chart`): the front end writes it to a file, or
    /// as an HTML page where results go.
    case chart(ChartResult)

    /// The result with `notes` under its (last) table; text and nothing stay as they are.
    func noting(_ notes: [ResultPhrase]) -> StatementResult {
        guard !notes.isEmpty else { return self }
        switch self {
        case .table(var table):
            table.notes += notes
            return .table(table)
        case .tables(var tables):
            guard let last = tables.indices.last else { return self }
            tables[last].notes += notes
            return .tables(tables)
        case .chart(var chart):
            chart.table.notes += notes
            return .chart(chart)
        case .text, .none:
            return self
        }
    }
}
