import FunnelStore
import FunnelSyntax

/// The rows behind a number (a KPI term, a funnel stage, a work list) as a table of
/// their fields, in table order, honouring `order by` and `limit`.
struct RowListing {
    let input: AnalysisInput

    func table(_ rows: Bitmap, of tableName: String, fields: [String]? = nil) throws(EvaluationError) -> ResultTable {
        let dataset = input.context.dataset
        guard let table = dataset.table(named: tableName) else {
            throw EvaluationError("no table \(tableName)", at: SourceRange(0, 0))
        }
        let scope = input.context.scope(of: table, asOf: input.asOf)
        let names = fields ?? (tableName == "customers" ? SelectExecutor.cardView : table.columnNames)
        let order = try SelectExecutor(scope: scope, binder: input.binder).arrange(rows, clauses: input.clauses)
        var columns: [Column] = []
        for name in names {
            let field = try scope.resolve(FieldPath([Name(name, SourceRange(0, 0))]))
            columns.append(field.column.gathered(order, name: field.name))
        }
        return ResultTable(columns: columns)
    }
}
