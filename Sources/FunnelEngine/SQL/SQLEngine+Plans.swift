import FunnelDomain
import FunnelStore
import FunnelSyntax

/// `score` and `compare` in SQL: the KPI values of `SQLEngine+KPI.swift`, in the tables
/// `PlanExecutor` makes. `plan` (a delivery plan from a reference period's rates) is refused.
extension SQLEngine {
    func score(_ statement: BoundScore, cycles: FollowupCycles) throws -> ResultTable {
        let definition = statement.kpi
        let window = statement.window
        let asKPI = BoundKPI(kpis: [definition], window: window, filter: statement.filter, breakdown: statement.breakdown)
        let rows = try kpiRows(asKPI, cycles: cycles)
        let (target, up, down) = (statement.target, statement.up, statement.down)
        var kpi = ResultColumnBuilder("kpi", .text)
        var period = ResultColumnBuilder("period", .text)
        var groups = rows.names.map { ResultColumnBuilder($0, .text) }
        let format = KPITableBuilder.format(of: definition.kind)
        var actual = ResultColumnBuilder("value", .number, format: format)
        var goal = ResultColumnBuilder("target", .number, format: format)
        var score = ResultColumnBuilder("score", .number, format: .decimal(1))
        func append(_ labels: [GroupValueLabel]?, _ value: KPIValue) -> KPIScore? {
            kpi.append(text: definition.name)
            period.append(text: window.period.label)
            for index in groups.indices {
                if let labels, index < labels.count { groups[index].append(group: labels[index]) } else {
                    groups[index].append(text: nil)
                }
            }
            actual.append(number: value.value)
            goal.append(number: target)
            let result = KPIScore(value, of: definition.kpi, target: target, up: up, down: down)
            score.append(number: result?.score)
            return result
        }
        for row in rows.rows.first ?? [] { _ = append(row.labels, row.value) }
        let totalRow = kpi.count
        let result = append(nil, rows.totals.first ?? .count(0))
        var table = ResultTable([kpi, period] + groups + [actual, goal, score],
                                totalRows: groups.isEmpty ? [] : [totalRow])
        if let result {
            table.preamble = [.scoreHeading(kpi: definition.name, result)]
            table.notes = [.scoringRule(up: up, down: down, isRate: definition.kind == .rate)]
        } else {
            table.notes = [.noScore(kpi: definition.name, window: window, kind: definition.kind)]
        }
        if !groups.isEmpty { table.notes.append(.oneTargetForEveryGroup) }
        return table
    }

    func compare(_ statement: BoundCompare, cycles: FollowupCycles) throws -> ResultTable {
        let definition = statement.kpi
        let (current, reference) = (statement.current, statement.reference)
        let now = try kpiValue(definition, current, statement.filter, today: current.today, cycles: cycles)
        let then = try kpiValue(definition, reference, statement.filter, today: current.today, cycles: cycles)
        let change = now.value.flatMap { a in then.value.map { a - $0 } }
        let isRate = definition.kind == .rate
        let relative: Double? = change.flatMap { c in then.value.flatMap { $0 != 0 ? c / $0 : nil } }
        let format = KPITableBuilder.format(of: definition.kind)
        var kpi = ResultColumnBuilder("kpi", .text)
        var nowColumn = ResultColumnBuilder(current.period.label, .number, format: format)
        var before = ResultColumnBuilder(reference.period.label, .number, format: format)
        var changeColumn = ResultColumnBuilder(isRate ? "change_points" : "change", .number,
                                               format: isRate ? .decimal(1) : .compact)
        var relativeColumn = ResultColumnBuilder("relative", .number, format: .percent(1))
        kpi.append(text: definition.name)
        nowColumn.append(number: now.value)
        before.append(number: then.value)
        changeColumn.append(number: isRate ? change.map { $0 * 100 } : change)
        relativeColumn.append(number: relative)
        var table = ResultTable([kpi, nowColumn, before, changeColumn, relativeColumn])
        if current.period.label == reference.period.label {
            table = ResultTable([kpi, nowColumn, changeColumn, relativeColumn])
        }
        var notes: [ResultPhrase] = []
        if isRate { notes.append(.changeInPoints) }
        for window in [current, reference] where !window.isComplete {
            notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false))
        }
        table.notes = notes
        return table
    }
}

/// `followup effect` and `conversion` reports by a card field in SQL: their four KPIs
/// per group (`SQLKPIRows.groups`), as `ReportExecutor.groupedKPIs` shows them.
extension SQLEngine {
    func groupedKPIs(_ kind: ReportKind, _ window: AsOfPeriod, _ filter: BoundCardFilter, by field: BoundGroupField,
                     cycles: FollowupCycles) throws -> ResultTable {
        let kpis = (kind == .followupEffect ? GroupedKPIReport.followupEffectKPIs : GroupedKPIReport.conversionKPIs)
            .map(\.definition)
        let statement = BoundKPI(kpis: kpis, window: window, filter: filter, breakdown: BoundBreakdown(fields: [field]))
        let found = try kpiRows(statement, cycles: cycles)
        var key = ResultColumnBuilder(field.field.name, .text)
        var columns = kpis.map { kpi in
            ResultColumnBuilder(kpi.name, kpi.kind == .count ? .integer : .number, format: KPITableBuilder.format(of: kpi.kind))
        }
        func append(_ value: KPIValue?, kind: KPIKind, to column: inout ResultColumnBuilder) {
            if kind == .count { column.append(integer: value?.numerator) } else { column.append(number: value?.value) }
        }
        for group in found.groups where !group.isNoCard {
            let empty = group.values.allSatisfy { $0.numerator == 0 && ($0.denominator ?? 0) == 0 }
            if empty, group.hasMissing { continue }
            key.append(group: group.labels.first ?? .mark(.missing))
            for (k, kpi) in kpis.enumerated() {
                append(k < group.values.count ? group.values[k] : nil, kind: kpi.kind, to: &columns[k])
            }
        }
        let totalRow = key.count
        key.append(text: nil)
        for (k, kpi) in kpis.enumerated() {
            append(k < found.totals.count ? found.totals[k] : nil, kind: kpi.kind, to: &columns[k])
        }
        var notes: [ResultPhrase] = []
        if !window.isComplete {
            notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false))
        }
        return ResultTable([key] + columns, totalRows: [totalRow], notes: notes)
    }
}
