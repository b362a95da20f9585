import FunnelDomain
import FunnelStore

/// `count ... by A, B pivot` in SQL: the aggregate by both keys, by each alone and over
/// everything (four grouped queries), laid out as `AggregateExecutor.pivot` lays them out.
extension SQLEngine {
    /// What a group of a key stands for, the same whichever query found it.
    private enum Label: Hashable {
        case text(String)
        case missing
        case noCard
    }

    private static func label(_ key: GroupKey, _ id: Int32) -> Label {
        switch key.meaning(of: id) {
        case .value(let index): .text(key.values.text(at: index) ?? "")
        case .missing: .missing
        case .noCard: .noCard
        }
    }

    func pivot(_ aggregate: BoundAggregate, cycles: FollowupCycles) throws -> StatementResult {
        guard aggregate.keys.count == 2 else { return .table(try self.aggregate(aggregate, cycles: cycles)) }
        let both = try groups(aggregate, keys: aggregate.keys, cycles: cycles)
        let down = try groups(aggregate, keys: [aggregate.keys[0]], cycles: cycles)
        let across = try groups(aggregate, keys: [aggregate.keys[1]], cycles: cycles)
        let all = try groups(aggregate, keys: [], cycles: cycles)
        func positions(_ found: Groups) -> [Label: Int] {
            var result: [Label: Int] = [:]
            guard let key = found.keys.first else { return result }
            for (position, group) in found.grouping.order.enumerated() {
                result[SQLEngine.label(key, found.grouping.keyIDs[0][group])] = position
            }
            return result
        }
        func axis(_ found: Groups) -> PivotTable.Axis {
            guard let key = found.keys.first else { return PivotTable.Axis(name: "", labels: []) }
            return PivotTable.Axis(name: key.name, labels: found.grouping.order.map { group in
                switch key.meaning(of: found.grouping.keyIDs[0][group]) {
                case .value(let index): .text(key.values.text(at: index) ?? "")
                case .missing: .mark(.missing)
                case .noCard: .mark(.noCard)
                }
            })
        }
        let rowOf = positions(down), columnOf = positions(across)
        var tables: [ResultTable] = []
        for (index, item) in aggregate.items.enumerated() {
            let sums = item.function == .count || item.function == .sum
            func values(_ found: Groups) -> ([Double?], Bool, ValueFormat) {
                guard index < found.items.count else { return ([], false, .plain) }
                let (column, format) = found.items[index]
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
            var pivot = PivotTable(rows: axis(down), columns: axis(across), empty: sums ? 0 : nil,
                                   integral: cellsIntegral && rowsIntegral && columnsIntegral && wholeIntegral,
                                   format: format)
            if both.keys.count == 2 {
                for group in 0..<both.grouping.groupCount where group < cells.count {
                    guard let r = rowOf[SQLEngine.label(both.keys[0], both.grouping.keyIDs[0][group])],
                          let c = columnOf[SQLEngine.label(both.keys[1], both.grouping.keyIDs[1][group])] else { continue }
                    pivot.cells[r][c] = cells[group]
                }
            }
            for (position, group) in down.grouping.order.enumerated() where group < rowTotals.count {
                pivot.rowTotals[position] = rowTotals[group]
            }
            for (position, group) in across.grouping.order.enumerated() where group < columnTotals.count {
                pivot.columnTotals[position] = columnTotals[group]
            }
            pivot.total = whole.first ?? nil
            tables.append(pivot.result(title: item.name))
        }
        // What the statement read is noted under the last table, as the session notes it.
        if let last = tables.indices.last { tables[last].notes += both.notes }
        return tables.count == 1 ? .table(tables[0]) : .tables(tables)
    }
}
