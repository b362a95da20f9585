import FunnelDomain
import FunnelOutput
import FunnelStore
import Testing

/// domain.md §2, "Periods people say": every form, in English and Chinese, resolved
/// relative to a given today and labelled with what it resolved to.
@Suite struct PeriodPhraseTests {
    /// (said, today, kind, start, end, label). 2010-10-31 is a Sunday (the demo's today),
    /// 2010-10-20 a Wednesday, 2010-01-02 a Saturday in ISO week 2009-W53.
    static let said: [(String, String, PeriodKind, String, String, String)] = [
        // Days.
        ("today", "2010-10-31", .day, "2010-10-31", "2010-10-31", "2010-10-31"),
        ("Today", "2010-10-31", .day, "2010-10-31", "2010-10-31", "2010-10-31"),
        ("今天", "2010-10-31", .day, "2010-10-31", "2010-10-31", "2010-10-31"),
        ("yesterday", "2010-10-31", .day, "2010-10-30", "2010-10-30", "2010-10-30"),
        ("昨天", "2010-10-31", .day, "2010-10-30", "2010-10-30", "2010-10-30"),
        ("tomorrow", "2010-10-31", .day, "2010-11-01", "2010-11-01", "2010-11-01"),
        ("明天", "2010-10-31", .day, "2010-11-01", "2010-11-01", "2010-11-01"),
        ("前天", "2010-10-31", .day, "2010-10-29", "2010-10-29", "2010-10-29"),
        ("yesterday", "2010-01-01", .day, "2009-12-31", "2009-12-31", "2009-12-31"),
        // ISO weeks, whole.
        ("this week", "2010-10-31", .week, "2010-10-25", "2010-10-31", "2010-W43"),
        ("本周", "2010-10-31", .week, "2010-10-25", "2010-10-31", "2010-W43"),
        ("这周", "2010-10-31", .week, "2010-10-25", "2010-10-31", "2010-W43"),
        ("last week", "2010-10-31", .week, "2010-10-18", "2010-10-24", "2010-W42"),
        ("上周", "2010-10-31", .week, "2010-10-18", "2010-10-24", "2010-W42"),
        ("上个星期", "2010-10-31", .week, "2010-10-18", "2010-10-24", "2010-W42"),
        ("next week", "2010-10-31", .week, "2010-11-01", "2010-11-07", "2010-W44"),
        ("下周", "2010-10-31", .week, "2010-11-01", "2010-11-07", "2010-W44"),
        ("this week", "2010-10-20", .week, "2010-10-18", "2010-10-24", "2010-W42"),
        ("LAST  WEEK", "2010-10-20", .week, "2010-10-11", "2010-10-17", "2010-W41"),
        ("this week", "2010-01-02", .week, "2009-12-28", "2010-01-03", "2009-W53"),
        ("last week", "2010-01-02", .week, "2009-12-21", "2009-12-27", "2009-W52"),
        // Months.
        ("this month", "2010-10-31", .month, "2010-10-01", "2010-10-31", "2010-10"),
        ("本月", "2010-10-31", .month, "2010-10-01", "2010-10-31", "2010-10"),
        ("这个月", "2010-10-20", .month, "2010-10-01", "2010-10-31", "2010-10"),
        ("last month", "2010-10-31", .month, "2010-09-01", "2010-09-30", "2010-09"),
        ("上月", "2010-10-31", .month, "2010-09-01", "2010-09-30", "2010-09"),
        ("上个月", "2010-10-31", .month, "2010-09-01", "2010-09-30", "2010-09"),
        ("next month", "2010-10-31", .month, "2010-11-01", "2010-11-30", "2010-11"),
        ("下月", "2010-10-31", .month, "2010-11-01", "2010-11-30", "2010-11"),
        ("下个月", "2010-10-31", .month, "2010-11-01", "2010-11-30", "2010-11"),
        ("last month", "2010-03-31", .month, "2010-02-01", "2010-02-28", "2010-02"),
        ("last month", "2010-01-02", .month, "2009-12-01", "2009-12-31", "2009-12"),
        // Quarters and years.
        ("this quarter", "2010-10-31", .quarter, "2010-10-01", "2010-12-31", "2010-Q4"),
        ("本季度", "2010-10-31", .quarter, "2010-10-01", "2010-12-31", "2010-Q4"),
        ("last quarter", "2010-10-31", .quarter, "2010-07-01", "2010-09-30", "2010-Q3"),
        ("上季度", "2010-10-31", .quarter, "2010-07-01", "2010-09-30", "2010-Q3"),
        ("last quarter", "2010-01-02", .quarter, "2009-10-01", "2009-12-31", "2009-Q4"),
        ("next quarter", "2010-10-31", .quarter, "2011-01-01", "2011-03-31", "2011-Q1"),
        ("this year", "2010-10-31", .year, "2010-01-01", "2010-12-31", "2010"),
        ("今年", "2010-10-31", .year, "2010-01-01", "2010-12-31", "2010"),
        ("last year", "2010-10-31", .year, "2009-01-01", "2009-12-31", "2009"),
        ("去年", "2010-10-31", .year, "2009-01-01", "2009-12-31", "2009"),
        ("明年", "2010-10-31", .year, "2011-01-01", "2011-12-31", "2011"),
        // The N days ending today.
        ("last 7 days", "2010-10-31", .range, "2010-10-25", "2010-10-31", "2010-10-25..2010-10-31"),
        ("past 7 days", "2010-10-31", .range, "2010-10-25", "2010-10-31", "2010-10-25..2010-10-31"),
        ("last 1 day", "2010-10-31", .range, "2010-10-31", "2010-10-31", "2010-10-31..2010-10-31"),
        ("last 30 days", "2010-10-31", .range, "2010-10-02", "2010-10-31", "2010-10-02..2010-10-31"),
        ("近7天", "2010-10-31", .range, "2010-10-25", "2010-10-31", "2010-10-25..2010-10-31"),
        ("最近7天", "2010-10-31", .range, "2010-10-25", "2010-10-31", "2010-10-25..2010-10-31"),
        ("近 30 天", "2010-10-31", .range, "2010-10-02", "2010-10-31", "2010-10-02..2010-10-31"),
        ("last 7 days", "2010-01-02", .range, "2009-12-27", "2010-01-02", "2009-12-27..2010-01-02"),
        // Written dates, in Chinese and English.
        ("2010年10月", "2010-10-31", .month, "2010-10-01", "2010-10-31", "2010-10"),
        ("2010年1月", "2010-10-31", .month, "2010-01-01", "2010-01-31", "2010-01"),
        ("2010年10月5日", "2010-10-31", .day, "2010-10-05", "2010-10-05", "2010-10-05"),
        ("2010年10月5号", "2010-10-31", .day, "2010-10-05", "2010-10-05", "2010-10-05"),
        ("2010年第41周", "2010-10-31", .week, "2010-10-11", "2010-10-17", "2010-W41"),
        ("2010年Q4", "2010-10-31", .quarter, "2010-10-01", "2010-12-31", "2010-Q4"),
        ("2010年第4季度", "2010-10-31", .quarter, "2010-10-01", "2010-12-31", "2010-Q4"),
        ("2010年", "2010-10-31", .year, "2010-01-01", "2010-12-31", "2010"),
        ("Oct 2010", "2010-10-31", .month, "2010-10-01", "2010-10-31", "2010-10"),
        ("October 2010", "2010-10-31", .month, "2010-10-01", "2010-10-31", "2010-10"),
        ("OCTOBER 2010", "2010-10-31", .month, "2010-10-01", "2010-10-31", "2010-10"),
        ("sept 2010", "2010-10-31", .month, "2010-09-01", "2010-09-30", "2010-09"),
        ("Feb 2008", "2010-10-31", .month, "2008-02-01", "2008-02-29", "2008-02"),
        ("2010q4", "2010-10-31", .quarter, "2010-10-01", "2010-12-31", "2010-Q4"),
        ("2010Q1", "2010-10-31", .quarter, "2010-01-01", "2010-03-31", "2010-Q1"),
        ("2010w41", "2010-10-31", .week, "2010-10-11", "2010-10-17", "2010-W41"),
        // Ranges: from the start of A to the end of B.
        ("2010-10-01..2010-10-15", "2010-10-31", .range, "2010-10-01", "2010-10-15", "2010-10-01..2010-10-15"),
        ("2010-10-01 to 2010-10-15", "2010-10-31", .range, "2010-10-01", "2010-10-15", "2010-10-01..2010-10-15"),
        ("from 2010-10-01 to 2010-10-15", "2010-10-31", .range, "2010-10-01", "2010-10-15", "2010-10-01..2010-10-15"),
        ("2010-10-01 至 2010-10-15", "2010-10-31", .range, "2010-10-01", "2010-10-15", "2010-10-01..2010-10-15"),
        ("2010年8月至2010年9月", "2010-10-31", .range, "2010-08-01", "2010-09-30", "2010-08..2010-09"),
        ("2010年8月到2010年9月", "2010-10-31", .range, "2010-08-01", "2010-09-30", "2010-08..2010-09"),
        ("last month to this month", "2010-10-31", .range, "2010-09-01", "2010-10-31", "2010-09..2010-10"),
        ("上月..本月", "2010-10-31", .range, "2010-09-01", "2010-10-31", "2010-09..2010-10"),
        ("Aug 2010 to last week", "2010-10-31", .range, "2010-08-01", "2010-10-24", "2010-08..2010-W42"),
        ("from today - 7 to today", "2010-10-31", .range, "2010-10-24", "2010-10-31", "2010-10-24..2010-10-31"),
        ("2010q3..2010q4", "2010-10-31", .range, "2010-07-01", "2010-12-31", "2010-Q3..2010-Q4"),
        // Day arithmetic.
        ("today - 7", "2010-10-31", .day, "2010-10-24", "2010-10-24", "2010-10-24"),
        ("today-7", "2010-10-31", .day, "2010-10-24", "2010-10-24", "2010-10-24"),
        ("today + 1", "2010-10-31", .day, "2010-11-01", "2010-11-01", "2010-11-01"),
        ("yesterday - 1", "2010-10-31", .day, "2010-10-29", "2010-10-29", "2010-10-29"),
        ("2010-10-05 + 30", "2010-10-31", .day, "2010-11-04", "2010-11-04", "2010-11-04"),
        ("2010-10-05 - 5 days", "2010-10-31", .day, "2010-09-30", "2010-09-30", "2010-09-30"),
        ("today - 7 + 2", "2010-10-31", .day, "2010-10-26", "2010-10-26", "2010-10-26"),
        ("今天 - 3", "2010-10-31", .day, "2010-10-28", "2010-10-28", "2010-10-28"),
        ("2010年10月5日 + 1", "2010-10-31", .day, "2010-10-06", "2010-10-06", "2010-10-06"),
    ]

