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

/// The target deliveries of a period for a selection: the months it overlaps, each
/// prorated by days, and whatever is missing.
public struct TargetMatch: Sendable {
    public let period: Period
    /// Months with a target, in calendar order.
    public let months: [TargetMonth]
    /// Months the period overlaps that have no target for the selection (at most
    /// `TargetTable.missingListLimit` listed; `missingCount` has them all).
    public let missingMonths: [Period]
    public let missingCount: Int
    /// Why there is no target, when there is none.
    public let reason: String?

    /// The period's target deliveries: the sum of the months' prorated targets;
    /// `nil` when any overlapped month lacks a target, or the selection has none.
    public var total: Double? {
        guard reason == nil, missingCount == 0, !months.isEmpty else { return nil }
        return months.reduce(0) { $0 + $1.prorated }
    }

    /// Every target row used.
    public func rows(count: Int) -> Bitmap {
        months.reduce(Bitmap(count: count)) { $0 | Bitmap.resized($1.rows, to: count) }
    }
}
