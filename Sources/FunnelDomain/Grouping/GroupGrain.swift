import FunnelStore

/// What `by GRAIN` makes of a date: the period that holds it (`by month`: 2010-10), or
/// where it falls in the day or the week whatever the period (`by hour`: 15, `by
/// weekday`: Saturday). Periods split a KPI's P into pieces; an hour or a weekday is a
/// group of rows only, so `count traffic by hour` works and a KPI takes period grains.
public enum GroupGrain: Hashable, Sendable {
    case period(PeriodGrain)
    /// The hour of a date-time, 0...23; a row with no time of day has none.
    case hour
    /// The ISO weekday of a date, Monday...Sunday.
    case weekday

    /// Every grain, periods first: what `by` offers and "did you mean" compares with.
    public static let all: [GroupGrain] = PeriodGrain.allCases.map { .period($0) } + [.hour, .weekday]

    /// The grain for an English name (any case) or a Chinese word (小时, 星期几).
    public init?(name: some StringProtocol) {
        if let period = PeriodGrain(name: name) {
            self = .period(period)
            return
        }
        let lowered = name.lowercased()
        if lowered == "hour" || GroupGrain.hourWords.contains(String(name)) {
            self = .hour
        } else if lowered == "weekday" || GroupGrain.weekdayWords.contains(String(name)) {
            self = .weekday
        } else {
            return nil
        }
    }

    /// The grain's name as a query writes it and a result column is headed.
    public var name: String {
        switch self {
        case .period(let grain): grain.rawValue
        case .hour: "hour"
        case .weekday: "weekday"
        }
    }

    /// The period grain, when this is one.
    public var period: PeriodGrain? {
        if case .period(let grain) = self { return grain }
        return nil
    }

    static let hourWords = ["小时", "时段"]
    static let weekdayWords = ["星期几", "周几"]
}

/// A day of the week, Monday first (ISO 8601): the values `by weekday` groups into.
public enum Weekday: UInt8, FieldEnum {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    public static let fieldName = "weekday"

    public var token: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][Int(rawValue)]
    }

    public var chineseWords: [String] {
        [["星期一", "周一"], ["星期二", "周二"], ["星期三", "周三"], ["星期四", "周四"], ["星期五", "周五"],
         ["星期六", "周六"], ["星期日", "周日", "星期天"]][Int(rawValue)]
    }

    /// The weekday of a day.
    public init(_ day: Day) {
        self = Weekday(rawValue: UInt8(day.isoWeekday - 1)) ?? .monday
    }
}
