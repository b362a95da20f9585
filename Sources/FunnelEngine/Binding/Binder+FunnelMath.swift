import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Funnel math for trainers (domain.md §7): plans, scores and comparisons.
extension Binder {
    // plan ::= "plan" "deliveries" NUMBER ( "close" "rate" NUMBER ":" NUMBER )? ( "for" period )? ( "using" period )? clause*
    func plan(_ request: PlanRequest) throws(BindingError) -> BoundPlan {
        let input = try analysis(request.clauses)
        try reject(request.clauses, groups: true, statement: "plan")
        let deliveries = try wholeNumber(request.deliveries, what: .deliveries, input)
        if let rate = request.closeRate {
            let sales = try wholeNumber(rate.sales, what: .closeRateSales, input)
            let prospects = try wholeNumber(rate.prospects, what: .closeRateProspects, input)
            guard sales > 0, prospects > 0, sales <= prospects else {
                throw BindingError(.badCloseRate, at: rate.range)
            }
            if let reference = request.reference {
                throw BindingError(.closeRateWithReference, at: reference.range)
            }
            var period: Period?
            if let written = request.period { period = try input.values.period(written) }
            return BoundPlan(deliveries: deliveries, basis: .closeRate(sales: sales, prospects: prospects, period: period))
        }
        guard let written = request.period else {
            throw BindingError(.planNeedsPeriod, at: request.deliveries.range)
        }
        let period = try input.values.period(written)
        let reference: AsOfPeriod
        if let other = request.reference {
            reference = try input.values.window(other)
        } else {
            guard let found = DeliveryPlan.defaultReference(for: period, today: input.asOf) else {
                throw BindingError(.noReferencePeriod(period: period.label, asOf: input.asOf), at: written.range)
            }
            reference = found
        }
        let filter = try self.filter(input)
        return BoundPlan(deliveries: deliveries,
                         basis: .reference(period: period, reference: reference, today: input.asOf, filter: filter))
    }

    // score ::= "score" NAME "for" period "target" ( NUMBER | PERCENT ) ( "up" NUMBER "down" NUMBER )? clause*
    /// By a grain or card fields, every group is scored against the one target.
    func score(_ request: ScoreRequest) throws(BindingError) -> BoundScore {
        let input = try analysis(request.clauses)
        try reject(request.clauses, statement: "score")
        let definition = try kpi(named: request.kpi)
        let window = try periodWindow(request.period, input)
        let filter = try self.filter(input)
        let (grain, paths) = try breakdown(request.clauses.groups)
        var fields: [BoundGroupField] = []
        for path in paths { fields.append(try groupField(path)) }
        try checkTrafficRates([definition], filter: filter, groups: fields)
        let target = try number(request.target, forRate: definition.kind == .rate, what: .target, input)
        var up = 1.3, down = 0.3
        if let written = request.up { up = try number(written, forRate: false, what: .pointsAbove, input) }
        if let written = request.down {
            down = try number(written, forRate: false, what: .pointsBelow, input)
        }
        return BoundScore(kpi: definition, window: window, filter: filter, target: target, up: up, down: down,
                          breakdown: BoundBreakdown(grain: grain, fields: fields))
    }

    // compare ::= "compare" NAME "for" period "vs" period clause*
    func compare(_ name: Name, _ period: Value, _ other: Value, _ clauses: Clauses) throws(BindingError) -> BoundCompare {
        let input = try analysis(clauses)
        try reject(clauses, groups: true, statement: "compare")
        let definition = try kpi(named: name)
        let current = try periodWindow(period, input)
        let reference = try periodWindow(other, input)
        let filter = try self.filter(input)
        try checkTrafficRates([definition], filter: filter, groups: [])
        return BoundCompare(kpi: definition, current: current, reference: reference, filter: filter)
    }

    private func wholeNumber(_ value: Value, what: BindingError.Number, _ input: Analysis) throws(BindingError) -> Int {
        guard case .number(let text, let range) = try input.values.dereference(value) else {
            throw BindingError(.notAWholeNumber(what: what), at: value.range)
        }
        guard let number = Int(text), number >= 0, number <= 10_000_000 else {
            throw BindingError(.wholeNumberOutOfRange(what: what, value: text), at: range)
        }
        return number
    }

    /// A target or slope: `15%`, `0.15`, or for a rate a number above 1 read as percent.
    private func number(_ value: Value, forRate: Bool, what: BindingError.Number, _ input: Analysis) throws(BindingError) -> Double {
        switch try input.values.dereference(value) {
        case .percent(let text, _):
            if let number = Double(text) { return forRate ? number / 100 : number }
        case .number(let text, _):
            if let number = Double(text), number.isFinite { return forRate && number > 1 ? number / 100 : number }
        default: break
        }
        throw BindingError(.notANumberOrPercent(what: what), at: value.range)
    }
}
