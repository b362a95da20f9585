import FunnelDomain

extension PeriodError {
    /// The forms a period may take, for "not a period" messages.
    static let forms = "write a day (2010-10-05), an ISO week (2010-W41), a month (2010-10), "
        + "a quarter (2010-Q4), a year (2010) or a range (2010-10-01..2010-10-15), "
        + "or say it: last month, this week, 上月, last 7 days, today - 7 (help periods)"

    /// The sentence to show, which names the offending text and says what would be right.
    public var message: String { message(in: .english) }

    public func message(in language: DisplayLanguage) -> String {
        language == .chinese ? chineseMessage : englishMessage
    }

    private var englishMessage: String {
        switch kind {
        case .empty: "no period given: " + PeriodError.forms
        case .notAPeriod: "\(text) is not a period: " + PeriodError.forms
        case .rangeSideMissing: "\(text): a range needs a start and an end, e.g. 2010-10-01..2010-10-15"
        case .severalRanges: "\(text) is not a period: a range has a single '..', e.g. 2010-10-01..2010-10-15"
        case .rangeBackwards: "\(text): range ends before it starts"
        case .yearOutOfRange: "\(text) is not a year: years run 0001 to 9999"
        case .periodYearOutOfRange: "\(text) is not a period: years run 0001 to 9999"
        case .weekWithOneDigit(let padded): "\(text) is not a period: write the week with two digits, e.g. \(padded)"
        case .weekZero: "\(text) is not a week: ISO weeks are numbered from W01"
        case .weekBeyondYear(let year, let weeks): "\(text): \(year) has \(weeks) ISO weeks"
        case .quarterOutOfRange: "\(text) is not a quarter: quarters run Q1 to Q4"
        case .monthOutOfRange: "\(text) is not a month: months run 01 to 12"
        case .dayInMonthOutOfRange: "\(text) is not a day: months run 01 to 12"
        case .dayBeyondMonth(let month, let days): "\(text) is not a day: \(month) has \(days) days"
        case .startsAfterToday(let today): "\(text) starts after today (\(today)): nothing in it has happened yet"
        case .throughBeforeStart(let period, let start):
            "through \(text) is before \(period) starts (\(start)): through follows \(period)'s cards to a later day"
        case .throughAfterToday(let today):
            "through \(text) is after today (\(today)): nothing after today has happened yet"
        case .unknownWord(let candidates):
            ErrorText.didYouMean(text, in: candidates).map { "'\(text)' is not a word of a period" + $0 }
                ?? "'\(text)' is not a period: " + PeriodError.forms
        case .monthNeedsYear: "\(text) needs its year, e.g. \(text) 2010"
        case .noDays: "\(text) is not a period: count at least one day, e.g. last 7 days"
        case .arithmeticNeedsDay:
            "\(text) is not a period: only a day moves by days, e.g. today - 7 or 2010-10-05 + 30"
        }
    }
}
