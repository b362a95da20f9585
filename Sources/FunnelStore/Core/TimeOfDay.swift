/// A time of day as minutes after midnight (0 ..< 1440), the form a date column keeps
/// beside each day whose value was a date-time (`Column.minutes`): two bytes a row,
/// compared and subtracted as integers.
public enum TimeOfDay {
    /// A row whose value was a plain date: it has no time of day.
    public static let none: Int16 = -1
    /// Minutes in a day.
    public static let minutesPerDay = 1440

    /// `HH:MM`, or `nil` for `none` and anything out of range.
    public static func text(_ minute: Int16) -> String? {
        guard minute >= 0, Int(minute) < minutesPerDay else { return nil }
        let hours = Int(minute) / 60, minutes = Int(minute) % 60
        return (hours < 10 ? "0" : "") + String(hours) + ":" + (minutes < 10 ? "0" : "") + String(minutes)
    }

    /// The hour (0...23) of a minute of the day, or `nil` for `none`.
    public static func hour(_ minute: Int16) -> Int? {
        guard minute >= 0, Int(minute) < minutesPerDay else { return nil }
        return Int(minute) / 60
    }

    /// Minutes from one moment to a later one (negative when it is earlier): days and
    /// minutes of the day taken together. Both moments must have a time.
    public static func minutes(from start: (day: Int32, minute: Int16), to end: (day: Int32, minute: Int16)) -> Int {
        (Int(end.day) - Int(start.day)) * minutesPerDay + Int(end.minute) - Int(start.minute)
    }
}
