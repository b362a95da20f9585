import Testing
@testable import FunnelStore

@Suite struct DayTests {
    @Test(arguments: [
        ("1970-01-01", 0), ("2010-10-31", 14_913), ("2000-02-29", 11_016), ("2010-10-01T09:30", 14_883),
        ("2010-10-01 09:30:15", 14_883), ("2010-10-01T23:59:59.123Z", 14_883),
    ])
    func parsesDates(text: String, days: Int32) {
        #expect(Day(parsing: text)?.rawValue == days)
    }

    @Test(arguments: ["2010-02-30", "2010-13-01", "2010-1-01", "20101001", "2010-10-01T", "2010-10-01X10:00",
                      "2010-10-01T25:00", "", "abcd-ef-gh", "2010-10-01T10:00:99"])
    func rejectsBadDates(text: String) {
        #expect(Day(parsing: text) == nil)
    }

    @Test func roundTripsEveryDayOfAFewCenturies() {
        for raw in Int32(-200_000)...Int32(200_000) {
            let day = Day(rawValue: raw)
            #expect(Day(parsing: day.description) == day)
        }
    }

    @Test func weekdays() {
        #expect(Day(parsing: "2010-10-04")?.isoWeekday == 1)
        #expect(Day(parsing: "2010-10-31")?.isoWeekday == 7)
    }
}
