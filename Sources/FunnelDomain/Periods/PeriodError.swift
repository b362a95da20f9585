import FunnelStore

/// Why some text is not a usable period: the offending text (the whole input, or
/// the side of a range at fault) and what is wrong with it, so the message can say
/// what would be right (`2010-13 is not a month: months run 01 to 12`; the words
/// are the output layer's, `FunnelOutput`'s `PeriodErrorText`).
public struct PeriodError: Error, Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// Nothing given.
        case empty
        /// None of the forms.
        case notAPeriod
        /// `2010-10-01..`: a range with a side missing.
        case rangeSideMissing
        /// More than one `..`.
        case severalRanges
        /// A range ending before it starts.
        case rangeBackwards
        /// Year 0000 alone.
        case yearOutOfRange
        /// Year 0000 in a week, month, quarter or day.
        case periodYearOutOfRange
        /// `2010-W5`: the week written with one digit; `padded` is how to write it.
        case weekWithOneDigit(padded: String)
        /// `2010-W00`.
        case weekZero
        /// `2010-W54`: the ISO year has only `weeks` weeks.
        case weekBeyondYear(year: String, weeks: Int)
        case quarterOutOfRange
        case monthOutOfRange
        /// `2010-13-01`.
        case dayInMonthOutOfRange
        /// `2010-02-30`: the month has only `days` days.
        case dayBeyondMonth(month: String, days: Int)
        /// A period that starts after today: nothing in it has happened yet.
        case startsAfterToday(today: Day)
        /// `for 2010-10 through 2010-09-15`: a cohort followed to a day before P starts.
        case throughBeforeStart(period: String, start: Day)
        /// `through` a day after today: nothing after today has happened.
        case throughAfterToday(today: Day)
        /// A word no period is said with (the text); `candidates` are the words that
        /// could stand there, for "did you mean".
        case unknownWord(candidates: [String])
        /// `Oct` or `October` without its year.
        case monthNeedsYear
        /// `last 0 days`.
        case noDays
        /// `2010-10 + 3`: only a day moves by days.
        case arithmeticNeedsDay
    }

    /// The offending text, trimmed.
    public let text: String
    public let kind: Kind

    public init(text: String, kind: Kind) {
        self.text = text
        self.kind = kind
    }
}
