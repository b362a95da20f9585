import FunnelStore

/// The numbers of an inventory row (有望客户进销存) for a group of cards or for them all:
/// opening, in, out, closing, and the cards whose dates break the identity.
public struct InventoryCounts: Hashable, Sendable {
    public var opening = 0
    public var new = 0
    public var deliveries = 0
    public var losses = 0
    public var closing = 0
    /// Cards whose own dates break the identity (see `ProspectBase`).
    public var inconsistent = 0

    public init() {}

    /// Out = deliveries + losses.
    public var out: Int { deliveries + losses }
    /// Whether closing equals opening + in − out.
    public var identityHolds: Bool { closing == opening + new - out }
}

extension InventoryRow {
    /// The row's numbers.
    public var counts: InventoryCounts {
        var counts = InventoryCounts()
        counts.opening = openingCount
        counts.new = newCount
        counts.deliveries = deliveryCount
        counts.losses = lossCount
        counts.closing = closingCount
        counts.inconsistent = inconsistent.cardinality
        return counts
    }

    /// The row's numbers per group of cards (`cardGroup`: each card's group, `0..<groups`,
    /// anything else none): one pass over each of the row's sets, no bitmap per group.
    /// A card is in one group, so the groups add up to the row's numbers, and a group's
    /// identity holds unless some of its cards break it.
    public func counts(byGroup cardGroup: [Int32], groups: Int) -> [InventoryCounts] {
        func tally(_ cards: Bitmap) -> [Int] {
            var totals = [Int](repeating: 0, count: max(0, groups))
            KPIBasis.tally(cards, by: cardGroup, sign: 1, into: &totals)
            return totals
        }
        let (opening, new, deliveries) = (tally(self.opening), tally(self.new), tally(self.deliveries))
        let (losses, closing, inconsistent) = (tally(self.losses), tally(self.closing), tally(self.inconsistent))
        return (0..<max(0, groups)).map { group in
            var counts = InventoryCounts()
            counts.opening = opening[group]
            counts.new = new[group]
            counts.deliveries = deliveries[group]
            counts.losses = losses[group]
            counts.closing = closing[group]
            counts.inconsistent = inconsistent[group]
            return counts
        }
    }
}
