import FunnelDomain

/// `chart funnel ...` and `chart kpi ...`: runs the statement the chart draws with its
/// own executor, so the chart's table is that statement's result, then says which of
/// its rows and columns the drawing shows.
struct ChartExecutor {
    let context: ExecutionContext

    func run(_ statement: BoundChart) throws(EvaluationError) -> ChartResult {
        switch statement.subject {
        case .funnel(let window, let filter, let field):
            return ChartExecutor.result(statement, table: try FunnelReportTable(context: context).run(window, filter,
                                                                                                         by: field))
        case .kpi(let kpi, _):
            return ChartExecutor.result(statement, table: try KPIExecutor(context: context).run(kpi))
        }
    }

    /// The chart of `statement` drawn from `table`, its subject's result as any engine
    /// gives it (the SQL engine runs the subject in the database and draws it here).
    static func result(_ statement: BoundChart, table: ResultTable) -> ChartResult {
        switch statement.subject {
        case .funnel(let window, _, let field):
            ChartResult(table: table, chart: funnel(table, window, by: field), file: statement.file)
        case .kpi(let kpi, let definition):
            ChartResult(table: table, chart: self.kpi(table, kpi, definition), file: statement.file)
        }
    }

    private static func funnel(_ table: ResultTable, _ window: AsOfPeriod, by field: BoundGroupField?) -> Chart {
        let names = table.columnNames
        func column(_ name: String) -> Int? { names.firstIndex(of: name) }
        let drawn = (0..<table.rowCount).filter { !table.totalRows.contains($0) }
        guard let field else {
            return Chart(subject: .funnel(window), rows: drawn, labelColumn: column("stage") ?? 0,
                         secondLabelColumn: column("中文"), valueColumns: column("count").map { [$0] } ?? [],
                         captionColumns: ["of_previous", "of_new_cards", "skipped"].compactMap(column))
        }
        return Chart(subject: .funnelByGroup(window, field: field.field.name), rows: drawn, labelColumn: 0,
                     valueColumns: FunnelStageKind.allCases.compactMap { column($0.rawValue) },
                     captionColumns: column("delivered_of_new").map { [$0] } ?? [],
                     totalRow: table.totalRows.min())
    }

    private static func kpi(_ table: ResultTable, _ statement: BoundKPI, _ definition: KPIDefinition) -> Chart {
        let names = table.columnNames
        // kpi, period, then the one group column.
        let label = 2
        let subject: Chart.Subject
        if let grain = statement.breakdown.grain {
            subject = .trend(definition, statement.window, grain: grain)
        } else {
            subject = .groups(definition, statement.window,
                              field: names.indices.contains(label) ? names[label] : "group")
        }
        return Chart(subject: subject, rows: (0..<table.rowCount).filter { !table.totalRows.contains($0) },
                     labelColumn: label, valueColumns: names.firstIndex(of: "value").map { [$0] } ?? [],
                     totalRow: table.totalRows.min())
    }
}
