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
        let evaluator = context.kpis
        let scope = context.scope(statement.filter, asOf: window.today)
        let breakdown = statement.breakdown
        let groups = breakdown.fields.isEmpty ? nil
            : try CardGroups(breakdown.fields, context: context, asOf: window.today, within: scope)
        let pieces = breakdown.grain.map { evaluator.windows(splitting: window, by: $0) }

        var table = KPITableBuilder(groupNames: (breakdown.grain.map { [$0.rawValue] } ?? []) + (groups?.names ?? []))
        for kpi in statement.kpis {
            for piece in pieces ?? [window] {
                let pieceLabel: [GroupValueLabel] = pieces == nil ? [] : [.text(piece.period.label)]
                let basis = evaluator.basis(piece)
                if let groups {
                    let values = basis.values(of: kpi.kpi, groupedBy: groups.grouping.assignment, in: scope)
                    for (position, value) in values.enumerated() where position < groups.groupCount {
                        // The traffic with no card matters only to a KPI that counts traffic.
                        if groups.grouping.isNoCard(at: position), !kpi.usesTraffic { continue }
                        // Nor does a (none) group with nothing in it.
                        if groups.grouping.hasMissing(at: position), value.numerator == 0,
                           (value.denominator ?? 0) == 0 { continue }
                        table.append(kpi: kpi, period: window.period, groups: pieceLabel + groups.labels(at: position),
                                     value: value)
                    }
                } else if pieces != nil {
                    table.append(kpi: kpi, period: window.period, groups: pieceLabel,
                                 value: basis.value(of: kpi.kpi, in: scope))
                }
            }
            let total = evaluator.basis(window).value(of: kpi.kpi, in: scope)
            table.append(kpi: kpi, period: window.period, groups: nil, value: total)
        }
        var notes: [ResultPhrase] = []
        if !window.isComplete {
            notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: true))
        }
        for kpi in statement.kpis where kpi.usesTargets {
            if let reason = evaluator.basis(window).targetMatch(scope.targets).reason {
                notes.append(.noTarget(kpi: kpi.name, reason))
            } else if groups != nil, case .notApplicable(let reason)? = groups?.grouping.assignment.targets.first {
                notes.append(.noTargetPerGroup(kpi: kpi.name, reason))
            }
        }
        if let pieces, pieces.count > 0, let last = pieces.last, !last.isComplete, let grain = breakdown.grain {
            notes.append(.lastPieceAsOf(grain: grain.rawValue, period: last.period.label, asOf: last.asOf))
        }
        return table.result(notes: notes)
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