    @Test("said periods resolve relative to today", arguments: said)
    func resolves(text: String, today: String, kind: PeriodKind, start: String, end: String, label: String) throws {
        let period = try PeriodParser.parse(text, today: day(today))
        #expect(period.kind == kind)
        #expect(period.start == day(start))
        #expect(period.end == day(end))
        #expect(period.label == label)
    }

    /// The written forms need no today; the relative ones do.
    @Test(arguments: ["2010年10月", "Oct 2010", "2010q4", "2010-10-01 to 2010-10-15", "2010-10-05 + 30"])
    func writtenFormsNeedNoToday(text: String) throws {
        #expect(try PeriodParser.parse(text) == PeriodParser.parse(text, today: day("2010-10-31")))
    }

    @Test(arguments: ["today", "last month", "上月", "last 7 days", "today - 7"])
    func relativeFormsNeedAToday(text: String) {
        #expect(throws: PeriodError(text: text, kind: .notAPeriod)) { try PeriodParser.parse(text) }
    }

    /// Every bad phrase names what is wrong, with the text at fault.
    @Test("bad phrases say what is wrong", arguments: [
        ("last 0 days", "last 0 days", "last 0 days is not a period: count at least one day, e.g. last 7 days"),
        ("近0天", "近0天", "近0天 is not a period: count at least one day, e.g. last 7 days"),
        ("2010年13月", "2010年13月", "2010年13月 is not a month: months run 01 to 12"),
        ("2010年2月30日", "2010年2月30日", "2010年2月30日 is not a day: 2010-02 has 28 days"),
        ("2010年第54周", "2010年第54周", "2010年第54周: 2010 has 52 ISO weeks"),
        ("2010年第0周", "2010年第0周", "2010年第0周 is not a week: ISO weeks are numbered from W01"),
        ("2010年第5季度", "2010年第5季度", "2010年第5季度 is not a quarter: quarters run Q1 to Q4"),
        ("2010q5", "2010q5", "2010q5 is not a quarter: quarters run Q1 to Q4"),
        ("Octobr 2010", "Octobr", "'Octobr' is not a word of a period — did you mean 'October'?"),
        ("last monht", "monht", "'monht' is not a word of a period — did you mean 'month'?"),
        ("yesterdy", "yesterdy", "'yesterdy' is not a word of a period — did you mean 'yesterday'?"),
        ("Oct", "Oct", "Oct needs its year, e.g. Oct 2010"),
        ("october", "october", "october needs its year, e.g. october 2010"),
        ("2010-10 + 3", "2010-10 + 3",
         "2010-10 + 3 is not a period: only a day moves by days, e.g. today - 7 or 2010-10-05 + 30"),
        ("last month - 1", "last month - 1",
         "last month - 1 is not a period: only a day moves by days, e.g. today - 7 or 2010-10-05 + 30"),
        ("this month to last month", "this month to last month", "this month to last month: range ends before it starts"),
        ("from 2010-10-01", "from 2010-10-01",
         "from 2010-10-01: a range needs a start and an end, e.g. 2010-10-01..2010-10-15"),
        ("2010-10 to", "2010-10 to", "2010-10 to: a range needs a start and an end, e.g. 2010-10-01..2010-10-15"),
        ("上月至本月至下月", "上月至本月至下月",
         "上月至本月至下月 is not a period: a range has a single '..', e.g. 2010-10-01..2010-10-15"),
        ("today - 99999999", "today - 99999999", "today - 99999999 is not a period: years run 0001 to 9999"),
    ])
    func says(text: String, offending: String, message: String) {
        do {
            let period = try PeriodParser.parse(text, today: day("2010-10-31"))
            Issue.record("\(text) parsed as \(period)")
        } catch {
            #expect(error.text == offending)
            #expect(error.message == message)
        }
    }

    /// A period said after today is refused as a written one is, when counted as of today.
    @Test(arguments: ["next month", "下周", "tomorrow", "next year"])
    func aSaidPeriodAfterTodayIsRefused(text: String) throws {
        let today = day("2010-10-31")
        let period = try PeriodParser.parse(text, today: today)
        #expect(throws: PeriodError.self) { try AsOfPeriod(period: period, today: today) }
    }

    /// The ends of the calendar: moving past them is an error, never a trap.
    @Test(arguments: [("tomorrow", "9999-12-31"), ("next month", "9999-12-31"), ("yesterday", "0001-01-01"),
                      ("last year", "0001-06-01"), ("last 9999999 days", "2010-10-31"), ("today + 4000000", "2010-10-31")])
    func theCalendarsEnds(text: String, today: String) {
        #expect(throws: PeriodError.self) { try PeriodParser.parse(text, today: day(today)) }
    }
}
