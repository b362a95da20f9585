import FunnelStore

/// Reads period text (domain.md §2), byte by byte and without Foundation:
///
/// | text | period |
/// | --- | --- |
/// | `2010-10-05` | that day |
/// | `2010-W41` | ISO week 41 of ISO year 2010, Monday to Sunday (`w` also accepted) |
/// | `2010-10` | the month |
/// | `2010-Q4` | the quarter (`q` also accepted) |
/// | `2010` | the year |
/// | `A..B` | from the start of period A to the end of period B, inclusive: `2010-10-01..2010-10-15`, `2010-10..2010-12` |
///
/// and, given a today, the periods people say (`PeriodPhrase`). Spaces around the
/// text and around `..` are ignored. Anything else is a `PeriodError` saying what is
/// wrong and what would be right.
public enum PeriodParser {
    /// The written forms only: nothing relative to a today (see `parse(_:today:)`).
    public static func parse(_ input: some StringProtocol) throws(PeriodError) -> Period {
        try read(input, today: nil)
    }

    /// Every form of domain.md §2: the written ones above, and the ones people say
    /// (`last month`, `本周`, `last 7 days`, `2010年10月`, `Oct 2010`, `today - 7`,
    /// `from A to B`; see `PeriodPhrase`), relative to `today`.
    public static func parse(_ input: some StringProtocol, today: Day) throws(PeriodError) -> Period {
        try read(input, today: today)
    }

    /// The English words a period may open with, for "did you mean".
    public static var words: [String] { PeriodPhrase.words }

    private static func read(_ input: some StringProtocol, today: Day?) throws(PeriodError) -> Period {
        let text = trimmed(String(input))
        guard !text.isEmpty else {
            throw PeriodError(text: "", kind: .empty)
        }
        var phrase = PeriodPhrase(text: text, today: today)
        return try phrase.read()
    }

    /// One period that is not a range.
    static func single(_ text: String) throws(PeriodError) -> Period {
        let b = Array(text.utf8)
        func digits(_ from: Int, _ count: Int) -> Int? {
            guard from >= 0, from + count <= b.count else { return nil }
            var value = 0
            for i in from..<(from + count) {
                let c = b[i]
                guard c >= UInt8(ascii: "0"), c <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(c - UInt8(ascii: "0"))
            }
            return value
        }
        func fail(_ kind: PeriodError.Kind) -> PeriodError { PeriodError(text: text, kind: kind) }
        let notAPeriod = fail(.notAPeriod)

        guard let year = digits(0, 4) else { throw notAPeriod }
        if b.count == 4 {
            guard year >= 1 else { throw fail(.yearOutOfRange) }
            return PeriodGrain.year.period(containing: Day(year: year, month: 1, day: 1) ?? Day(rawValue: 0))
        }
        guard b.count >= 6, b[4] == UInt8(ascii: "-") else { throw notAPeriod }
        guard year >= 1 else { throw fail(.periodYearOutOfRange) }

        let marker = b[5]
        if marker == UInt8(ascii: "W") || marker == UInt8(ascii: "w") {
            if b.count == 7, let week = digits(6, 1) {
                throw fail(.weekWithOneDigit(padded: "\(Period.pad(year, 4))-W0\(week)"))
            }
            guard b.count == 8, let week = digits(6, 2) else { throw notAPeriod }
            guard week >= 1 else { throw fail(.weekZero) }
            guard let isoWeek = ISOWeek(year: year, week: week) else {
                throw fail(.weekBeyondYear(year: Period.pad(year, 4), weeks: ISOWeek.weeks(in: year)))
            }
            return PeriodGrain.week.period(containing: isoWeek.start)
        }
        if marker == UInt8(ascii: "Q") || marker == UInt8(ascii: "q") {
            guard b.count == 7, let quarter = digits(6, 1) else { throw notAPeriod }
            guard (1...4).contains(quarter), let first = Day(year: year, month: (quarter - 1) * 3 + 1, day: 1) else {
                throw fail(.quarterOutOfRange)
            }
            return PeriodGrain.quarter.period(containing: first)
        }
        guard let month = digits(5, 2) else { throw notAPeriod }
        if b.count == 7 {
            guard let first = Day(year: year, month: month, day: 1) else {
                throw fail(.monthOutOfRange)
            }
            return PeriodGrain.month.period(containing: first)
        }
        guard b.count == 10, b[7] == UInt8(ascii: "-"), let dayOfMonth = digits(8, 2) else { throw notAPeriod }
        guard (1...12).contains(month) else { throw fail(.dayInMonthOutOfRange) }
        guard let day = Day(year: year, month: month, day: dayOfMonth) else {
            let days = Day.daysIn(month: month, year: year)
            throw fail(.dayBeyondMonth(month: "\(Period.pad(year, 4))-\(Period.pad(month, 2))", days: days))
        }
        return Period.day(day)
    }

    /// Drops spaces and tabs around the text.
    private static func trimmed(_ text: String) -> String {
        let blank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{3000}" }
        var slice = Substring(text)
        while let first = slice.first, blank(first) { slice = slice.dropFirst() }
        while let last = slice.last, blank(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
