import FunnelDomain
import FunnelStore
import FunnelSyntax

/// A `where` condition with every field, value and period resolved and every
/// comparison checked against its field's type. `and` and `or` chains are lists,
/// so a line of thousands of terms is evaluated without recursing along it.
public indirect enum BoundCondition: Sendable {
    case all([BoundCondition])
    case any([BoundCondition])
    case not(BoundCondition)
    case predicate(BoundPredicate)
}

public enum BoundPredicate: Sendable {
    /// `field op value`, the value of the field's type (a period where a date goes).
    case compare(BoundField, ComparisonOperator, Literal)
    /// `field in (a, b)`; `negated` for `not in`.
    case oneOf(BoundField, [Literal], negated: Bool)
    /// A date within days (`in PERIOD`, already cut at T for events); either end open when nil.
    case days(BoundField, from: Day?, to: Day?, negated: Bool)
    case between(BoundField, Literal, Literal, negated: Bool)
    /// Text containing the needle, ignoring case (the needle is lowercased).
    case contains(BoundField, String, negated: Bool)
    case like(BoundField, LikePattern, negated: Bool)
    case isNull(BoundField, negated: Bool)
    /// A yes/no field on its own.
    case isTrue(BoundField)
}
