import FunnelStore

/// A KPI taken apart for trainers (`explain kpi NAME for PERIOD`): its definition,
/// each term of its formula with its value and the rows behind it, the value, and
/// notes on anything a reader could trip on (as-of cut, undefined value, target
/// months, the inventory identity).
///
/// The engine renders it; `statement` is one way to write it on a line:
///
///     overall_visit_rate = (visited in opening + visited in new) ÷ (opening + new)
///                        = (160 + 50) ÷ (200 + 100) = 70.0%
public struct KPIExplanation: Sendable {
    public let definition: KPIDefinition
    public let window: AsOfPeriod
    public let value: KPIValue
    public let numerator: [KPIExplainedTerm]
    /// Empty for a count.
    public let denominator: [KPIExplainedTerm]
    /// The months and rows of the target, for `plan_achievement`.
    public let targets: TargetMatch?
    /// Sentences for the reader, in English.
    public let notes: [String]

    /// `(visited in opening + visited in new) ÷ (opening + new)`.
    public var formula: String { definition.formula }

    /// The formula with numbers: `(160 + 50) ÷ (200 + 100)`.
    public var arithmetic: String {
        func numbers(_ terms: [KPIExplainedTerm]) -> String {
            KPIDefinition.sum(terms.map { ($0.value.map(KPINumberText.term) ?? "—", $0.term.subtracted) })
        }
        let top = numbers(numerator)
        guard !denominator.isEmpty else { return top }
        return KPIDefinition.bracketed(top, parts: numerator.count) + " ÷ "
            + KPIDefinition.bracketed(numbers(denominator), parts: denominator.count)
    }

    /// The value as text: `70.0%`, `3.33`, `80`, or `undefined`.
    public var result: String {
        value.value.map { KPINumberText.value($0, kind: definition.kind) } ?? "undefined"
    }

    /// `overall_visit_rate = (visited in opening + visited in new) ÷ (opening + new) =
    /// (160 + 50) ÷ (200 + 100) = 70.0%` on one line;
    /// a one-term count skips the repeated number: `new_cards = new = 100`.
    public var statement: String {
        var parts = [definition.name, formula]
        if arithmetic != result { parts.append(arithmetic) }
        parts.append(result)
        return parts.joined(separator: " = ")
    }

    /// Every term, numerator first.
    public var terms: [KPIExplainedTerm] { numerator + denominator }

    init(basis: KPIBasis, kpi: KPI, scope: KPIScope) {
        let definition = kpi.definition
        self.definition = definition
        window = basis.window
        let value = basis.value(of: kpi, in: scope)
        self.value = value
        let targets = definition.usesTargets ? basis.targetMatch(scope.targets) : nil
        self.targets = targets
        func explained(_ term: KPITermDefinition) -> KPIExplainedTerm {
            let amount: Double? = term.population == .targets ? targets?.total : Double(basis.count(term, scope))
            return KPIExplainedTerm(term: term, value: amount, rows: basis.rows(term, scope, targets: targets))
        }
        numerator = definition.numerator.map(explained)
        denominator = definition.denominator.map(explained)
        notes = KPIExplanation.notes(definition: definition, basis: basis, scope: scope, value: value,
                                     targets: targets)
    }

    private static func notes(definition: KPIDefinition, basis: KPIBasis, scope: KPIScope, value: KPIValue,
                              targets: TargetMatch?) -> [String] {
        var notes: [String] = []
        let window = basis.window
        if !window.isComplete {
            notes.append("counted as of \(window.asOf): \(window.period.label) runs to \(window.end), "
                + "and nothing dated after \(window.asOf) counts")
        }
        if definition.terms.contains(where: { $0.population == .days }) {
            notes.append("days: \(window.start)..\(window.asOf), \(window.elapsedDays) "
                + (window.elapsedDays == 1 ? "day" : "days"))
        }
        if let targets {
            for month in targets.months {
                var line = "\(month.month.label): target \(month.target)"
                if month.daysInPeriod != month.month.dayCount {
                    line += " × \(month.daysInPeriod)/\(month.month.dayCount) days = "
                        + KPINumberText.term(month.prorated)
                }
                if month.summedFromConsultants { line += " (the consultants' targets summed: no dealer-wide row)" }
                notes.append(line)
            }
            if let reason = targets.reason { notes.append("undefined: " + reason) }
        }
        if value.value == nil, let denominator = value.denominator, denominator == 0 {
            notes.append("undefined: the denominator is 0 (no \(definition.denominatorMeaning ?? "rows"))")
        }
        // Events are counted whether or not the card is in the base; say when that matters.
        let eventSets: [KPICardSet] = [.orders, .deliveries, .losses]
        for term in definition.numerator {
            guard case .cards(let sets) = term.recipe, sets.count == 1, let set = sets.first,
                  eventSets.contains(set) else { continue }
            let outside = BitmapMath.intersectionCount(
                [basis.cardSet(set), ~basis.prospects.base] + (scope.cards.map { [$0] } ?? []))
            if outside > 0 {
                notes.append("\(outside) of the \(term.name) are cards outside the base (their dates are "
                    + "inconsistent); they count all the same")
            }
        }
        if definition.kpi == .closingStock {
            let count = { (set: KPICardSet) in
                BitmapMath.intersectionCount([basis.cardSet(set)] + (scope.cards.map { [$0] } ?? []))
            }
            let (opening, new, deliveries, losses) = (count(.opening), count(.new), count(.deliveries), count(.losses))
            notes.append("inventory identity: opening + new − deliveries − losses = \(opening) + \(new) − "
                + "\(deliveries) − \(losses) = \(opening + new - deliveries - losses)")
            let broken = BitmapMath.intersectionCount([basis.prospects.inconsistent] + (scope.cards.map { [$0] } ?? []))
            if broken > 0 {
                notes.append("\(broken) cards have dates that break the identity (the inventory report lists them)")
            }
        }
        return notes
    }
}
