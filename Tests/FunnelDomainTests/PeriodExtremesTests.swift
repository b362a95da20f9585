import FunnelDomain
import FunnelStore
import Testing

/// The ends of the calendar: nothing traps, whatever day a date column holds.
@Suite struct PeriodExtremesTests {
    @Test(arguments: ["0001", "9999", "0001-W01", "9999-W52", "0001-01", "9999-12", "0001-Q1", "9999-Q4",
                      "0001-01-01", "9999-12-31", "0001-01-01..9999-12-31"])
    func extremesParseSplitAndStepBack(text: String) throws {
        let period = try Period(parsing: text)
        _ = period.previous
        if period.dayCount < 400 {
            for grain in PeriodGrain.allCases { #expect(!period.split(by: grain).isEmpty) }
        }
    }

    @Test(arguments: PeriodGrain.allCases)
    func sentinelDaysGroupSomewhere(grain: PeriodGrain) {
        for raw in [Int32.max, Int32.min, 0, -800_000, 3_000_000] {
            let unit = grain.period(containing: Day(rawValue: raw))
            #expect(unit.start <= unit.end)
            #expect(grain.start(of: Day(rawValue: raw)) == unit.start)
        }
        _ = ISOWeek(containing: Day(rawValue: .max))
    }
}
