import FunnelDomain
import FunnelStore
import Testing

/// domain.md §2: a period is a closed range of days, written as a day, an ISO week,
/// a month, a quarter, a year or an explicit range.
@Suite struct PeriodTests {
    @Test("every kind of period text", arguments: [
        ("2010-10-05", PeriodKind.day, "2010-10-05", "2010-10-05", "2010-10-05"),
        ("2010-W41", .week, "2010-10-11", "2010-10-17", "2010-W41"),
        ("2010-w41", .week, "2010-10-11", "2010-10-17", "2010-W41"),
        ("2010-10", .month, "2010-10-01", "2010-10-31", "2010-10"),
        ("2010-02", .month, "2010-02-01", "2010-02-28", "2010-02"),
        ("2008-02", .month, "2008-02-01", "2008-02-29", "2008-02"),
        ("2010-Q4", .quarter, "2010-10-01", "2010-12-31", "2010-Q4"),
        ("2010-q1", .quarter, "2010-01-01", "2010-03-31", "2010-Q1"),
        ("2010", .year, "2010-01-01", "2010-12-31", "2010"),
        ("2010-10-01..2010-10-15", .range, "2010-10-01", "2010-10-15", "2010-10-01..2010-10-15"),
        (" 2010-10-01 .. 2010-10-15 ", .range, "2010-10-01", "2010-10-15", "2010-10-01..2010-10-15"),
        ("2010-10..2010-12", .range, "2010-10-01", "2010-12-31", "2010-10..2010-12"),
        ("2010-W40..2010-10-31", .range, "2010-10-04", "2010-10-31", "2010-W40..2010-10-31"),
        ("2010-10-05..2010-10-05", .range, "2010-10-05", "2010-10-05", "2010-10-05..2010-10-05"),
    ])
    func parses(text: String, kind: PeriodKind, start: String, end: String, label: String) throws {
        let period = try Period(parsing: text)
        #expect(period.kind == kind)
        #expect(period.start == day(start))
        #expect(period.end == day(end))
        #expect(period.label == label)
    }

    /// ISO week-years: week 1 holds the first Thursday, so early January can belong
    /// to the previous year's week 52 or 53, and a year has 53 weeks only when it
    /// starts on a Thursday (or a Wednesday in a leap year).
    @Test("edge ISO weeks", arguments: [
        ("2009-W53", "2009-12-28", "2010-01-03"),
        ("2010-W01", "2010-01-04", "2010-01-10"),
        ("2004-W53", "2004-12-27", "2005-01-02"),
        ("2005-W01", "2005-01-03", "2005-01-09"),
        ("2008-W01", "2007-12-31", "2008-01-06"),
        ("2015-W53", "2015-12-28", "2016-01-03"),
        ("2020-W53", "2020-12-28", "2021-01-03"),
        ("2010-W52", "2010-12-27", "2011-01-02"),
    ])
    func isoWeeks(text: String, start: String, end: String) throws {
        let period = try Period(parsing: text)
        #expect(period.start == day(start))
        #expect(period.end == day(end))
        #expect(period.start.isoWeekday == 1)
        #expect(period.dayCount == 7)
    }

    @Test("the ISO week of a day", arguments: [
        ("2010-01-01", 2009, 53), ("2010-01-03", 2009, 53), ("2010-01-04", 2010, 1),
        ("2010-10-05", 2010, 40), ("2010-10-11", 2010, 41), ("2005-01-02", 2004, 53),
        ("2007-12-31", 2008, 1), ("2012-12-31", 2013, 1), ("2010-12-31", 2010, 52),
    ])
    func weekOfDay(text: String, year: Int, week: Int) {
        let w = ISOWeek(containing: day(text))
        #expect(w.year == year)
        #expect(w.week == week)
        #expect(w.start <= day(text) && day(text) <= w.end)
    }

