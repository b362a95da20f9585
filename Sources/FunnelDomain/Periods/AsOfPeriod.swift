import FunnelStore

/// A period counted as of a day T (domain.md §2, 截至某一时刻).
///
/// T is the earlier of the period's end and *today*: a month still under way is
/// counted up to today, a month in the past up to its last day. Nothing dated after
/// T counts, so "in P" for an event means `start <= date <= T`. A period that starts
/// after today has nothing in it yet and is refused, rather than shown as zeros that
/// look like a bad month.
///
/// **A cohort** (`for 2010-09 through 2010-10-31`, ours) follows P's cards to a later
/// day D: T is D, after P's end. What belongs to P (its new cards, its traffic, its
/// orders, deliveries and losses, its opening and closing stock) still counts up to
/// P's last day (`lastDay`); what a card has done by T (visited, come back,
/// test-driven, ordered or delivered in the funnel) is read at D. So "of September's
/// new cards, how many had visited by October 31" is `new_overall_visit_rate for
/// 2010-09 through 2010-10-31`.
public struct AsOfPeriod: Hashable, Sendable, CustomStringConvertible {
    public let period: Period
    /// The day taken as today (see `Today.resolve`).
    public let today: Day
    /// T: `min(period.end, today)`, or a cohort's D. Never before `period.start`.
    public let asOf: Day

    /// Applies the as-of rule; throws when the period starts after `today`.
    public init(period: Period, today: Day) throws(PeriodError) {
        guard period.start <= today else {
            throw PeriodError(text: period.label, kind: .startsAfterToday(today: today))
        }
        self.period = period
        self.today = today
        self.asOf = min(period.end, today)
    }

    /// A cohort: P's cards followed to `day` (T = `day`, which may be after P's end).
    /// Throws when P starts after today, or `day` is before P's start or after today.
    public init(period: Period, through day: Day, today: Day) throws(PeriodError) {
        guard period.start <= today else {
            throw PeriodError(text: period.label, kind: .startsAfterToday(today: today))
        }
        guard day >= period.start else {
            throw PeriodError(text: day.description, kind: .throughBeforeStart(period: period.label, start: period.start))
        }
        guard day <= today else {
            throw PeriodError(text: day.description, kind: .throughAfterToday(today: today))
        }
        self.period = period
        self.today = today
        self.asOf = day
    }

    /// The last day an event counts in P: `min(P's end, T)`. T itself except in a cohort.
    public var lastDay: Day { min(period.end, asOf) }

    /// Whether T is after P's end: P's cards followed to a later day.
    public var isCohort: Bool { asOf > period.end }

    public var start: Day { period.start }
    public var end: Day { period.end }

    /// Whether an event dated `day` is "in P": `start <= day <= min(end, T)`.
    public func contains(_ day: Day) -> Bool { period.start <= day && day <= lastDay }

    /// Whether an event given as a raw day number (`Int32.max` for "not set") is in P;
    /// the form the column kernels use.
    @inlinable
    public func contains(raw day: Int32) -> Bool { period.start.rawValue <= day && day <= lastDay.rawValue }

    /// Days of P up to T, the divisor of daily averages (`daily_traffic`).
    public var elapsedDays: Int { lastDay - period.start + 1 }

    /// Whether the whole period has passed (T is its last day, or later in a cohort).
    public var isComplete: Bool { asOf >= period.end }

    /// The previous period of the same kind, as of the same today. It always lies
    /// before today, so it is counted whole.
    public var previous: AsOfPeriod {
        let before = period.previous
        return AsOfPeriod(unchecked: before, today: today, asOf: min(before.end, today))
    }

    /// `2010-10 as of 2010-10-20`.
    public var description: String {
        if isCohort { return "\(period.label) through \(asOf)" }
        return isComplete ? period.label : "\(period.label) as of \(asOf)"
    }

    /// A piece of P (`by week`): its own period as of the same today, followed to the
    /// same D in a cohort; `nil` for a piece that starts after T.
    public func piece(_ piece: Period) -> AsOfPeriod? {
        guard piece.start <= lastDay else { return nil }
        if isCohort { return try? AsOfPeriod(period: piece, through: asOf, today: today) }
        return try? AsOfPeriod(period: piece, today: today)
    }

    private init(unchecked period: Period, today: Day, asOf: Day) {
        self.period = period
        self.today = today
        self.asOf = asOf
    }
}
