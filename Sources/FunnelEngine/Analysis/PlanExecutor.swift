import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Funnel math (domain.md §7): `plan deliveries`, `score`, `compare`.
struct PlanExecutor {
    let input: AnalysisInput

    // MARK: plan

    func plan(_ request: PlanRequest) throws(EvaluationError) -> ResultTable {
        try input.reject(groups: true, statement: "plan")
        let deliveries = try wholeNumber(request.deliveries, what: "the number of deliveries")
        if let rate = request.closeRate {
            let sales = try wholeNumber(rate.sales, what: "the sales of the close rate")
            let prospects = try wholeNumber(rate.prospects, what: "the prospects of the close rate")
            guard let refill = RefillPlan(deliveries: deliveries, sales: sales, in: prospects) else {
                throw EvaluationError("a close rate is sales in prospects, both above 0 and sales no more than "
                                      + "prospects (1:5 is one sale in five)", at: rate.range)
            }
            if let reference = request.reference {
                throw EvaluationError("with a close rate given there is no reference period to use",
                                      at: reference.range)
            }
            var table = steps(refill.steps, notes: [])
            table.preamble = ["\(deliveries) deliveries at a close rate of \(sales) in \(prospects)"
                              + (request.period.map { " for \(periodText($0))" } ?? "") + ":"]
            return table
        }
        guard let periodValue = request.period else {
            throw EvaluationError("plan needs a period (plan deliveries 30 for 2010-11) or a close rate (close "
                                  + "rate 1:5)", at: request.deliveries.range)
        }
        let period = try input.period(periodValue)
        let reference: AsOfPeriod
        if let written = request.reference {
            reference = try input.window(written)
        } else {
            guard let found = DeliveryPlan.defaultReference(for: period, today: input.asOf) else {
                throw EvaluationError("no period before \(period.label) has ended by \(input.asOf) to take rates "
                                      + "from: add using PERIOD", at: periodValue.range)
            }
            reference = found
        }
        let scope = try input.scope()
        let plan = DeliveryPlan(evaluator: input.evaluator, deliveries: deliveries, period: period,
                                reference: reference, today: input.asOf, scope: scope)
        var notes: [String] = []
        if let stopped = plan.stoppedBecause { notes.append("stopped: " + stopped) }
        var table = steps(plan.steps, notes: notes)
        table.preamble = ["\(deliveries) deliveries in \(period.label), with the rates of \(reference):"]
        return table
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

    private func wholeNumber(_ value: Value, what: String) throws(EvaluationError) -> Int {
        guard case .number(let text, let range) = try input.binder.dereference(value) else {
            throw EvaluationError("expected \(what) as a whole number", at: value.range)
        }
        guard let number = Int(text), number >= 0, number <= 10_000_000 else {
            throw EvaluationError("\(what) must be a whole number from 0 to 10000000, not \(text)", at: range)
        }
        return number
    }

    private func periodText(_ value: Value) -> String {
        (try? input.period(value).label) ?? ""
    }

    // MARK: score

    func score(_ request: ScoreRequest) throws(EvaluationError) -> ResultTable {
        try input.reject(groups: true, statement: "score")
        let definition = try AnalysisInput.kpi(named: request.kpi)
        let window = try input.window(request.period)
        let scope = try input.scope()
        let value = input.evaluator.basis(window).value(of: definition.kpi, in: scope)
        let target = try number(request.target, forRate: definition.kind == .rate, what: "the target")
        let up = try request.up.map { (v: Value) throws(EvaluationError) -> Double in
            try number(v, forRate: false, what: "the points per point above target")
        } ?? 1.3
        let down = try request.down.map { (v: Value) throws(EvaluationError) -> Double in
            try number(v, forRate: false, what: "the points per point below target")
        } ?? 0.3
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

    /// A target or slope: `15%`, `0.15`, or for a rate a number above 1 read as percent.
    private func number(_ value: Value, forRate: Bool, what: String) throws(EvaluationError) -> Double {
        switch try input.binder.dereference(value) {
        case .percent(let text, _):
            if let number = Double(text) { return forRate ? number / 100 : number }
        case .number(let text, _):
            if let number = Double(text), number.isFinite {
                return forRate && number > 1 ? number / 100 : number
            }
        default: break
        }
        throw EvaluationError("expected \(what) as a number or a percentage (15% or 0.15)", at: value.range)
    }

    // MARK: compare

    func compare(_ name: Name, _ period: Value, _ other: Value) throws(EvaluationError) -> ResultTable {
        try input.reject(groups: true, statement: "compare")
        let definition = try AnalysisInput.kpi(named: name)
        let current = try input.window(period)
        let reference = try input.window(other)
        let scope = try input.scope()
        let comparison = KPIComparison(kpi: definition.kpi, current: input.evaluator.basis(current),
                                       reference: input.evaluator.basis(reference), scope: scope)
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
