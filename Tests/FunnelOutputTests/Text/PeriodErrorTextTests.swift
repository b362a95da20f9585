import FunnelDomain
import FunnelOutput
import FunnelStore
import Testing

/// Every way period text can be wrong, and the exact sentence a manager reads.
@Suite struct PeriodErrorTextTests {
    static let formsHint = "write a day (2010-10-05), an ISO week (2010-W41), a month (2010-10), "
        + "a quarter (2010-Q4), a year (2010) or a range (2010-10-01..2010-10-15), "
        + "or say it: last month, this week, 上月, last 7 days, today - 7 (help periods)"

    @Test("bad period text says what is wrong", arguments: [
        ("2010-13", "2010-13", "2010-13 is not a month: months run 01 to 12"),
        ("2010-00", "2010-00", "2010-00 is not a month: months run 01 to 12"),
        ("2010-W54", "2010-W54", "2010-W54: 2010 has 52 ISO weeks"),
        ("2010-W53", "2010-W53", "2010-W53: 2010 has 52 ISO weeks"),
        ("2009-W54", "2009-W54", "2009-W54: 2009 has 53 ISO weeks"),
        ("2010-W00", "2010-W00", "2010-W00 is not a week: ISO weeks are numbered from W01"),
        ("2010-W5", "2010-W5", "2010-W5 is not a period: write the week with two digits, e.g. 2010-W05"),
        ("2010-Q5", "2010-Q5", "2010-Q5 is not a quarter: quarters run Q1 to Q4"),
        ("2010-Q0", "2010-Q0", "2010-Q0 is not a quarter: quarters run Q1 to Q4"),
        ("2010-02-30", "2010-02-30", "2010-02-30 is not a day: 2010-02 has 28 days"),
        ("2010-10-00", "2010-10-00", "2010-10-00 is not a day: 2010-10 has 31 days"),
        ("2010-13-01", "2010-13-01", "2010-13-01 is not a day: months run 01 to 12"),
        ("0000", "0000", "0000 is not a year: years run 0001 to 9999"),
        ("2010-10-15..2010-10-01", "2010-10-15..2010-10-01", "2010-10-15..2010-10-01: range ends before it starts"),
        ("2010-12..2010-10", "2010-12..2010-10", "2010-12..2010-10: range ends before it starts"),
        ("2010-10..2010-13", "2010-13", "2010-13 is not a month: months run 01 to 12"),
        ("2010-10-01..", "2010-10-01..", "2010-10-01..: a range needs a start and an end, e.g. 2010-10-01..2010-10-15"),
        ("2010..2011..2012", "2010..2011..2012",
         "2010..2011..2012 is not a period: a range has a single '..', e.g. 2010-10-01..2010-10-15"),
        ("", "", "no period given: " + Self.formsHint),
        ("   ", "", "no period given: " + Self.formsHint),
        ("october", "october", "october needs its year, e.g. october 2010"),
        ("2010-1", "2010-1", "2010-1 is not a period: " + Self.formsHint),
        ("2010/10", "2010/10", "2010/10 is not a period: " + Self.formsHint),
        ("2010-10-05T10:00", "2010-10-05T10:00", "2010-10-05T10:00 is not a period: " + Self.formsHint),
        ("２０１０", "２０１０", "２０１０ is not a period: " + Self.formsHint),
    ])
    func says(text: String, offending: String, message: String) {
        do {
            _ = try PeriodParser.parse(text)
            Issue.record("parsed \(text)")
        } catch {
            #expect(error.text == offending)
            #expect(error.message == message)
        }
    }

    @Test func aPeriodAfterTodaySaysSo() throws {
        let november = try PeriodParser.parse("2010-11")
        do {
            _ = try AsOfPeriod(period: november, today: Day(parsing: "2010-10-20") ?? Day(rawValue: 0))
            Issue.record("accepted")
        } catch {
            #expect(error.message == "2010-11 starts after today (2010-10-20): nothing in it has happened yet")
        }
    }
}
