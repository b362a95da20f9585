/// How traffic entries are put in the groups of a card field.
public enum TrafficAttribution: String, Hashable, Sendable {
    /// By the traffic table's own field of the same name (`consultant`, `dealer`):
    /// the person who received the visitor, whether or not a card came of it.
    case ownField
    /// By the field of the entry's card. Entries with no card (every `none`) go to
    /// the `(no card)` group.
    case linkedCard
}
