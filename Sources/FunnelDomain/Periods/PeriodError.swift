/// Why some text is not a usable period, said so a sales manager can fix it:
/// `2010-13 is not a month: months run 01 to 12`.
///
/// Errors are values: the command line shows `message` and carries on.
public struct PeriodError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The offending text, trimmed: the whole input, or the side of a range at fault.
    public let text: String
    /// The full sentence to show, which names `text`.
    public let message: String

    public init(text: String, message: String) {
        self.text = text
        self.message = message
    }

    public var description: String { message }

    /// The forms a period may take, for "not a period" messages.
    static let forms = "write a day (2010-10-05), an ISO week (2010-W41), a month (2010-10), "
        + "a quarter (2010-Q4), a year (2010) or a range (2010-10-01..2010-10-15)"
}
