import FunnelDomain
import FunnelStore
import FunnelSyntax

/// `count TABLE ...` and `count, sum f, avg f, min f, max f from TABLE ...`, with `by`.
struct AggregateExecutor {
    let context: ExecutionContext

    func run(_ aggregate: BoundAggregate) -> ResultTable {
        let columns = context.columns(asOf: aggregate.asOf)
        var rows = context.existing(aggregate.table, asOf: aggregate.asOf)
        if let condition = aggregate.condition {
            rows = rows & ConditionEvaluator(columns: columns, table: aggregate.table).evaluate(condition)
        }
        let keys = aggregate.keys.map { key(of: $0, columns) }
        let grouping = Grouping(keys: keys, selections: [rows])
        let aggregator = Aggregator(groupOfRow: grouping.groupOfRow.first ?? [], groupCount: grouping.groupCount)

        // One row per group, in the groups' natural order.
        var values: [Column] = []
        var formats: [ValueFormat] = []
        for item in aggregate.items {
            guard let field = item.field else {
                let counts = aggregator.count()
                values.append(Column(name: item.name, values: .int(counts), present: nil, count: counts.count))
                formats.append(.plain)
                continue
            }
            let (column, format) = aggregator.aggregate(item.function, of: columns.column(field), name: item.name)
            values.append(column)
            formats.append(format)
        }
        return AggregateExecutor.table(aggregate, keys: keys, grouping: grouping, values: values, formats: formats)
    }

    /// An aggregate's table from its groups and a value column per item, in the groups'
    /// own order: the key columns, then `order by` and `limit` picking the rows, and the
    /// `(none)` / `(no card)` marks following them. The SQL engine lays out the groups the
    /// database counted with it too.
    static func table(_ aggregate: BoundAggregate, keys: [GroupKey], grouping: Grouping, values: [Column],
                      formats: [ValueFormat]) -> ResultTable {
        let order = grouping.order.map(Int32.init)
        var keyColumns: [Column] = []
        for (k, key) in keys.enumerated() {
            let ids = order.map { group in grouping.keyIDs[k][Int(group)] }
            keyColumns.append(key.values.gathered(ids.map { id in
                if case .value(let index) = key.meaning(of: id) { return Int32(index) }
                return -1
            }, name: key.name))
        }
        var table = ResultTable(columns: keyColumns + values.map { $0.gathered(order) },
                                formats: [ValueFormat](repeating: .plain, count: keys.count) + formats)

        // order by and limit pick the rows; the group marks follow them.
        var shown = (0..<Int32(table.rowCount)).map { $0 }
        if !aggregate.order.isEmpty {
            let sortKeys = aggregate.order.compactMap { item -> RowSorter.Key? in
                table.columns.indices.contains(item.column)
                    ? RowSorter.Key(column: table.columns[item.column], descending: item.descending) : nil
            }
            shown = RowSorter.sort(shown, by: sortKeys)
        }
        if let limit = aggregate.limit { shown = Array(shown.prefix(limit)) }
        if shown != (0..<Int32(table.rowCount)).map({ $0 }) {
            table = ResultTable(columns: table.columns.map { $0.gathered(shown) }, formats: table.formats)
        }
        for (k, key) in keys.enumerated() {
            for (row, position) in shown.enumerated() {
                let group = Int(order[Int(position)])
                switch key.meaning(of: grouping.keyIDs[k][group]) {
                case .value: break
                case .missing: table.phrases[ResultCell(row: row, column: k)] = .group(.missing)
                case .noCard: table.phrases[ResultCell(row: row, column: k)] = .group(.noCard)
                }
            }
        }
        return table
    }

