import FunnelStore

/// Where a period's deliveries came from (seed 002 §4: a month's retail is made of the
/// opening order cards delivered, the other opening cards converted, and the new
/// cards of the showroom and of outreach converted within the month).
///
/// The six parts are disjoint and add up to the period's deliveries (within the
/// scope): the last two catch what the seed's four do not, a new card with no
/// channel and a delivery whose card is not in the base (inconsistent dates).
public struct DeliverySources: Sendable {
    /// Opening cards that had ordered before P (本月期初库存订单客户的交车).
    public let openingOrdered: Bitmap
    /// Other opening cards (期初库存有望客户成交转化).
    public let openingOther: Bitmap
    /// New cards captured in the showroom: walk-in or phone (展厅集客).
    public let newShowroom: Bitmap
    /// New cards captured by outreach (外拓开发).
    public let newOutreach: Bitmap
    /// New cards with no channel.
    public let newNoChannel: Bitmap
    /// Delivered in P but not in the base: dates that contradict each other.
    public let outsideBase: Bitmap

    /// The parts in order, with their names.
    public var parts: [(name: String, chineseName: String, cards: Bitmap)] {
        [("opening cards that had ordered", "期初库存订单客户", openingOrdered),
         ("other opening cards", "期初库存其他有望客户", openingOther),
         ("new walk-in/phone cards", "新增展厅集客(进店/电话)", newShowroom),
         ("new outreach cards", "新增外拓开发", newOutreach),
         ("new cards without channel", "新增无渠道", newNoChannel),
         ("outside the base", "不在有望客户基数内", outsideBase)]
    }
}
