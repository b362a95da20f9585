import FunnelStore

/// The inventory report (进销存, domain.md §6) of a period, optionally split by week or
/// month: each piece is its own period with its own T, so a piece's opening is the
/// piece before's closing when that piece is complete.
public struct InventoryReport: Sendable {
    public let total: InventoryRow
    /// The pieces of `split`, in order; empty without a split.
    public let pieces: [InventoryRow]

    public init(evaluator: KPIEvaluator, window: AsOfPeriod, cards: Bitmap? = nil, split: PeriodGrain? = nil) {
        total = InventoryReport.row(evaluator.basis(window), cards: cards)
        pieces = split.map { grain in
            evaluator.windows(splitting: window, by: grain).map { piece in
                InventoryReport.row(evaluator.basis(piece), cards: cards)
            }
        } ?? []
    }

    /// One period's inventory within a card filter.
    public static func row(_ basis: KPIBasis, cards: Bitmap?) -> InventoryRow {
        let n = basis.cardCount
        let filter = cards.map { Bitmap.resized($0, to: n) } ?? Bitmap(count: n, allSet: true)
        let p = basis.prospects
        let start = basis.window.start.rawValue
        let orderedBefore = BitmapMath.rows(where: basis.evaluator.fields.cards.ordered) { $0 < start }
        let evaluator = basis.evaluator
        let deliveries = p.deliveries & filter
        let fromOpening = deliveries & p.opening
        let fromNew = deliveries & p.new
        let sources = DeliverySources(
            openingOrdered: fromOpening & orderedBefore, openingOther: fromOpening - orderedBefore,
            newShowroom: fromNew & (evaluator.walkin | evaluator.phone), newOutreach: fromNew & evaluator.outreach,
            newNoChannel: fromNew - evaluator.walkin - evaluator.phone - evaluator.outreach,
            outsideBase: deliveries - p.base)
        return InventoryRow(window: basis.window, opening: p.opening & filter, new: p.new & filter,
                            deliveries: deliveries, losses: p.losses & filter, closing: p.closing & filter,
                            inconsistent: p.inconsistent & filter, sources: sources)
    }
}
