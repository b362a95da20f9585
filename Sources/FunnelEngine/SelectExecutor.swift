import FunnelStore
import FunnelSyntax

/// `select [fields from] table [where] [order by] [limit]`.
struct SelectExecutor {
    let scope: TableScope
    let binder: ValueBinder

    /// The fields `select customers` shows: what identifies a card and where it stands,
    /// rather than all eighteen stored fields (`select *` gives those).
    static let cardView = ["id", "name", "phone", "model", "channel", "consultant", "created", "grade", "status"]

    func run(fields: SelectFields, clauses: Clauses) throws(EvaluationError) -> ResultTable {
        if let first = clauses.groups.first {
            throw EvaluationError("select lists rows and cannot group: use count ... by instead",
                                  at: groupRange(first))
        }
        var rows = scope.context.existing(scope)
        if let condition = clauses.condition {
            rows = rows & (try ConditionEvaluator(scope: scope, binder: binder).evaluate(condition))
        }
        let order = try arrange(rows, clauses: clauses)

        var projected: [ResolvedField] = []
        switch fields {
        case .named(let paths):
            for path in paths { projected.append(try scope.resolve(path)) }
        case .all:
            projected = try defaultFields(star: true, clauses: clauses)
        case .view:
            projected = try defaultFields(star: false, clauses: clauses)
        }
        let columns = projected.map { $0.column.gathered(order, name: $0.name) }
        return ResultTable(columns: columns)
    }

    /// The rows in the statement's `order by`, cut to its `limit` (also for the rows a
    /// KPI term or a work list lists).
    func arrange(_ rows: Bitmap, clauses: Clauses) throws(EvaluationError) -> [Int32] {
        var order = rows.rows.map { Int32($0) }
        if !clauses.order.isEmpty {
            var keys: [RowSorter.Key] = []
            for item in clauses.order {
                keys.append(RowSorter.Key(column: try scope.resolve(item.field).column, descending: item.descending))
            }
            order = RowSorter.sort(order, by: keys)
        }
        if let limit = clauses.limit { order = Array(order.prefix(limit.count)) }
        return order
    }

    /// `select *`: every stored column. `select TABLE`: the table's view, plus any
    /// derived field the condition or ordering uses, so what was asked about shows.
    private func defaultFields(star: Bool, clauses: Clauses) throws(EvaluationError) -> [ResolvedField] {
        var names: [String]
        if star || scope.schema.name != "customers" {
            names = scope.table.columnNames
        } else {
            names = SelectExecutor.cardView
        }
        var mentioned: [FieldPath] = []
        if let condition = clauses.condition { collectFields(condition, into: &mentioned) }
        mentioned += clauses.order.map(\.field)
        var result: [ResolvedField] = []
        for name in names {
            result.append(try scope.resolve(FieldPath([Name(name, SourceRange(0, 0))])))
        }
        for path in mentioned {
            let field = try scope.resolve(path)
            if !result.contains(where: { $0.name == field.name }) { result.append(field) }
        }
        return result
    }

    private func collectFields(_ condition: Condition, into fields: inout [FieldPath]) {
        for predicate in condition.predicates {
            switch predicate {
            case .compare(let f, _, _), .inList(let f, _, _), .inPeriod(let f, _, _), .between(let f, _, _, _),
                 .contains(let f, _, _), .like(let f, _, _), .isNull(let f, _), .isTrue(let f):
                fields.append(f)
            case .and, .or, .not:
                break
            }
        }
    }

    private func groupRange(_ group: GroupItem) -> SourceRange {
        switch group {
        case .field(let f): f.range
        case .grain(let name, let f): f.map { name.range.union($0.range) } ?? name.range
        }
    }
}
