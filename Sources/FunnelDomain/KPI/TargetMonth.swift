import FunnelStore

/// One month's part of the target for a period: the month's target deliveries for
/// the selection, and the share of the month's days that lie in the period.
public struct TargetMonth: Hashable, Sendable {
    /// The whole calendar month.
    public let month: Period
    /// The month's target deliveries for the selection (the sum of its matching rows).
    public let target: Int
    /// Days of the month inside the period (not cut at T: the plan is for the whole period).
    public let daysInPeriod: Int
    /// The rows of `targets` summed into `target`.
    public let rows: Bitmap
    /// True when the dealer-wide target was summed from consultants' rows because the
    /// month has no row without a consultant.
    public let summedFromConsultants: Bool

    /// `daysInPeriod ÷ days of the month`.
    public var share: Double { Double(daysInPeriod) / Double(month.dayCount) }
    /// `target × share`: this month's contribution to the period's target.
    public var prorated: Double {
        daysInPeriod == month.dayCount ? Double(target) : Double(target) * Double(daysInPeriod) / Double(month.dayCount)
    }
}
