/// The four tables of a dataset (domain.md §1). Statements name them by these
/// canonical names or by Chinese aliases; everything after the binder uses the case.
public enum TableKind: String, CaseIterable, Hashable, Sendable {
    case customers, followups, traffic, targets

    public var schema: TableSchema { TableSchema.of(self) }
}

/// Who a field names, where several tables name the same people: what lets traffic
/// and targets follow a condition or a group on the cards (domain.md §1.3, §1.4).
public enum Party: String, Hashable, Sendable {
    case consultant, dealer
}
