/// A calendar date, as days since 1970-01-01 (Arrow's Date32, Spark's DATE), proleptic Gregorian.
public struct SparkDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let daysSinceEpoch: Int64

    public init(daysSinceEpoch: Int64) {
        self.daysSinceEpoch = daysSinceEpoch
    }

    public init(year: Int, month: Int, day: Int) {
        self.daysSinceEpoch = CivilCalendar.days(year: Int64(year), month: Int64(month), day: Int64(day))
    }

    public var year: Int { Int(CivilCalendar.civil(days: daysSinceEpoch).year) }
    public var month: Int { Int(CivilCalendar.civil(days: daysSinceEpoch).month) }
    public var day: Int { Int(CivilCalendar.civil(days: daysSinceEpoch).day) }

    /// `2024-03-09`.
    public var description: String {
        let (year, month, day) = CivilCalendar.civil(days: daysSinceEpoch)
        return CivilCalendar.dateText(year: year, month: month, day: day)
    }

    public static func < (left: SparkDate, right: SparkDate) -> Bool {
        left.daysSinceEpoch < right.daysSinceEpoch
    }
}

/// An instant, as microseconds since 1970-01-01T00:00:00Z (Spark's TIMESTAMP; a TIMESTAMP_NTZ is
/// the same count read as wall-clock time with no zone).
public struct SparkTimestamp: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let microsecondsSinceEpoch: Int64

    public init(microsecondsSinceEpoch: Int64) {
        self.microsecondsSinceEpoch = microsecondsSinceEpoch
    }

    /// The date and time in UTC: `2024-03-09 14:05:00`, with `.ffffff` when there are fractions.
    public var description: String {
        let perDay: Int64 = 86_400_000_000
        let (days, rest) = microsecondsSinceEpoch.floorDivided(by: perDay)
        let (year, month, day) = CivilCalendar.civil(days: days)
        let seconds = rest / 1_000_000
        let fraction = rest % 1_000_000
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : String(value) }
        var text = CivilCalendar.dateText(year: year, month: month, day: day)
            + " \(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
        if fraction != 0 {
            let digits = String(fraction)
            text += "." + String(repeating: "0", count: 6 - digits.count) + digits
        }
        return text
    }

    public static func < (left: SparkTimestamp, right: SparkTimestamp) -> Bool {
        left.microsecondsSinceEpoch < right.microsecondsSinceEpoch
    }
}

extension Int64 {
    /// Division rounding towards minus infinity, with a remainder that is never negative.
    func floorDivided(by divisor: Int64) -> (quotient: Int64, remainder: Int64) {
        var quotient = self / divisor
        var remainder = self % divisor
        if remainder < 0 {
            quotient -= 1
            remainder += divisor
        }
        return (quotient, remainder)
    }
}

/// Days since the epoch to and from year, month, day (Howard Hinnant's civil calendar
/// algorithms), valid over the whole range of the day counts Arrow can carry.
enum CivilCalendar {
    static func civil(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        // Day counts from Arrow are at most about 2^37 (milliseconds or microseconds divided
        // down to days, or 32 bits), far from overflowing any step here.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthPart = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthPart + 2) / 5 + 1
        let month = monthPart < 10 ? monthPart + 3 : monthPart - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func dateText(year: Int64, month: Int64, day: Int64) -> String {
        func padded(_ value: Int64, _ width: Int) -> String {
            let digits = String(value.magnitude)
            return (value < 0 ? "-" : "") + String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
        }
        return "\(padded(year, 4))-\(padded(month, 2))-\(padded(day, 2))"
    }
}
