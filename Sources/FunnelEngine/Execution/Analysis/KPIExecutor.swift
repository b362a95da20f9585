import FunnelDomain
import FunnelStore
import FunnelSyntax

/// `kpi NAME[, NAME...] for PERIOD [by FIELD[, FIELD] | by GRAIN] [where ...] [as of DATE]`.
///
/// One row per KPI and group, then the KPI's total row: the KPI over every group
/// together. In csv and json a total row has null in its group columns (as SQL's
/// ROLLUP does); a table shows `total` there.
struct KPIExecutor {
    let context: ExecutionContext

    func run(_ statement: BoundKPI) throws(EvaluationError) -> ResultTable {
        let window = statement.window
        let scope = context.scope(statement.filter, asOf: window.today)
        let breakdown = try KPIBreakdown(context: context, window: window, scope: scope, breakdown: statement.breakdown)
        var table = KPITableBuilder(groupNames: breakdown.names)
        for kpi in statement.kpis {
            for row in breakdown.rows(kpi) {
                table.append(kpi: kpi, period: window.period, groups: breakdown.labels(of: row), value: row.value)
            }
            table.append(kpi: kpi, period: window.period, groups: nil, value: breakdown.total(kpi))
        }
        return table.result(notes: breakdown.notes(statement.kpis) + context.trafficNotes(statement.kpis, statement.filter, statement.window))
    }
}

/// Rows of KPI values: `kpi`, `period`, the group columns, `numerator`,
/// `denominator`, `value`.
struct KPITableBuilder {
    let groupNames: [String]
    private var kpi = ResultColumnBuilder("kpi", .text)
    private var period = ResultColumnBuilder("period", .text)
    private var groups: [ResultColumnBuilder]
    private var numerator = ResultColumnBuilder("numerator", .integer)
    private var denominator = ResultColumnBuilder("denominator", .number)
    private var value = ResultColumnBuilder("value", .number)
    private var denominatorFormats: [ValueFormat] = []
    private var valueFormats: [ValueFormat] = []
    private var totals: Set<Int> = []

    init(groupNames: [String]) {
        self.groupNames = groupNames
        groups = groupNames.map { ResultColumnBuilder($0, .text) }
    }

    /// `groups == nil` is a total row.
    mutating func append(kpi definition: KPIDefinition, period label: Period, groups labels: [GroupValueLabel]?,
                         value result: KPIValue) {
        if labels == nil, !groupNames.isEmpty { totals.insert(kpi.count) }
        kpi.append(text: definition.name)
        period.append(text: label.label)
        for index in groups.indices {
            if let labels, index < labels.count {
                groups[index].append(group: labels[index])
            } else {
                groups[index].append(text: nil)
            }
        }
        numerator.append(integer: result.numerator)
        denominator.append(number: result.denominator)
        value.append(number: result.value)
        denominatorFormats.append(definition.kind == .count ? .plain : .compact)
        valueFormats.append(KPITableBuilder.format(of: definition.kind))
    }

    static func format(of kind: KPIKind) -> ValueFormat {
        switch kind {
        case .rate: .percent(1)
        case .average: .decimal(2)
        case .count: .compact
        }
    }

    func result(notes: [ResultPhrase]) -> ResultTable {
        var denominator = self.denominator
        denominator.format = .perRow(denominatorFormats)
        var value = self.value
        value.format = .perRow(valueFormats)
        return ResultTable([kpi, period] + groups + [numerator, denominator, value], totalRows: totals, notes: notes)
    }
}

/// `kpi ... by A, B pivot`: A's groups (or P's pieces) down, B's across.
extension KPIExecutor {
    /// What a pivot's row or column stands for: a piece of P, or a group's value.
    private enum AxisKey: Hashable {
        case piece(String)
        case group(GroupValue)
    }

