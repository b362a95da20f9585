/// A calendar day as a count of days since 1970-01-01 (the proleptic Gregorian calendar).
///
/// Date columns hold these numbers as `Int32`, so comparing and subtracting dates
/// is integer arithmetic and no Foundation calendar is involved on any hot path.
public struct Day: RawRepresentable, Hashable, Comparable, Sendable, CustomStringConvertible {
    public var rawValue: Int32

    public init(rawValue: Int32) { self.rawValue = rawValue }

    /// The day for a valid civil date; `nil` for impossible dates such as 2010-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= Day.daysIn(month: month, year: year) else { return nil }
        self.rawValue = Int32(Day.daysFromCivil(year: year, month: month, day: day))
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.rawValue < rhs.rawValue }

    public static func + (lhs: Day, rhs: Int) -> Day { Day(rawValue: lhs.rawValue + Int32(rhs)) }
    public static func - (lhs: Day, rhs: Int) -> Day { Day(rawValue: lhs.rawValue - Int32(rhs)) }
    public static func - (lhs: Day, rhs: Day) -> Int { Int(lhs.rawValue) - Int(rhs.rawValue) }

    /// Year, month and day of month.
    public var civil: (year: Int, month: Int, day: Int) { Day.civilFromDays(Int(rawValue)) }

    /// ISO weekday: Monday 1 ... Sunday 7.
    public var isoWeekday: Int {
        // 1970-01-01 was a Thursday (4).
        let r = (Int(rawValue) + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = civil
        return Day.pad(y, 4) + "-" + Day.pad(m, 2) + "-" + Day.pad(d, 2)
    }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    static func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}

extension Day {
    /// Parses `YYYY-MM-DD`, or a date-time `YYYY-MM-DDTHH:MM[:SS]` (a space may stand
    /// for `T`, and fractional seconds or a zone may follow), keeping only the date.
    /// Returns `nil` when the text is not such a value or names an impossible date.
    public init?(parsing text: some StringProtocol) {
        guard let moment = Day.moment(parsing: text) else { return nil }
        self = moment.day
    }

    /// Parses a date or date-time as `init?(parsing:)` does, keeping its time of day as
    /// a minute (`TimeOfDay.none` for a plain date).
    public static func moment(parsing text: some StringProtocol) -> (day: Day, minute: Int16)? {
        let utf8 = Array(text.utf8)
        return utf8.withUnsafeBufferPointer { Day.parseMoment($0) }
    }

    /// Byte-level parser used by the loader; see `init?(parsing:)`.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Day? {
        parseMoment(bytes)?.day
    }

    /// Byte-level parser used by the loader: the day, and the minute of the day the
    /// value gives (`TimeOfDay.none` for a plain date). Seconds, their fractions and a
    /// zone are checked and dropped: the time is kept as written, to the minute, with no
    /// time-zone conversion.
    public static func parseMoment(_ bytes: UnsafeBufferPointer<UInt8>) -> (day: Day, minute: Int16)? {
        let n = bytes.count
        guard n >= 10 else { return nil }
        // Called once per date value while loading: plain integer arithmetic, -1 for
        // "not all digits", no optionals or overflow checks in the loop.
        @inline(__always) func number(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for i in from..<(from + count) {
                let d = Int(bytes[i]) &- 48
                if d < 0 || d > 9 { return nil }
                v = v &* 10 &+ d
            }
            return v
        }
        guard bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let y = number(0, 4), let m = number(5, 2), let d = number(8, 2) else { return nil }
        var minute = TimeOfDay.none
        if n > 10 {
            // A time part: T or space, then HH:MM, optional :SS and anything after.
            let sep = bytes[10]
            guard sep == UInt8(ascii: "T") || sep == UInt8(ascii: " "), n >= 16,
                  let hh = number(11, 2), bytes[13] == UInt8(ascii: ":"), let mm = number(14, 2),
                  hh < 24, mm < 60 else { return nil }
            if n > 16 {
                let next = bytes[16]
                if next == UInt8(ascii: ":") {
                    guard n >= 19, let ss = number(17, 2), ss < 61 else { return nil }
                    if n > 19 {
                        let tail = bytes[19]
                        guard tail == UInt8(ascii: ".") || tail == UInt8(ascii: "Z")
                            || tail == UInt8(ascii: "+") || tail == UInt8(ascii: "-") else { return nil }
                    }
                } else {
                    guard next == UInt8(ascii: "Z") || next == UInt8(ascii: "+")
                        || next == UInt8(ascii: "-") else { return nil }
                }
            }
            minute = Int16(hh &* 60 &+ mm)
        }
        guard let day = Day(year: y, month: m, day: d) else { return nil }
        return (day, minute)
    }
}
