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
    /// Two sides worked out per row and compared, both dates or both numbers:
    /// `delivered < created`, `ordered - created > 30`, `last_contact < created + 3`.
    /// A row missing a value on either side is not selected.
    case compareComputed(BoundOperand, ComparisonOperator, BoundOperand)
}

/// One side of `compareComputed`, as a number per row: a date as its day number, so
/// adding days and taking dates from each other is arithmetic on it.
public enum BoundOperand: Sendable {
    /// The field's value plus a constant (whole days for a date).
    case field(BoundField, plus: Double)
    /// The first field's value minus the second's (for dates, the days between), plus a constant.
    case difference(BoundField, BoundField, plus: Double)
    /// The same for every row: a number, or a day as its day number.
    case constant(Double)

    /// The fields it reads.
    var fields: [BoundField] {
        switch self {
        case .field(let f, _): [f]
        case .difference(let a, let b, _): [a, b]
        case .constant: []
        }
    }

    func replacingFields(_ replace: (BoundField) -> BoundField) -> BoundOperand {
        switch self {
        case .field(let f, let plus): .field(replace(f), plus: plus)
        case .difference(let a, let b, let plus): .difference(replace(a), replace(b), plus: plus)
        case .constant: self
        }
    }
}
