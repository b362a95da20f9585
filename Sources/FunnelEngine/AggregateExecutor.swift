import FunnelDomain
import FunnelStore
import FunnelSyntax

/// `count TABLE ...` and `count, sum f, avg f, min f, max f from TABLE ...`, with `by`.
struct AggregateExecutor {
    let scope: TableScope
    let binder: ValueBinder

    func run(items: [AggregateItem], clauses: Clauses) throws(EvaluationError) -> ResultTable {
        var rows = scope.context.existing(scope)
        if let condition = clauses.condition {
            rows = rows & (try ConditionEvaluator(scope: scope, binder: binder).evaluate(condition))
        }
        var keys: [GroupKey] = []
        for group in clauses.groups { keys.append(try groupKey(group)) }
        let grouping = Grouping(keys: keys, rows: rows)
        let groupCount = grouping.groupCount
        let aggregator = Aggregator(grouping: grouping)

        var columns: [Column] = []
        var formats: [ValueFormat] = []
        for item in items {
            let name = item.field.map { "\(item.function.rawValue)_\($0.text)" } ?? item.function.rawValue
            if item.function == .count, item.field == nil {
                let counts = aggregator.count()
                columns.append(Column(name: name, values: .int(counts), present: nil, count: counts.count))
                formats.append(.plain)
                continue
            }
            guard let path = item.field else { continue }
            let field = try scope.resolve(path)
            let (column, format) = try aggregator.aggregate(item.function, of: field, name: name, at: item.range)
            columns.append(column)
            formats.append(format)
        }

        var order = keys.isEmpty ? [0] : grouping.sortedGroups()
        var all = keys.isEmpty ? [] : grouping.keyColumns(order: order)
        var allFormats = [ValueFormat](repeating: .plain, count: all.count)
        if !keys.isEmpty {
            columns = columns.map { $0.gathered(order.map(Int32.init)) }
        }
        all += columns
        allFormats += formats
        order = Array(0..<groupCount)

        var result = ResultTable(columns: all, formats: allFormats)
        if !clauses.order.isEmpty {
            var sortKeys: [RowSorter.Key] = []
            for item in clauses.order {
                guard let column = result.columns.first(where: { $0.name == item.field.text }) else {
                    throw EvaluationError("'\(item.field.text)' is not a column of this result; order by one of "
                                          + result.columnNames.joined(separator: ", "), at: item.field.range)
                }
                sortKeys.append(RowSorter.Key(column: column, descending: item.descending))
            }
            let sorted = RowSorter.sort(order.map(Int32.init), by: sortKeys)
            result = ResultTable(columns: result.columns.map { $0.gathered(sorted) }, formats: result.formats)
        }
        if let limit = clauses.limit, limit.count < result.rowCount {
            let kept = (0..<Int32(limit.count)).map { $0 }
            result = ResultTable(columns: result.columns.map { $0.gathered(kept) }, formats: result.formats)
        }
        return result
    }

    private func groupKey(_ group: GroupItem) throws(EvaluationError) -> GroupKey {
        switch group {
        case .field(let path):
            return GroupKey(field: try scope.resolve(path))
        case .grain(let name, let path):
            guard let grain = PeriodGrain(name: name.text) else {
                throw EvaluationError("'\(name.text)' is not a grain: use day, week, month, quarter or year",
                                      at: name.range)
            }
            let fieldPath: FieldPath
            if let path {
                fieldPath = path
            } else {
                // A bare grain: a field of that name if the table has one, else the table's own date.
                if let field = try? scope.resolve(FieldPath([name])) { return GroupKey(field: field) }
                guard let primary = scope.primaryDateField else {
                    throw EvaluationError("\(scope.schema.name) has no date to group by", at: name.range)
                }
                fieldPath = FieldPath([Name(primary, name.range)])
            }
            let field = try scope.resolve(fieldPath)
            guard case .date = field.column.type else {
                throw EvaluationError("\(name.text)( ) needs a date field; \(field.name) is \(field.column.type)",
                                      at: fieldPath.range)
            }
            let label = path == nil ? grain.rawValue : "\(grain.rawValue)(\(field.name))"
            return GroupKey(field: field, grain: grain, label: label)
        }
    }
}