    /// `... by A, B pivot`: one pivot per aggregate (one table each, titled by the
    /// aggregate's column name when there are several). A cell is the aggregate over the
    /// rows of its two groups; a combination no row has is 0 for a count or a sum and
    /// empty otherwise; the totals are the aggregate over the whole row, column or
    /// selection (so an average's total is the average of its rows, not of the cells).
    func pivot(_ aggregate: BoundAggregate) -> StatementResult {
        let columns = context.columns(asOf: aggregate.asOf)
        var rows = context.existing(aggregate.table, asOf: aggregate.asOf)
        if let condition = aggregate.condition {
            rows = rows & ConditionEvaluator(columns: columns, table: aggregate.table).evaluate(condition)
        }
        let keys = aggregate.keys.map { key(of: $0, columns) }
        guard keys.count == 2 else { return .table(run(aggregate)) }
        let both = Grouping(keys: keys, selections: [rows])
        let down = Grouping(keys: [keys[0]], selections: [rows])
        let across = Grouping(keys: [keys[1]], selections: [rows])
        let all = Grouping(keys: [], selections: [rows])
        // Each axis position by its key's id.
        func positions(_ grouping: Grouping) -> [Int32: Int] {
            var found: [Int32: Int] = [:]
            for (position, group) in grouping.order.enumerated() { found[grouping.keyIDs[0][group]] = position }
            return found
        }
        func axis(_ grouping: Grouping, _ key: GroupKey) -> PivotTable.Axis {
            PivotTable.Axis(name: key.name, labels: grouping.order.map { group in
                switch key.meaning(of: grouping.keyIDs[0][group]) {
                case .value(let index): .text(key.values.text(at: index) ?? "")
                case .missing: .mark(.missing)
                case .noCard: .mark(.noCard)
                }
            })
        }
        let rowOf = positions(down), columnOf = positions(across)
        var tables: [ResultTable] = []
        for item in aggregate.items {
            let sums = item.function == .count || item.function == .sum
            func values(_ grouping: Grouping) -> ([Double?], Bool, ValueFormat) {
                let aggregator = Aggregator(groupOfRow: grouping.groupOfRow.first ?? [], groupCount: grouping.groupCount)
                let column: Column
                let format: ValueFormat
                if let field = item.field {
                    (column, format) = aggregator.aggregate(item.function, of: columns.column(field), name: item.name)
                } else {
                    let counts = aggregator.count()
                    (column, format) = (Column(name: item.name, values: .int(counts), present: nil, count: counts.count),
                                        .plain)
                }
                switch column.values {
                case .int(let numbers):
                    return (numbers.indices.map { column.isNull($0) ? nil : Double(numbers[$0]) }, true, format)
                case .double(let numbers):
                    return (numbers.indices.map { column.isNull($0) ? nil : numbers[$0] }, false, format)
                default:
                    return (Array(repeating: nil, count: column.count), false, format)
                }
            }
            let (cells, cellsIntegral, format) = values(both)
            let (rowTotals, rowsIntegral, _) = values(down)
            let (columnTotals, columnsIntegral, _) = values(across)
            let (whole, wholeIntegral, _) = values(all)
            var pivot = PivotTable(rows: axis(down, keys[0]), columns: axis(across, keys[1]), empty: sums ? 0 : nil,
                                   integral: cellsIntegral && rowsIntegral && columnsIntegral && wholeIntegral,
                                   format: format)
            for group in 0..<both.groupCount {
                guard let r = rowOf[both.keyIDs[0][group]], let c = columnOf[both.keyIDs[1][group]] else { continue }
                pivot.cells[r][c] = cells[group]
            }
            for (position, group) in down.order.enumerated() { pivot.rowTotals[position] = rowTotals[group] }
            for (position, group) in across.order.enumerated() { pivot.columnTotals[position] = columnTotals[group] }
            pivot.total = whole.first ?? nil
            tables.append(pivot.result(title: item.name))
        }
        return tables.count == 1 ? .table(tables[0]) : .tables(tables)
    }

    private func key(of key: BoundAggregate.Key, _ columns: FieldColumns) -> GroupKey {
        switch key {
        case .field(let field):
            groupKey(field, name: field.name, columns) { GroupKey($0, name: field.name) }
        case .grain(let field, let grain, let label):
            groupKey(field, name: label, columns) { GroupKey($0, grain: grain, name: label) }
        }
    }

    /// The key of a field; a card's field reached from follow-ups or traffic is the
    /// cards' key carried over the links, so rows without a card are `(no card)`
    /// here as in a KPI's groups, not `(none)`.
    /// `name` heads the key's column: the field's, or the grain's label (`hour(customer.created)`).
    private func groupKey(_ field: BoundField, name: String, _ columns: FieldColumns,
                          _ make: (Column) -> GroupKey) -> GroupKey {
        if case .card(let inner, let table) = field.source, let links = context.dataset.links.cardOfRow(in: table) {
            let cards = make(columns.column(inner))
            return GroupKey(name: name, reaching: cards, through: links)
        }
        return make(columns.column(field))
    }
}
