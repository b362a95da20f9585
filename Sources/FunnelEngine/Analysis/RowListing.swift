import FunnelStore
import FunnelSyntax

/// The rows behind a number (a KPI term, a funnel stage, a work list) as a table of
/// their fields, in table order, honouring `order by` and `limit`.
struct RowListing {
    let input: AnalysisInput

    /// What a listed card shows.
    static let cardFields = ["id", "name", "phone", "model", "channel", "consultant", "created", "grade", "status"]

    func table(_ rows: Bitmap, of tableName: String, fields: [String]? = nil) throws(EvaluationError) -> ResultTable {
        let dataset = input.context.dataset
        guard let table = dataset.table(named: tableName) else {
            throw EvaluationError("no table \(tableName)", at: SourceRange(0, 0))
        }
        let scope = input.context.scope(of: table, asOf: input.asOf)
        let names = fields ?? (tableName == "customers" ? RowListing.cardFields : table.columnNames)
        var order = rows.rows.map { Int32($0) }
        if !input.clauses.order.isEmpty {
            var keys: [RowSorter.Key] = []
            for item in input.clauses.order {
                keys.append(RowSorter.Key(column: try scope.resolve(item.field).column, descending: item.descending))
            }
            order = RowSorter.sort(order, by: keys)
        }
        if let limit = input.clauses.limit { order = Array(order.prefix(limit.count)) }
        var columns: [Column] = []
        for name in names {
            let field = try scope.resolve(FieldPath([Name(name, SourceRange(0, 0))]))
            columns.append(field.column.gathered(order, name: field.name))
        }
        return ResultTable(columns: columns)
    }
}
