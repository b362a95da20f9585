import FunnelStore

/// A period counted as of a day T (domain.md §2, 截至某一时刻).
///
/// T is the earlier of the period's end and *today*: a month still under way is
/// counted up to today, a month in the past up to its last day. Nothing dated after
/// T counts, so "in P" for an event means `start <= date <= T`. A period that starts
/// after today has nothing in it yet and is refused, rather than shown as zeros that
/// look like a bad month.
public struct AsOfPeriod: Hashable, Sendable, CustomStringConvertible {
    public let period: Period
    /// The day taken as today (see `Today.resolve`).
    public let today: Day
    /// T: `min(period.end, today)`. Never before `period.start`.
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

    public var start: Day { period.start }
    public var end: Day { period.end }

    /// Whether an event dated `day` is "in P": `start <= day <= T`.
    public func contains(_ day: Day) -> Bool { period.start <= day && day <= asOf }

    /// Whether an event given as a raw day number (`Int32.max` for "not set") is in P;
    /// the form the column kernels use.
    @inlinable
    public func contains(raw day: Int32) -> Bool { period.start.rawValue <= day && day <= asOf.rawValue }

    /// Days of P up to T, the divisor of daily averages (`daily_traffic`).
    public var elapsedDays: Int { asOf - period.start + 1 }

    /// Whether the whole period has passed (T is its last day).
    public var isComplete: Bool { asOf == period.end }

    /// The previous period of the same kind, as of the same today. It always lies
    /// before today, so it is counted whole.
    public var previous: AsOfPeriod {
        let before = period.previous
        return AsOfPeriod(unchecked: before, today: today, asOf: min(before.end, today))
    }

    /// `2010-10 as of 2010-10-20`.
    public var description: String { isComplete ? period.label : "\(period.label) as of \(asOf)" }

    private init(unchecked period: Period, today: Day, asOf: Day) {
        self.period = period
        self.today = today
        self.asOf = asOf
    }
}
