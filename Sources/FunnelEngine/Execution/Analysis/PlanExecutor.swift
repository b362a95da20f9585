import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Funnel math (domain.md §7): `plan deliveries`, `score`, `compare`.
struct PlanExecutor {
    let context: ExecutionContext

    // MARK: plan

    func plan(_ statement: BoundPlan) throws(EvaluationError) -> ResultTable {
        let deliveries = statement.deliveries
        switch statement.basis {
        case .closeRate(let sales, let prospects, let period):
            guard let refill = RefillPlan(deliveries: deliveries, sales: sales, in: prospects) else {
                throw EvaluationError(.arithmeticOverflow, at: SourceRange(0, 0))
            }
            var table = steps(refill.steps, notes: [])
            table.preamble = [.refillHeading(deliveries: deliveries, sales: sales, prospects: prospects,
                                             period: period?.label)]
            return table
        case .reference(let period, let reference, let today, let filter):
            let scope = context.scope(filter, asOf: today)
            let plan = DeliveryPlan(evaluator: context.kpis, deliveries: deliveries, period: period,
                                    reference: reference, today: today, scope: scope)
            var notes: [ResultPhrase] = []
            if let stopped = plan.stoppedBecause { notes.append(.planStopped(stopped)) }
            var table = steps(plan.steps, notes: notes)
            table.preamble = [.planHeading(deliveries: deliveries, period: period.label, reference: reference)]
            return table
        }
    }

    private func steps(_ steps: [PlanStep], notes: [ResultPhrase]) -> ResultTable {
        var label = ResultColumnBuilder("step", .text)
        var arithmetic = ResultColumnBuilder("arithmetic", .text)
        var result = ResultColumnBuilder("result", .text)
        var value = ResultColumnBuilder("value", .number, format: .compact)
        var notes = notes
        for step in steps {
            label.append(phrase: .planStep(step, .label))
            arithmetic.append(phrase: .planStep(step, .arithmetic))
            result.append(phrase: .planStep(step, .result))
            value.append(number: step.rounded.map(Double.init) ?? step.result)
            if let remark = step.remark { notes.append(.planRemark(remark)) }
        }
        return ResultTable([label, arithmetic, result, value], notes: notes)
    }

    // MARK: score

    /// One score, or by a grain or card fields one per piece and group and the total's,
    /// every one against the same target (targets per group are not set here).
    func score(_ statement: BoundScore) throws(EvaluationError) -> ResultTable {
        let definition = statement.kpi
        let window = statement.window
        let scope = context.scope(statement.filter, asOf: window.today)
        let breakdown = try KPIBreakdown(context: context, window: window, scope: scope,
                                         breakdown: statement.breakdown)
        let (target, up, down) = (statement.target, statement.up, statement.down)
        var kpi = ResultColumnBuilder("kpi", .text)
        var period = ResultColumnBuilder("period", .text)
        var groups = breakdown.names.map { ResultColumnBuilder($0, .text) }
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
        for row in breakdown.rows(definition) { _ = append(breakdown.labels(of: row), row.value) }
        let totalRow = kpi.count
        let result = append(nil, breakdown.total(definition))
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

    // MARK: compare

    func compare(_ statement: BoundCompare) -> ResultTable {
        let definition = statement.kpi
        let (current, reference) = (statement.current, statement.reference)
        let scope = context.scope(statement.filter, asOf: current.today)
        let comparison = KPIComparison(kpi: definition.kpi, current: context.kpis.basis(current),
                                       reference: context.kpis.basis(reference), scope: scope)
        let format = KPITableBuilder.format(of: definition.kind)
        let isRate = definition.kind == .rate
        var kpi = ResultColumnBuilder("kpi", .text)
        var now = ResultColumnBuilder(current.period.label, .number, format: format)
        var before = ResultColumnBuilder(reference.period.label, .number, format: format)
        var change = ResultColumnBuilder(isRate ? "change_points" : "change", .number,
                                         format: isRate ? .decimal(1) : .compact)
        var relative = ResultColumnBuilder("relative", .number, format: .percent(1))
        kpi.append(text: definition.name)
        now.append(number: comparison.current.value)
        before.append(number: comparison.reference.value)
        change.append(number: isRate ? comparison.pointChange : comparison.change)
        relative.append(number: comparison.relativeChange)
        var table = ResultTable([kpi, now, before, change, relative])
        if current.period.label == reference.period.label {
            table = ResultTable([kpi, now, change, relative])
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
