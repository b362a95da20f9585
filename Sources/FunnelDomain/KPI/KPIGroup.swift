import FunnelStore

/// One group of cards, with the traffic and the targets that go with it.
public struct KPIGroup: Sendable {
    public let key: KPIGroupKey
    /// The group's cards (before any `where`: narrow with `KPIScope.narrowed(to:)`).
    public let cards: Bitmap
    /// The group's traffic entries.
    public let traffic: Bitmap
    /// Whose targets apply to the group.
    public let targets: TargetSelection

    public init(key: KPIGroupKey, cards: Bitmap, traffic: Bitmap, targets: TargetSelection) {
        self.key = key
        self.cards = cards
        self.traffic = traffic
        self.targets = targets
    }
}

/// How traffic entries are put in the groups of a card field.
public enum TrafficAttribution: String, Hashable, Sendable {
    /// By the traffic table's own field of the same name (`consultant`, `dealer`):
    /// the person who received the visitor, whether or not a card came of it.
    case ownField
    /// By the field of the entry's card. Entries with no card (every `none`) go to
    /// the `(no card)` group.
    case linkedCard
}
