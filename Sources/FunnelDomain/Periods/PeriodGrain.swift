import FunnelStore

/// A calendar unit a period can be split into or a day grouped by (`by day`,
/// `by week`, `by month`, ...). Weeks are ISO weeks, Monday to Sunday, numbered
/// within their ISO week-year.
public enum PeriodGrain: String, CaseIterable, Hashable, Sendable {
    case day, week, month, quarter, year

    /// The period kind a whole unit of this grain has.
    public var kind: PeriodKind {
        switch self {
        case .day: .day
        case .week: .week
        case .month: .month
        case .quarter: .quarter
        case .year: .year
        }
    }

    /// Chinese words a query may use for the grain (按日 / 按周 / 按月 ...).
    public var chineseWords: [String] {
        switch self {
        case .day: ["日", "天"]
        case .week: ["周", "星期"]
        case .month: ["月"]
        case .quarter: ["季度", "季"]
        case .year: ["年"]
        }
    }

    /// The grain for an English name (any case) or a Chinese word.
    public init?(name: some StringProtocol) {
        let lowered = name.lowercased()
        if let grain = PeriodGrain(rawValue: lowered) {
            self = grain
        } else if let grain = PeriodGrain.allCases.first(where: { $0.chineseWords.contains(String(name)) }) {
            self = grain
        } else {
            return nil
        }
    }

    /// The first day of the unit holding `day`: a cheap grouping key for a date column,
    /// since days of one unit share it and keys sort in calendar order. Days outside
    /// years 0001-9999 (such as the `Int32.max` "not set" marker) are taken as the
    /// nearest day inside, so no input can trap.
    public func start(of input: Day) -> Day {
        let day = PeriodGrain.clamped(input)
        switch self {
        case .day:
            return day
        case .week:
            return day - (day.isoWeekday - 1)
        case .month:
            let (y, m, _) = day.civil
            return Day(year: y, month: m, day: 1) ?? day
        case .quarter:
            let (y, m, _) = day.civil
            return Day(year: y, month: (m - 1) / 3 * 3 + 1, day: 1) ?? day
        case .year:
            return Day(year: day.civil.year, month: 1, day: 1) ?? day
        }
    }

    /// The whole unit (ISO week, month, quarter, year or the day itself) holding `day`;
    /// days outside years 0001-9999 are taken as the nearest day inside.
    public func period(containing input: Day) -> Period {
        let day = PeriodGrain.clamped(input)
        switch self {
        case .day:
            return Period.day(day)
        case .week:
            // The last ISO week of 9999 runs into year 10000, past the calendar: cut it there.
            let week = ISOWeek(containing: day)
            return Period(start: week.start, end: min(week.end, PeriodGrain.lastDay), kind: .week, label: week.label)
        case .month:
            let (y, m, _) = day.civil
            let first = start(of: day)
            return Period(start: first, end: first + (Day.daysIn(month: m, year: y) - 1), kind: .month,
                          label: Period.pad(y, 4) + "-" + Period.pad(m, 2))
        case .quarter:
            let (y, m, _) = day.civil
            let q = (m - 1) / 3 + 1
            let first = start(of: day)
            let lastMonth = q * 3
            let last = (Day(year: y, month: lastMonth, day: Day.daysIn(month: lastMonth, year: y)) ?? first)
            return Period(start: first, end: last, kind: .quarter, label: Period.pad(y, 4) + "-Q" + String(q))
        case .year:
            let y = day.civil.year
            let first = start(of: day)
            return Period(start: first, end: first + (Day.isLeap(y) ? 365 : 364), kind: .year,
                          label: Period.pad(y, 4))
        }
    }

    /// The days the civil calendar covers here: 0001-01-01 ... 9999-12-31.
    static let firstDay = Day(year: 1, month: 1, day: 1) ?? Day(rawValue: -719_162)
    static let lastDay = Day(year: 9999, month: 12, day: 31) ?? Day(rawValue: 2_932_896)

    static func clamped(_ day: Day) -> Day { min(max(day, firstDay), lastDay) }
}
