import FunnelStore

/// The inventory of prospects of one period (有望客户进销存, domain.md §4): opening, in,
/// out, closing, where the deliveries came from, and the identity check.
public struct InventoryRow: Sendable {
    public let window: AsOfPeriod
    /// 期初库存.
    public let opening: Bitmap
    /// 进: new cards.
    public let new: Bitmap
    /// 销, part 1: delivered in P.
    public let deliveries: Bitmap
    /// 销, part 2: lost in P.
    public let losses: Bitmap
    /// 存: following at T.
    public let closing: Bitmap
    /// Cards whose own dates break the identity (see `ProspectBase`).
    public let inconsistent: Bitmap
    public let sources: DeliverySources

    public var openingCount: Int { opening.cardinality }
    public var newCount: Int { new.cardinality }
    public var deliveryCount: Int { deliveries.cardinality }
    public var lossCount: Int { losses.cardinality }
    /// Out = deliveries + losses.
    public var outCount: Int { deliveryCount + lossCount }
    public var closingCount: Int { closing.cardinality }
    /// `opening + new − deliveries − losses`.
    public var predictedClosingCount: Int { openingCount + newCount - outCount }
    /// Whether closing equals opening + in − out.
    public var identityHolds: Bool { closingCount == predictedClosingCount }
}
