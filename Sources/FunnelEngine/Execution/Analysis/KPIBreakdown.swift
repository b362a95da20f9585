import FunnelDomain
import FunnelStore

/// KPIs of P broken down as a statement's `by` asks: per piece of P (`by week`: each
/// piece a period of its own) and per group of card fields, and in total. The rows of
/// `kpi ... by`, `score ... by` and a pivot.
struct KPIBreakdown {
    /// A value of one piece and group.
    struct Row {
        /// The piece of P, when P is cut by a grain.
        let piece: AsOfPeriod?
        /// The group's position, when grouped by card fields.
        let group: Int?
        let value: KPIValue
    }

    let context: ExecutionContext
    let window: AsOfPeriod
    let scope: KPIScope
    /// The grain P is cut by, and its pieces.
    let grain: PeriodGrain?
    let pieces: [AsOfPeriod]?
    /// The groups of the card fields, if any: those of the scope's cards and traffic.
    let groups: CardGroups?

    init(context: ExecutionContext, window: AsOfPeriod, scope: KPIScope, breakdown: BoundBreakdown)
        throws(EvaluationError) {
        self.context = context
        self.window = window
        self.scope = scope
        groups = breakdown.fields.isEmpty ? nil
            : try CardGroups(breakdown.fields, context: context, asOf: window.today, within: scope)
        grain = breakdown.grain
        pieces = breakdown.grain.map { context.kpis.windows(splitting: window, by: $0) }
    }

    /// The KPI per piece and group, pieces in order and groups in order within each,
    /// without the total. Left out: the `(no card)` group of a KPI that counts no traffic,
    /// and a `(none)` group with nothing in it.
    func rows(_ kpi: KPIDefinition) -> [Row] {
        var rows: [Row] = []
        for piece in pieces ?? [window] {
            let basis = context.kpis.basis(piece)
            let cut = pieces == nil ? nil : piece
            guard let groups else {
                if cut != nil { rows.append(Row(piece: cut, group: nil, value: basis.value(of: kpi.kpi, in: scope))) }
                continue
            }
            let values = basis.values(of: kpi.kpi, groupedBy: groups.grouping.assignment, in: scope)
            for (position, value) in values.enumerated() where position < groups.groupCount {
                if groups.grouping.isNoCard(at: position), !kpi.usesTraffic { continue }
                if groups.grouping.hasMissing(at: position), value.numerator == 0, (value.denominator ?? 0) == 0 {
                    continue
                }
                rows.append(Row(piece: cut, group: position, value: value))
            }
        }
        return rows
    }

    /// The KPI over every piece and group together.
    func total(_ kpi: KPIDefinition) -> KPIValue {
        context.kpis.basis(window).value(of: kpi.kpi, in: scope)
    }

    /// The group columns' names: the grain's, then the fields'.
    var names: [String] {
        (grain.map { [$0.rawValue] } ?? []) + (groups?.names ?? [])
    }

    /// A row's group labels: its piece, then its group's values.
    func labels(of row: Row) -> [GroupValueLabel] {
        let piece: [GroupValueLabel] = row.piece.map { [.text($0.period.label)] } ?? []
        return piece + (row.group.flatMap { group in groups?.labels(at: group) } ?? [])
    }

    /// The notes every grouped KPI result has: the period or its last piece counted as
    /// of T, and a target missing for P or per group.
    func notes(_ kpis: [KPIDefinition]) -> [ResultPhrase] {
        var notes: [ResultPhrase] = []
        if !window.isComplete {
            notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: true))
        }
        for kpi in kpis where kpi.usesTargets {
            if let reason = context.kpis.basis(window).targetMatch(scope.targets).reason {
                notes.append(.noTarget(kpi: kpi.name, reason))
            } else if groups != nil, case .notApplicable(let reason)? = groups?.grouping.assignment.targets.first {
                notes.append(.noTargetPerGroup(kpi: kpi.name, reason))
            }
        }
        if kpis.contains(where: { $0.kpi == .firstResponseRate }) {
            let left = context.kpis.basis(window).newWithoutResponseTimes(in: scope)
            if left > 0 { notes.append(.withoutResponseTimes(count: left)) }
        }
        if let pieces, let last = pieces.last, !last.isComplete, let grain {
            notes.append(.lastPieceAsOf(grain: grain.rawValue, period: last.period.label, asOf: last.asOf))
        }
        if kpis.contains(where: \.usesDueEvents) { notes.append(.followupCycles(context.derived.cycles)) }
        return notes
    }
}
