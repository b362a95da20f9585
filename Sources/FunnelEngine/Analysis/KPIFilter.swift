import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Turns a statement's `where` into the cards, traffic and targets a KPI counts.
///
/// The condition is on the cards. Traffic is kept by the same condition when every
/// field it names is also a traffic field (`consultant`, `dealer`: who received the
/// visitor), else by its card. Targets are set per dealer and consultant only, so a
/// condition on anything else leaves a KPI with a target (`plan_achievement`) without one.
struct KPIFilter {
    let context: EvaluationContext
    let asOf: Day
    let binder: ValueBinder

    func scope(_ condition: Condition?) throws(EvaluationError) -> KPIScope {
        guard let condition else { return .all }
        let cardScope = context.scope(of: context.dataset.customers, asOf: asOf)
        let cards = try ConditionEvaluator(scope: cardScope, binder: binder).evaluate(condition)
        let trafficScope = context.scope(of: context.dataset.traffic, asOf: asOf)
        let traffic: Bitmap
        if let own = try? ConditionEvaluator(scope: trafficScope, binder: binder).evaluate(condition) {
            traffic = own
        } else {
            traffic = context.kpis.traffic(linkedTo: cards)
        }
        return KPIScope(cards: cards, traffic: traffic, targets: try targets(condition, cardScope: cardScope))
    }

    /// Whose targets the condition leaves: consultants and dealers named by `=` or
    /// `in (...)`, joined by `and`; anything else has none.
    private func targets(_ condition: Condition, cardScope: TableScope) throws(EvaluationError) -> TargetSelection {
        var consultants: [String]?
        var dealers: [String]?
        var other: String?
        var reason: String?
        // An `and` chain is walked as a list: a line of thousands of terms is a tree as
        // deep as it is long (see Condition+Chains).
        func visit(_ condition: Condition) throws(EvaluationError) {
            var pending = [condition]
            while let next = pending.popLast() {
                switch next {
                case .and:
                    pending += next.chainedTerms.reversed()
                case .compare(let path, .equal, let value):
                    try note(path, [value])
                case .inList(let path, let values, negated: false):
                    try note(path, values)
                case .or, .not:
                    reason = reason ?? "targets follow only consultant = X or consultant in (X, Y) joined by and, "
                        + "not or / not"
                default:
                    other = other ?? firstField(next)
                }
            }
        }
        func note(_ path: FieldPath, _ values: [Value]) throws(EvaluationError) {
            let name = try cardScope.resolve(path).name
            var texts: [String] = []
            for value in values { texts.append(try text(value)) }
            switch name {
            case "consultant": consultants = (consultants.map { Set($0).intersection(texts).sorted() } ?? texts)
            case "dealer": dealers = (dealers.map { Set($0).intersection(texts).sorted() } ?? texts)
            default: other = other ?? name
            }
        }
        try visit(condition)
        if let reason { return .notApplicable(reason) }
        if let other {
            return .notApplicable("targets are set per dealer and consultant, not per \(other)")
        }
        if let consultants { return .consultants(consultants, dealers: dealers) }
        return .dealerWide(dealers: dealers)
    }

    private func text(_ value: Value) throws(EvaluationError) -> String {
        switch try binder.dereference(value) {
        case .word(let name): name.text
        case .string(let text, _), .number(let text, _), .date(let text, _), .period(let text, _): text
        default: ""
        }
    }

    private func firstField(_ condition: Condition) -> String {
        switch condition.predicates.first {
        case .compare(let f, _, _), .inList(let f, _, _), .inPeriod(let f, _, _), .between(let f, _, _, _),
             .contains(let f, _, _), .like(let f, _, _), .isNull(let f, _), .isTrue(let f):
            f.text
        default:
            "this condition"
        }
    }
}
