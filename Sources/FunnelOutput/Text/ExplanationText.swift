import FunnelDomain

/// A KPI's explanation in words: the formula with this dataset's numbers, its value,
/// and the notes on anything a reader could trip on.
///
///     overall_visit_rate = (visited in opening + visited in new) ÷ (opening + new)
///                        = (160 + 50) ÷ (200 + 100) = 70.0%
public enum ExplanationText {
    /// The formula with numbers: `(160 + 50) ÷ (200 + 100)`.
    public static func arithmetic(_ explanation: KPIExplanation) -> String {
        func numbers(_ terms: [KPIExplainedTerm]) -> String {
            KPIDefinition.sum(terms.map { ($0.value.map(NumberText.term) ?? "—", $0.term.subtracted) })
        }
        let top = numbers(explanation.numerator)
        guard !explanation.denominator.isEmpty else { return top }
        return KPIDefinition.bracketed(top, parts: explanation.numerator.count) + " ÷ "
            + KPIDefinition.bracketed(numbers(explanation.denominator), parts: explanation.denominator.count)
    }

    /// The value: `70.0%`, `3.33`, `80`, or `undefined`.
    public static func value(_ explanation: KPIExplanation) -> String {
        explanation.value.value.map { NumberText.value($0, kind: explanation.definition.kind) } ?? "undefined"
    }

    /// The whole explanation on one line; a one-term count skips the repeated number:
    /// `new_cards = new = 100`.
    public static func line(_ explanation: KPIExplanation) -> String {
        var parts = [explanation.definition.name, explanation.formula]
        if arithmetic(explanation) != value(explanation) { parts.append(arithmetic(explanation)) }
        parts.append(value(explanation))
        return parts.joined(separator: " = ")
    }

    /// How a note names T, the day counted as of.
    static let dayOfT = "T"

    public static func note(_ note: KPIExplanation.Note) -> String {
        switch note {
        case .countedAsOf(let window):
            return "counted as of \(window.asOf): \(window.period.label) runs to \(window.end), "
                + "and nothing dated after \(window.asOf) counts"
        case .days(let window):
            return "days: \(window.start)..\(window.asOf), \(window.elapsedDays) " + (window.elapsedDays == 1 ? "day" : "days")
        case .targetMonth(let month):
            var line = "\(month.month.label): target \(month.target)"
            if month.daysInPeriod != month.month.dayCount {
                line += " × \(month.daysInPeriod)/\(month.month.dayCount) days = " + NumberText.term(month.prorated)
            }
            if month.summedFromConsultants { line += " (the consultants' targets summed: no dealer-wide row)" }
            return line
        case .noTarget(let reason):
            return "undefined: " + TargetText.shortfall(reason)
        case .zeroDenominator(let meaning):
            return "undefined: the denominator is 0 (no \(meaning))"
        case .outsideTheBase(let count, let term):
            return "\(count) of the \(term) are cards outside the base (their dates are inconsistent); they count all the same"
        case .inventoryIdentity(let opening, let new, let deliveries, let losses):
            return "inventory identity: opening + new − deliveries − losses = \(opening) + \(new) − \(deliveries) − "
                + "\(losses) = \(opening + new - deliveries - losses)"
        case .brokenIdentity(let count):
            return "\(count) cards have dates that break the identity (the inventory report lists them)"
        case .cycles(let cycles):
            return "a contact's next one is due after the follow-up cycle of its grade: " + PhraseText.cycles(cycles)
        case .uncountedDueEvents(let closed, let open, let ungraded):
            var parts: [String] = []
            if closed > 0 {
                parts.append("\(closed) due \(closed == 1 ? "event" : "events") closed before the due date "
                             + "(the card won, lost or set dormant)")
            }
            if open > 0 {
                parts.append("\(open) due on \(Self.dayOfT) and not yet followed up")
            }
            if ungraded > 0 {
                parts.append("\(ungraded) \(ungraded == 1 ? "contact" : "contacts") in P of a grade unknown that day "
                             + "(no due event)")
            }
            return "not counted: " + parts.joined(separator: "; ")
        case .withoutResponseTimes(let count):
            return PhraseText.withoutResponseTimes(count)
        }
    }
}