    @Test("weeks in a year", arguments: [
        (2004, 53), (2009, 53), (2010, 52), (2015, 53), (2020, 53), (2026, 53), (2021, 52), (2000, 52),
    ])
    func weeksInYear(year: Int, weeks: Int) {
        #expect(ISOWeek.weeks(in: year) == weeks)
    }

    @Test("bad period text says what is wrong", arguments: [
        ("2010-13", "2010-13", PeriodError.Kind.monthOutOfRange),
        ("2010-W54", "2010-W54", .weekBeyondYear(year: "2010", weeks: 52)),
        ("2010-W5", "2010-W5", .weekWithOneDigit(padded: "2010-W05")),
        ("2010-02-30", "2010-02-30", .dayBeyondMonth(month: "2010-02", days: 28)),
        ("2010-10..2010-13", "2010-13", .monthOutOfRange),
        ("2010-12..2010-10", "2010-12..2010-10", .rangeBackwards),
        ("   ", "", .empty),
        ("２０１０", "２０１０", .notAPeriod),
    ])
    func rejects(text: String, offending: String, kind: PeriodError.Kind) {
        #expect(throws: PeriodError(text: offending, kind: kind)) {
            try Period(parsing: text)
        }
    }

    @Test("the period before", arguments: [
        ("2010-10-05", "2010-10-04", "2010-10-04", "2010-10-04"),
        ("2010-10-01", "2010-09-30", "2010-09-30", "2010-09-30"),
        ("2010-W41", "2010-10-04", "2010-10-10", "2010-W40"),
        ("2010-W01", "2009-12-28", "2010-01-03", "2009-W53"),
        ("2010-10", "2010-09-01", "2010-09-30", "2010-09"),
        ("2010-03", "2010-02-01", "2010-02-28", "2010-02"),
        ("2010-01", "2009-12-01", "2009-12-31", "2009-12"),
        ("2010-Q1", "2009-10-01", "2009-12-31", "2009-Q4"),
        ("2010", "2009-01-01", "2009-12-31", "2009"),
        ("2010-10-01..2010-10-15", "2010-09-16", "2010-09-30", "2010-09-16..2010-09-30"),
        ("2010-10..2010-12", "2010-07-01", "2010-09-30", "2010-07-01..2010-09-30"),
        ("2010-10-20..2010-11-05", "2010-10-03", "2010-10-19", "2010-10-03..2010-10-19"),
    ])
    func previous(text: String, start: String, end: String, label: String) throws {
        let period = try Period(parsing: text)
        let before = period.previous
        #expect(before.start == day(start))
        #expect(before.end == day(end))
        #expect(before.label == label)
        #expect(before.kind == period.kind)
        if period.kind == .range { #expect(before.dayCount == period.dayCount) }
    }

    @Test func dayCountAndContains() throws {
        let october = try Period(parsing: "2010-10")
        #expect(october.dayCount == 31)
        #expect(october.contains(day("2010-10-01")))
        #expect(october.contains(day("2010-10-31")))
        #expect(!october.contains(day("2010-09-30")))
        #expect(!october.contains(day("2010-11-01")))
        #expect(try Period(parsing: "2008").dayCount == 366)
        #expect(try Period(parsing: "2010-Q1").dayCount == 90)
        #expect(try Period(parsing: "2010-10-05").dayCount == 1)
    }

    /// A split case: the period, the grain, and each piece as `label start end whole|part`.
    static let splits: [(String, PeriodGrain, [String])] = [
        ("2010-10", .week, [
            "2010-W39 2010-10-01 2010-10-03 part", "2010-W40 2010-10-04 2010-10-10 whole",
            "2010-W41 2010-10-11 2010-10-17 whole", "2010-W42 2010-10-18 2010-10-24 whole",
            "2010-W43 2010-10-25 2010-10-31 whole",
        ]),
        ("2010-Q4", .month, [
            "2010-10 2010-10-01 2010-10-31 whole", "2010-11 2010-11-01 2010-11-30 whole",
            "2010-12 2010-12-01 2010-12-31 whole",
        ]),
        ("2010-10-30..2010-11-02", .day, [
            "2010-10-30 2010-10-30 2010-10-30 whole", "2010-10-31 2010-10-31 2010-10-31 whole",
            "2010-11-01 2010-11-01 2010-11-01 whole", "2010-11-02 2010-11-02 2010-11-02 whole",
        ]),
        ("2010-09-15..2010-11-10", .month, [
            "2010-09 2010-09-15 2010-09-30 part", "2010-10 2010-10-01 2010-10-31 whole",
            "2010-11 2010-11-01 2010-11-10 part",
        ]),
        ("2009-12-30..2010-01-05", .week, [
            "2009-W53 2009-12-30 2010-01-03 part", "2010-W01 2010-01-04 2010-01-05 part",
        ]),
        ("2010-W41", .month, ["2010-10 2010-10-11 2010-10-17 part"]),
        ("2010", .quarter, [
            "2010-Q1 2010-01-01 2010-03-31 whole", "2010-Q2 2010-04-01 2010-06-30 whole",
            "2010-Q3 2010-07-01 2010-09-30 whole", "2010-Q4 2010-10-01 2010-12-31 whole",
        ]),
        ("2009-12..2011-01", .year, [
            "2009 2009-12-01 2009-12-31 part", "2010 2010-01-01 2010-12-31 whole",
            "2011 2011-01-01 2011-01-31 part",
        ]),
    ]

    @Test("splitting a period, clipped to it", arguments: splits)
    func split(text: String, grain: PeriodGrain, pieces: [String]) throws {
        let period = try Period(parsing: text)
        let split = period.split(by: grain)
        let rendered = split.map { "\($0.label) \($0.start) \($0.end) \($0.isWhole ? "whole" : "part")" }
        #expect(rendered == pieces)
        #expect(split.allSatisfy { $0.kind == grain.kind })
        #expect(split.reduce(0) { $0 + $1.dayCount } == period.dayCount)
    }

    @Test("grouping a day by grain", arguments: [
        ("2010-10-05", PeriodGrain.day, "2010-10-05", "2010-10-05"),
        ("2010-10-05", .week, "2010-W40", "2010-10-04"),
        ("2010-01-02", .week, "2009-W53", "2009-12-28"),
        ("2010-10-05", .month, "2010-10", "2010-10-01"),
        ("2010-02-28", .month, "2010-02", "2010-02-01"),
        ("2010-11-30", .quarter, "2010-Q4", "2010-10-01"),
        ("2010-04-01", .quarter, "2010-Q2", "2010-04-01"),
        ("2010-10-05", .year, "2010", "2010-01-01"),
    ])
    func grouping(text: String, grain: PeriodGrain, label: String, start: String) {
        let unit = grain.period(containing: day(text))
        #expect(unit.label == label)
        #expect(unit.start == day(start))
        #expect(grain.start(of: day(text)) == day(start))
        #expect(unit.contains(day(text)))
        #expect(unit.isWhole)
    }

    /// Every day of a few years lands in exactly the unit that contains it, and units
    /// tile the calendar without gaps.
    @Test(arguments: PeriodGrain.allCases)
    func unitsTileTheCalendar(grain: PeriodGrain) {
        var previousEnd = grain.period(containing: day("2003-12-31")).end
        var d = previousEnd + 1
        while d <= day("2021-01-10") {
            let unit = grain.period(containing: d)
            #expect(unit.start == previousEnd + 1)
            #expect(grain.start(of: unit.end) == unit.start)
            #expect((try? Period(parsing: unit.label)) == unit)
            previousEnd = unit.end
            d = unit.end + 1
        }
    }

    @Test func grainNames() {
        #expect(PeriodGrain(name: "Week") == .week)
        #expect(PeriodGrain(name: "月") == .month)
        #expect(PeriodGrain(name: "fortnight") == nil)
    }
}
