/// What a KPI term counts, and so which rows stand behind it in an explanation.
public enum KPIPopulation: String, Hashable, Sendable {
    /// Customer cards (rows of `customers`).
    case cards
    /// Showroom traffic entries (rows of `traffic`).
    case traffic
    /// Days of the period up to T (the divisor of `daily_traffic`); no rows.
    case days
    /// Target deliveries from rows of `targets`, possibly a share of a month's.
    case targets
}
