import Testing
@testable import FunnelSpark

struct SparkValueTextTests {
    @Test func decimalsAreWrittenExactly() {
        #expect(SparkDecimal(unscaled: 1250, scale: 2).description == "12.50")
        #expect(SparkDecimal(unscaled: -5, scale: 2).description == "-0.05")
        #expect(SparkDecimal(unscaled: 0, scale: 3).description == "0.000")
        #expect(SparkDecimal(unscaled: 7, scale: 0).description == "7")
        #expect(SparkDecimal(unscaled: 7, scale: -2).description == "700")
        #expect(SparkDecimal(unscaled: Int128.min, scale: 38).description.hasPrefix("-1.70141183460469231731687303715884105728"))
        #expect(SparkDecimal(unscaled: 125, scale: 1).doubleValue == 12.5)
    }

    @Test func datesRoundTripThroughTheCalendar() {
        for days: Int64 in [-719_162, -1, 0, 1, 59, 19_782, 2_932_896] {
            let date = SparkDate(daysSinceEpoch: days)
            #expect(SparkDate(year: date.year, month: date.month, day: date.day) == date)
        }
        #expect(SparkDate(year: 2024, month: 2, day: 29).description == "2024-02-29")
        #expect(SparkDate(daysSinceEpoch: 0).description == "1970-01-01")
        #expect(SparkDate(daysSinceEpoch: -719_162).description == "0001-01-01")
    }

    @Test func timestampsAreWrittenInUTC() {
        #expect(SparkTimestamp(microsecondsSinceEpoch: 0).description == "1970-01-01 00:00:00")
        #expect(SparkTimestamp(microsecondsSinceEpoch: -1).description == "1969-12-31 23:59:59.999999")
        #expect(SparkTimestamp(microsecondsSinceEpoch: 1_500_000).description == "1970-01-01 00:00:01.500000")
    }
}
