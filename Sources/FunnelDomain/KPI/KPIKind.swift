/// What kind of number a KPI is, which decides how it is shown and compared.
public enum KPIKind: String, CaseIterable, Hashable, Sendable {
    /// A whole number of cards or traffic entries (`new_cards`, `deliveries`).
    case count
    /// A numerator over a denominator, shown as a percentage. Most rates are a part
    /// over its whole and lie in 0...1; `plan_achievement` may exceed 1.
    case rate
    /// A per-day mean (`daily_traffic`): a count over a number of days.
    case average
}
