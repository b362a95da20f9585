/// `callbacks [DAY | missed [for PERIOD]] [at N, N, ...] [grace N] clause*`: the
/// delivered cards to call back on a day (成交回访), or the callbacks missed in a period.
public struct CallbackRequest: Hashable, Sendable {
    /// The statement's word (`callbacks`, `成交回访`), for errors about the whole statement.
    public let keyword: SourceRange
    /// The day of the list (default: today).
    public let day: Value?
    /// `missed`, where it was written.
    public let missed: SourceRange?
    /// The period of the missed callbacks (default: the month of today, so far).
    public let period: Value?
    /// `at 1, 7, 30`: the days after delivery a callback is due on (default 1, 7, 30).
    public let days: [Value]
    /// `grace 2`: the days after its due day a callback may still be made (default 2).
    public let grace: Value?
    public let clauses: Clauses

    public init(keyword: SourceRange, day: Value?, missed: SourceRange?, period: Value?, days: [Value],
                grace: Value?, clauses: Clauses) {
        self.keyword = keyword
        self.day = day
        self.missed = missed
        self.period = period
        self.days = days
        self.grace = grace
        self.clauses = clauses
    }
}
