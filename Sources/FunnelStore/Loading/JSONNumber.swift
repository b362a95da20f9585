/// A JSON number as scanned: where its text is, and its value when it is an integer
/// that fits `Int64`. Other numbers are converted by the caller from the text, which
/// is rare enough (doubles in extra columns) not to need a byte-level parser.
struct JSONNumber: Sendable {
    /// `start ..< end` is the number's text in the input.
    var start: Int
    var end: Int
    /// No fraction and no exponent.
    var isIntegerSyntax: Bool
    /// The value, for integer syntax within `Int64`; `nil` otherwise (including overflow).
    var integer: Int64?
}
