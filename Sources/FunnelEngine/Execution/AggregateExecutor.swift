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
        let keys = aggregate.keys.map { key -> GroupKey in
            switch key {
            case .field(let field):
                groupKey(field, columns) { GroupKey($0, name: field.name) }
            case .grain(let field, let grain, let label):
                groupKey(field, columns) { GroupKey($0, grain: grain, name: label) }
            }
        }
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

    /// The key of a field; a card's field reached from follow-ups or traffic is the
    /// cards' key carried over the links, so rows without a card are `(no card)`
    /// here as in a KPI's groups, not `(none)`.
    private func groupKey(_ field: BoundField, _ columns: FieldColumns, _ make: (Column) -> GroupKey) -> GroupKey {
        if case .card(let inner, let table) = field.source, let links = context.dataset.links.cardOfRow(in: table) {
            let cards = make(columns.column(inner))
            return GroupKey(name: field.name, reaching: cards, through: links)
        }
        return make(columns.column(field))
    }
}
