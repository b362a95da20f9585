import FunnelStore

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
    public let reason: TargetShortfall?

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

/// Why a period has no target deliveries for a selection.
public enum TargetShortfall: Hashable, Sendable {
    /// No target applies to the cards counted.
    case notApplicable(TargetAbsence)
    /// No month of the period has a target (for these consultants, when named).
    case noTarget(consultants: [String]?, period: String)
    /// Some months have none: these (the first few) and `more` others.
    case missingMonths([String], more: Int)
}
