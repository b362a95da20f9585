import FunnelDomain
import FunnelStore

/// `kpi ... by A, B pivot` in SQL: the KPI by both items, by each alone and in total
/// (`SQLKPIRows`), laid out as `KPIExecutor.pivot` lays it out.
extension SQLEngine {
    private enum AxisKey: Hashable {
        case text(String)
        case mark(GroupMark)

        init(_ label: GroupValueLabel) {
            switch label {
            case .text(let text): self = .text(text)
            case .mark(let mark): self = .mark(mark)
            }
        }
    }

    func kpiPivot(_ statement: BoundKPI, _ pivot: BoundPivot, cycles: FollowupCycles) throws -> StatementResult {
        let full = statement.breakdown
        var rowsAlone = BoundBreakdown(grain: nil, fields: Array(full.fields.prefix(1)))
        var columnsAlone = BoundBreakdown(grain: nil, fields: Array(full.fields.dropFirst().prefix(1)))
        if full.grain != nil {
            rowsAlone = pivot.grainFirst ? BoundBreakdown(grain: full.grain) : BoundBreakdown(fields: full.fields)
            columnsAlone = pivot.grainFirst ? BoundBreakdown(fields: full.fields) : BoundBreakdown(grain: full.grain)
        }
        func with(_ breakdown: BoundBreakdown, _ kpis: [KPIDefinition]) -> BoundKPI {
            BoundKPI(kpis: kpis, window: statement.window, filter: statement.filter, breakdown: breakdown)
        }
        // Which label of a row of `both` each axis reads: with a grain, the piece is first.
        let grainFirstInRow = full.grain != nil
        let rowLabel = full.grain != nil && pivot.grainFirst ? 0 : (grainFirstInRow ? 1 : 0)
        let columnLabel = full.grain == nil ? 1 : (pivot.grainFirst ? 1 : 0)

        var tables: [ResultTable] = []
        for kpi in statement.kpis {
            let both = try kpiRows(with(full, [kpi]), cycles: cycles)
            let down = try kpiRows(with(rowsAlone, [kpi]), cycles: cycles)
            let across = try kpiRows(with(columnsAlone, [kpi]), cycles: cycles)
            let kind = kpi.kind
            func axis(_ found: SQLKPIRows) -> (PivotTable.Axis, [AxisKey: Int], [KPIValue]) {
                var labels: [GroupValueLabel] = []
                var positions: [AxisKey: Int] = [:]
                var totals: [KPIValue] = []
                for row in found.rows.first ?? [] {
                    guard let label = row.labels.first, positions[AxisKey(label)] == nil else { continue }
                    positions[AxisKey(label)] = labels.count
                    labels.append(label)
                    totals.append(row.value)
                }
                return (PivotTable.Axis(name: found.names.first ?? "group", labels: labels), positions, totals)
            }
            let (rows, rowOf, rowTotals) = axis(down)
            let (columns, columnOf, columnTotals) = axis(across)
            var table = PivotTable(rows: rows, columns: columns, empty: kind == .rate ? nil : 0,
                                   integral: kind == .count, format: KPITableBuilder.format(of: kind))
            for row in both.rows.first ?? [] {
                guard rowLabel < row.labels.count, columnLabel < row.labels.count,
                      let r = rowOf[AxisKey(row.labels[rowLabel])],
                      let c = columnOf[AxisKey(row.labels[columnLabel])] else { continue }
                table.cells[r][c] = row.value.value
            }
            table.rowTotals = rowTotals.map(\.value)
            table.columnTotals = columnTotals.map(\.value)
            table.total = both.totals.first?.value
            // The notes of `both` for this KPI without the traffic note, which follows for all the KPIs.
            let traffic = try trafficNotes(statement.kpis, statement.filter, statement.window, cycles: cycles)
            let ownTraffic = try trafficNotes([kpi], statement.filter, statement.window, cycles: cycles)
            let kpiNotes = Array(both.notes.dropLast(ownTraffic.count))
            let notes = [ResultPhrase.pivotCells(kpi: kpi.name, isRate: kind == .rate)] + kpiNotes + traffic
            tables.append(table.result(notes: notes, preamble: [.pivotHeading(kpi: kpi.name, window: statement.window)],
                                       title: kpi.name))
        }
        return tables.count == 1 ? .table(tables[0]) : .tables(tables)
    }
}
