/// The key of one group of a `by FIELD` grouping.
public enum KPIGroupKey: Hashable, Sendable, CustomStringConvertible {
    /// Cards (and traffic) with this value.
    case value(String)
    /// Cards (and traffic) with no value for the field.
    case missing
    /// Traffic tied to no card, when traffic follows the cards' groups by its linked
    /// card (every `none` entry lands here).
    case noCard

    /// The value, `(none)` or `(no card)`.
    public var description: String {
        switch self {
        case .value(let text): text
        case .missing: "(none)"
        case .noCard: "(no card)"
        }
    }
}
