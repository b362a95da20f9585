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
            table.preamble = ["\(deliveries) deliveries at a close rate of \(sales) in \(prospects)"
                              + (period.map { " for \($0.label)" } ?? "") + ":"]
            return table
        case .reference(let period, let reference, let today, let filter):
            let scope = context.scope(filter, asOf: today)
            let plan = DeliveryPlan(evaluator: context.kpis, deliveries: deliveries, period: period,
                                    reference: reference, today: today, scope: scope)
            var notes: [String] = []
            if let stopped = plan.stoppedBecause { notes.append("stopped: " + stopped) }
            var table = steps(plan.steps, notes: notes)
            table.preamble = ["\(deliveries) deliveries in \(period.label), with the rates of \(reference):"]
            return table
        }
    }

    private func steps(_ steps: [PlanStep], notes: [String]) -> ResultTable {
        var label = ResultColumnBuilder("step", .text)
        var arithmetic = ResultColumnBuilder("arithmetic", .text)
        var result = ResultColumnBuilder("result", .text)
        var value = ResultColumnBuilder("value", .number, format: .compact)
        var notes = notes
        for step in steps {
            label.append(text: step.label)
            arithmetic.append(text: step.arithmetic)
            result.append(text: step.resultText)
            value.append(number: step.rounded.map(Double.init) ?? step.result)
            if let note = step.note { notes.append("note: " + note) }
        }
        return ResultTable([label, arithmetic, result, value], notes: notes)
    }

    // MARK: score

    func score(_ statement: BoundScore) -> ResultTable {
        let definition = statement.kpi
        let window = statement.window
        let scope = context.scope(statement.filter, asOf: window.today)
        let value = context.kpis.basis(window).value(of: definition.kpi, in: scope)
        let (target, up, down) = (statement.target, statement.up, statement.down)
        var kpi = ResultColumnBuilder("kpi", .text)
        var period = ResultColumnBuilder("period", .text)
        let format = KPITableBuilder.format(of: definition.kind)
        var actual = ResultColumnBuilder("value", .number, format: format)
        var goal = ResultColumnBuilder("target", .number, format: format)
        var score = ResultColumnBuilder("score", .number, format: .decimal(1))
        kpi.append(text: definition.name)
        period.append(text: window.period.label)
        actual.append(number: value.value)
        goal.append(number: target)
        let result = KPIScore(value, of: definition.kpi, target: target, up: up, down: down)
        score.append(number: result?.score)
        var table = ResultTable([kpi, period, actual, goal, score])
        if let result {
            table.preamble = ["\(definition.name) \(KPINumberText.value(result.actual, kind: definition.kind)) "
                              + "against \(KPINumberText.value(target, kind: definition.kind)): \(result.arithmetic)"]
            table.notes = ["each percentage point above target adds \(KPINumberText.term(up)), each below takes "
                           + "\(KPINumberText.term(down)) (seed 000)"
                           + (definition.kind == .rate ? "" : "; for a count, 1% of the target is one point")]
        } else {
            table.notes = ["no score: \(definition.name) is undefined for \(window)"
                           + (definition.kind == .count ? "" : " (its denominator is 0)")]
        }
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
        var notes: [String] = []
        if isRate { notes.append("change_points: percentage points; relative: (P − Q) ÷ Q") }
        for window in [current, reference] where !window.isComplete {
            notes.append("\(window.period.label) counted as of \(window.asOf)")
        }
        table.notes = notes
        return table
    }
}
