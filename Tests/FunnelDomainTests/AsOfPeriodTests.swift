import FunnelDomain
import FunnelStore
import Testing

/// domain.md §2: every KPI is computed as of T = min(P.end, today); nothing dated
/// after T counts; a period starting after today is an error.
@Suite struct AsOfPeriodTests {
    @Test("T is the earlier of the period's end and today", arguments: [
        ("2010-10", "2010-10-20", "2010-10-20", 20, false),
        ("2010-10", "2010-11-05", "2010-10-31", 31, true),
        ("2010-10", "2010-10-31", "2010-10-31", 31, true),
        ("2010-10", "2010-10-01", "2010-10-01", 1, false),
        ("2010-W41", "2010-10-13", "2010-10-13", 3, false),
        ("2010-10-05", "2011-01-01", "2010-10-05", 1, true),
        ("2010-10-01..2010-10-15", "2010-10-10", "2010-10-10", 10, false),
    ])
    func asOf(text: String, today: String, t: String, elapsed: Int, complete: Bool) throws {
        let window = try AsOfPeriod(period: Period(parsing: text), today: day(today))
        #expect(window.asOf == day(t))
        #expect(window.elapsedDays == elapsed)
        #expect(window.isComplete == complete)
    }

    @Test func aPeriodStartingAfterTodayIsRefused() throws {
        let november = try Period(parsing: "2010-11")
        #expect(throws: PeriodError(text: "2010-11", kind: .startsAfterToday(today: day("2010-10-20")))) {
            try AsOfPeriod(period: november, today: day("2010-10-20"))
        }
        // Starting today is fine: T is today, one day elapsed.
        let window = try AsOfPeriod(period: november, today: day("2010-11-01"))
        #expect(window.asOf == day("2010-11-01"))
    }

    @Test("in P means start <= date <= min(end, T)", arguments: [
        ("2010-09-30", false), ("2010-10-01", true), ("2010-10-20", true), ("2010-10-21", false),
        ("2010-10-31", false), ("2010-11-01", false),
    ])
    func inP(date: String, counts: Bool) throws {
        let window = try AsOfPeriod(period: Period(parsing: "2010-10"), today: day("2010-10-20"))
        #expect(window.contains(day(date)) == counts)
        #expect(window.contains(raw: day(date).rawValue) == counts)
        #expect(!window.contains(raw: Int32.max), "a date not set is never in P")
    }

    @Test func thePreviousPeriodIsCountedWhole() throws {
        let window = try AsOfPeriod(period: Period(parsing: "2010-10"), today: day("2010-10-20"))
        #expect(window.previous.period.label == "2010-09")
        #expect(window.previous.asOf == day("2010-09-30"))
        #expect(window.previous.isComplete)
        #expect(window.description == "2010-10 as of 2010-10-20")
        #expect(window.previous.description == "2010-09")
    }

    @Test func todayIsTheUsersDayElseTheDatasetsElseTheClock() {
        let clock = { day("2024-05-01") }
        #expect(Today.resolve(userSet: day("2010-10-03"), datasetAsOf: day("2010-10-20"), system: clock) == day("2010-10-03"))
        #expect(Today.resolve(userSet: nil, datasetAsOf: day("2010-10-20"), system: clock) == day("2010-10-20"))
        #expect(Today.resolve(userSet: nil, datasetAsOf: nil, system: clock) == day("2024-05-01"))
        #expect(Today.system() > day("2020-01-01"))
    }
}
