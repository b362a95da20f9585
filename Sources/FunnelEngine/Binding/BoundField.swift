import FunnelDomain
import FunnelStore

/// A field name resolved by the binder: where its values come from for each row of
/// the statement's table, under its canonical name. Executors read the values
/// through it (`FieldColumns`) and never look a name up.
public struct BoundField: Hashable, Sendable {
    public enum Source: Hashable, Sendable {
        /// A column stored in a table, by its position among the table's columns.
        case stored(TableKind, column: Int)
        /// A derived card field (domain.md §3), computed as of the statement's T.
        case derived(DerivedField)
        /// A card's field reached from the rows of a table that link to cards
        /// (`customer.grade` on follow-ups and traffic).
        indirect case card(BoundField, from: TableKind)
    }

    /// The canonical name (`grade`, `customer.grade`), used for result headers.
    public let name: String
    public let type: ColumnType
    public let source: Source
    /// A date that is a plan rather than an event (`next_followup`): `in PERIOD` is
    /// not cut at T for it.
    public let isPlan: Bool
    /// The party the field names (a card's consultant or dealer).
    public let party: Party?
    /// What a stored card field reads as on a day before the data was taken
    /// (domain.md §2.1): an order dated after T is not there yet.
    public let asOf: AsOfRule

    init(name: String, type: ColumnType, source: Source, isPlan: Bool = false, party: Party? = nil,
         asOf: AsOfRule = .fixed) {
        self.name = name
        self.type = type
        self.source = source
        self.isPlan = isPlan
        self.party = party
        self.asOf = asOf
    }

    /// Whether the field is stored in the customers table (not derived, not reached
    /// through a link).
    var isStoredOnCards: Bool {
        if case .stored(.customers, _) = source { return true }
        return false
    }

    var isDate: Bool { type == .date }
}

/// A field to order rows by.
public struct BoundOrder: Hashable, Sendable {
    public let field: BoundField
    public let descending: Bool
}
