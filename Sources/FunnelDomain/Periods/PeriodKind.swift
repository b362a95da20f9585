/// What a period was written as (domain.md §2). The kind decides what "the period
/// before" means: the month before a month, the same number of days before a range.
public enum PeriodKind: String, CaseIterable, Hashable, Sendable {
    case day, week, month, quarter, year
    /// An explicit `start..end` range of days.
    case range

    /// The calendar unit of this kind, or `nil` for an explicit range.
    public var grain: PeriodGrain? {
        switch self {
        case .day: .day
        case .week: .week
        case .month: .month
        case .quarter: .quarter
        case .year: .year
        case .range: nil
        }
    }
}
