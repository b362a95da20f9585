import FunnelStore

/// A closed range of days `[start, end]` that KPIs are counted over (domain.md §2):
/// a day, an ISO week, a month, a quarter, a year, or an explicit range.
///
/// A period only says which days it covers; *as of which day* it is counted is the
/// job of `AsOfPeriod`, which applies the "nothing after T counts" rule.
public struct Period: Hashable, Sendable, CustomStringConvertible {
    /// First day, inclusive.
    public let start: Day
    /// Last day, inclusive; never before `start`.
    public let end: Day
    public let kind: PeriodKind
    /// How the period is shown: `2010-10-05`, `2010-W41`, `2010-10`, `2010-Q4`, `2010`,
    /// `2010-10-01..2010-10-15`. A piece of a split keeps the label of its whole unit.
    public let label: String

    /// A period from its parts. `end` before `start` is a programming error: user text
    /// goes through `Period(parsing:)` or `Period.range(from:to:)`, which report it.
    public init(start: Day, end: Day, kind: PeriodKind, label: String) {
        precondition(start <= end, "a period cannot end before it starts")
        self.start = start
        self.end = end
        self.kind = kind
        self.label = label
    }

    /// Parses period text; see `PeriodParser`.
    public init(parsing text: some StringProtocol) throws(PeriodError) {
        self = try PeriodParser.parse(text)
    }

    /// The single day `day`.
    public static func day(_ day: Day) -> Period {
        Period(start: day, end: day, kind: .day, label: day.description)
    }

    /// The explicit range `start..end`, or `nil` when it ends before it starts.
    public static func range(from start: Day, to end: Day) -> Period? {
        guard start <= end else { return nil }
        return Period(start: start, end: end, kind: .range, label: "\(start)..\(end)")
    }

    /// How many days the period covers.
    public var dayCount: Int { end - start + 1 }

    /// Whether `day` lies in `[start, end]`. (Whether an event *counts* also depends
    /// on the as-of day: see `AsOfPeriod.contains(_:)`.)
    public func contains(_ day: Day) -> Bool { start <= day && day <= end }

    /// The period before, for "compared with the previous period": the whole unit before
    /// for a day, week, month, quarter or year (so the month before October is all of
    /// September, 30 days), and the same number of days just before for a range.
    public var previous: Period {
        if let grain = kind.grain { return grain.period(containing: start - 1) }
        let length = dayCount
        return Period(start: start - length, end: start - 1, kind: .range, label: "\(start - length)..\(start - 1)")
    }

    /// Whether the period is a whole calendar unit of its kind (always true for a range).
    /// Pieces of `split(by:)` at the edges may be partial: they keep their unit's kind
    /// and label, so grouping by week gives the same keys whatever the period.
    public var isWhole: Bool {
        guard let grain = kind.grain else { return true }
        let whole = grain.period(containing: start)
        return whole.start == start && whole.end == end
    }

    /// The period cut into units of `grain`, in order, the first and last clipped to
    /// the period (October by week starts with the partial 2010-W39: 2010-10-01..03).
    public func split(by grain: PeriodGrain) -> [Period] {
        var pieces: [Period] = []
        var day = start
        while day <= end {
            let unit = grain.period(containing: day)
            let pieceEnd = min(unit.end, end)
            // Only past the calendar's last day can a unit miss the day it was asked for.
            guard pieceEnd >= day else { break }
            pieces.append(Period(start: day, end: pieceEnd, kind: unit.kind, label: unit.label))
            day = pieceEnd + 1
        }
        return pieces
    }

    public var description: String { label }

    /// Zero-padded decimal, for labels.
    static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
