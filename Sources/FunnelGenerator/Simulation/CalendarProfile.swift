import FunnelStore

/// How busy a showroom is on a given day, as integer weights: weekends bring about
/// twice the visitors of a weekday, February (Spring Festival) is slow, the May Day
/// and National Day golden weeks are busy, and December has the year-end push.
enum CalendarProfile {
    /// Relative weight (about 100 on an ordinary weekday) of `day` for new cards and visits.
    static func weight(of day: Day) -> Int {
        let (_, month, dayOfMonth) = day.civil
        let seasonal = monthWeights[month - 1]
        let weekday = day.isoWeekday >= 6 ? (day.isoWeekday == 6 ? 190 : 170) : 100
        var holiday = 100
        if month == 1 && dayOfMonth <= 3 { holiday = 60 }
        if month == 5 && dayOfMonth <= 3 { holiday = 150 }
        if month == 10 && dayOfMonth <= 7 { holiday = 200 }
        return seasonal * weekday * holiday / 10_000
    }

    /// The May Day and National Day golden weeks, when crowds browse showrooms:
    /// more visitors leave without giving their details.
    static func isGoldenWeek(_ day: Day) -> Bool {
        let (_, month, dayOfMonth) = day.civil
        return (month == 5 && dayOfMonth <= 3) || (month == 10 && dayOfMonth <= 7)
    }

    /// January through December.
    private static let monthWeights = [95, 65, 100, 110, 105, 95, 85, 95, 105, 110, 100, 115]

    /// Weights of the days `start...end`, in order.
    static func weights(from start: Day, through end: Day) -> [Int] {
        guard start <= end else { return [] }
        return (0...(end - start)).map { weight(of: start + $0) }
    }

    /// A minute of the day between `from` and `to` (minutes after midnight).
    static func minute(_ rng: inout Xoshiro256StarStar, from: Int, to: Int) -> Int16 {
        Int16(rng.int(from...to))
    }

    /// The showroom's working hours, 08:30 to 20:00: every generated time of day falls
    /// in them (captures, follow-ups, callbacks, traffic).
    static let opening = 510
    static let closing = 1200
    static let workingHours = opening...closing
}
