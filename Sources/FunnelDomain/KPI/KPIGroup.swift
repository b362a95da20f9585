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
