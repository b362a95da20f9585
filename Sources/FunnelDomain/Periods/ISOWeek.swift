import FunnelStore

/// An ISO 8601 week: Monday to Sunday, numbered within its week-year, where week 1
/// is the week holding the year's first Thursday (so 2010-W01 starts 2010-01-04 and
/// 2010-01-01..03 belong to 2009-W53).
public struct ISOWeek: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The ISO week-year, which differs from the calendar year for a few days around New Year.
    public let year: Int
    /// 1 ... 52 or 53.
    public let week: Int

    /// The week `week` of ISO year `year`, or `nil` when the year has no such week.
    public init?(year: Int, week: Int) {
        guard (1...9999).contains(year), week >= 1, week <= ISOWeek.weeks(in: year) else { return nil }
        self.year = year
        self.week = week
    }

    /// The ISO week holding `day` (days outside years 0001-9999 taken as the nearest inside).
    public init(containing input: Day) {
        let day = PeriodGrain.clamped(input)
        // The week belongs to the year of its Thursday.
        let thursday = day + (4 - day.isoWeekday)
        let year = thursday.civil.year
        let jan1 = Day(year: year, month: 1, day: 1) ?? thursday
        self.year = year
        self.week = (thursday - jan1) / 7 + 1
    }

    /// Number of ISO weeks in a week-year: 53 when the year starts on a Thursday, or on
    /// a Wednesday in a leap year; otherwise 52.
    public static func weeks(in year: Int) -> Int {
        guard let jan1 = Day(year: year, month: 1, day: 1) else { return 52 }
        let weekday = jan1.isoWeekday
        return weekday == 4 || (weekday == 3 && Day.isLeap(year)) ? 53 : 52
    }

    /// The Monday that starts the week.
    public var start: Day {
        // 4 January is always in week 1.
        let jan4 = Day(year: year, month: 1, day: 4) ?? Day(rawValue: 0)
        return jan4 - (jan4.isoWeekday - 1) + 7 * (week - 1)
    }

    /// The Sunday that ends the week.
    public var end: Day { start + 6 }

    /// `2010-W41`.
    public var label: String { Period.pad(year, 4) + "-W" + Period.pad(week, 2) }

    public var description: String { label }

    public static func < (lhs: ISOWeek, rhs: ISOWeek) -> Bool { (lhs.year, lhs.week) < (rhs.year, rhs.week) }
}