    /// One pivot per KPI (one table each, titled by the KPI when there are several). A
    /// cell is the KPI's value for its two groups (a rate as a number from 0 to 1 in csv
    /// and json); the total column is the KPI by the rows' item alone, the total row by
    /// the columns' alone, the corner the KPI over everything: the KPI over the cards
    /// of the row or column, never a sum or mean of the cells' rates.
    func pivot(_ statement: BoundKPI, _ pivot: BoundPivot) throws(EvaluationError) -> StatementResult {
        let window = statement.window
        let scope = context.scope(statement.filter, asOf: window.today)
        let full = statement.breakdown
        let both = try KPIBreakdown(context: context, window: window, scope: scope, breakdown: full)
        // The rows' item and the columns' item, each alone.
        var rowsAlone = BoundBreakdown(grain: nil, fields: Array(full.fields.prefix(1)))
        var columnsAlone = BoundBreakdown(grain: nil, fields: Array(full.fields.dropFirst().prefix(1)))
        if full.grain != nil {
            rowsAlone = pivot.grainFirst ? BoundBreakdown(grain: full.grain) : BoundBreakdown(fields: full.fields)
            columnsAlone = pivot.grainFirst ? BoundBreakdown(fields: full.fields) : BoundBreakdown(grain: full.grain)
        }
        let down = try KPIBreakdown(context: context, window: window, scope: scope, breakdown: rowsAlone)
        let across = try KPIBreakdown(context: context, window: window, scope: scope, breakdown: columnsAlone)

        /// The key of an item of a row of `breakdown`: its piece, or its group's value of field `k`.
        func key(_ row: KPIBreakdown.Row, in breakdown: KPIBreakdown, field k: Int?) -> AxisKey? {
            guard let k else { return row.piece.map { .piece($0.period.label) } }
            guard let group = row.group, let groups = breakdown.groups else { return nil }
            return .group(groups.grouping.value(ofKey: k, at: group))
        }
        // Which field of `both` each axis reads (nil: the piece).
        let rowField: Int? = full.grain != nil && pivot.grainFirst ? nil : 0
        let columnField: Int? = full.grain == nil ? 1 : (pivot.grainFirst ? 0 : nil)

        var tables: [ResultTable] = []
        for kpi in statement.kpis {
            let kind = kpi.kind
            func axis(_ breakdown: KPIBreakdown) -> (PivotTable.Axis, [AxisKey: Int], [KPIValue]) {
                var labels: [GroupValueLabel] = []
                var positions: [AxisKey: Int] = [:]
                var totals: [KPIValue] = []
                for row in breakdown.rows(kpi) {
                    guard let key = key(row, in: breakdown, field: breakdown.grain == nil ? 0 : nil),
                          positions[key] == nil else { continue }
                    positions[key] = labels.count
                    labels.append(breakdown.labels(of: row).first ?? .mark(.missing))
                    totals.append(row.value)
                }
                return (PivotTable.Axis(name: breakdown.names.first ?? "group", labels: labels), positions, totals)
            }
            let (rows, rowOf, rowTotals) = axis(down)
            let (columns, columnOf, columnTotals) = axis(across)
            // A combination no group has: nothing counted, a rate undefined.
            var table = PivotTable(rows: rows, columns: columns, empty: kind == .rate ? nil : 0,
                                   integral: kind == .count, format: KPITableBuilder.format(of: kind))
            for row in both.rows(kpi) {
                guard let r = key(row, in: both, field: rowField).flatMap({ rowOf[$0] }),
                      let c = key(row, in: both, field: columnField).flatMap({ columnOf[$0] }) else { continue }
                table.cells[r][c] = row.value.value
            }
            table.rowTotals = rowTotals.map(\.value)
            table.columnTotals = columnTotals.map(\.value)
            table.total = both.total(kpi).value
            let notes = [ResultPhrase.pivotCells(kpi: kpi.name, isRate: kind == .rate)] + both.notes([kpi])
                + context.trafficNotes(statement.kpis, statement.filter, statement.window)
            tables.append(table.result(notes: notes, preamble: [.pivotHeading(kpi: kpi.name, window: window)],
                                       title: kpi.name))
        }
        return tables.count == 1 ? .table(tables[0]) : .tables(tables)
    }
}
