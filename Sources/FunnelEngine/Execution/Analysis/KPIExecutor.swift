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
        return table.result(notes: breakdown.notes(statement.kpis))
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
