import FunnelStore

/// The prospect base of a period P as of T (domain.md §4, 有望客户进销存): which cards
/// were in stock at the start, which came in, which went out, which remain.
///
/// All sets are bitmaps over card rows:
/// - `opening` (期初库存): captured before P and following at day `start - 1`, i.e.
///   neither delivered nor lost on or before `start - 1`. Order and dormant cards
///   are included.
/// - `new` (新增): captured in P, `start <= created <= T`.
/// - `base` (有望客户总数) = opening ∪ new (disjoint: one is captured before P, the other in it).
/// - `orders`, `deliveries`, `losses`: ordered / delivered / lost in P.
/// - `closing` (期末库存): following at T (captured by T, neither delivered nor lost by T).
///
/// In a cohort (`through D`, T after P's end) every set is P's: T above reads P's last day.
///
/// **The inventory identity** `closing = opening + new - deliveries - losses` holds
/// exactly when, summed over cards, each card's events in P (`[delivered in P] +
/// [lost in P]`) equal whether it left the base (`in base and not following at T`).
/// Since `closing ⊆ base`, `|closing| = |opening| + |new| - leavers`, so:
///
///     closing = opening + new - deliveries - losses + Σ_{c ∈ inconsistent} (events(c) - left(c))
///
/// Cards with a single terminal date (delivered or lost, not both) on or after their
/// capture never break it. The cards that do are in `inconsistent`:
/// - delivered **and** lost, both in P: two events, it leaves once;
/// - delivered in P but lost before P (or the reverse): not following at the start,
///   so not in base, yet its event counts in P;
/// - a terminal date in P before the card's capture date, with capture after T: the
///   event counts, the card does not exist yet;
/// - captured in P but delivered or lost before P: it is new and not following at T,
///   but no event in P takes it out.
/// The loader warns about such dates; the inventory report can name these cards.
public struct ProspectBase: Sendable {
    public let window: AsOfPeriod
    public let opening: Bitmap
    public let new: Bitmap
    public let base: Bitmap
    public let orders: Bitmap
    public let deliveries: Bitmap
    public let losses: Bitmap
    public let closing: Bitmap
    /// Cards whose dates make their own contribution to the identity fail (see above).
    public let inconsistent: Bitmap

    public init(cards: CardColumns, window: AsOfPeriod) {
        let n = cards.count
        // Stocks and events of P, up to its last day (T, except in a cohort).
        let start = window.start.rawValue, t = window.lastDay.rawValue
        let dayBefore = start - 1
        let wordCount = (n + 63) >> 6
        var opening = [UInt64](repeating: 0, count: wordCount)
        var new = opening, orders = opening, deliveries = opening, losses = opening, closing = opening
        var inconsistent = opening
        // 64 cards to a word, each set's word built in a register without branches and
        // stored once. "start <= d <= t" is one unsigned comparison of d - start; two
        // passes over fewer sets each keep every word in a register.
        let span = UInt32(bitPattern: t &- start)
        @inline(__always) func inPeriod(_ d: Int32) -> UInt64 {
            UInt32(bitPattern: d &- start) <= span ? 1 : 0
        }
        cards.created.withUnsafeBufferPointer { created in
        cards.delivered.withUnsafeBufferPointer { delivered in
        cards.lost.withUnsafeBufferPointer { lost in
        cards.ordered.withUnsafeBufferPointer { ordered in
        opening.withUnsafeMutableBufferPointer { opening in
        new.withUnsafeMutableBufferPointer { new in
        closing.withUnsafeMutableBufferPointer { closing in
        orders.withUnsafeMutableBufferPointer { orders in
        deliveries.withUnsafeMutableBufferPointer { deliveries in
        losses.withUnsafeMutableBufferPointer { losses in
        inconsistent.withUnsafeMutableBufferPointer { inconsistent in
            let count = min(n, created.count, delivered.count, lost.count, ordered.count)
            // The two halves of the cards on two cores, each writing its own words.
            RowHalves.run(count: count) { rows in
            var base = rows.lowerBound
            while base < rows.upperBound {
                let end = min(base + 64, rows.upperBound)
                var wOpening: UInt64 = 0, wNew: UInt64 = 0, wClosing: UInt64 = 0
                for c in base..<end {
                    let shift = UInt64(c & 63)
                    let made = created[c], gone = min(delivered[c], lost[c])
                    wOpening |= UInt64(made < start && gone > dayBefore ? 1 : 0) << shift
                    wNew |= inPeriod(made) << shift
                    wClosing |= UInt64(made <= t && gone > t ? 1 : 0) << shift
                }
                let word = base >> 6
                opening[word] = wOpening
                new[word] = wNew
                closing[word] = wClosing
                var wOrders: UInt64 = 0, wDeliveries: UInt64 = 0, wLosses: UInt64 = 0
                for c in base..<end {
                    let shift = UInt64(c & 63)
                    wOrders |= inPeriod(ordered[c]) << shift
                    wDeliveries |= inPeriod(delivered[c]) << shift
                    wLosses |= inPeriod(lost[c]) << shift
                }
                orders[word] = wOrders
                deliveries[word] = wDeliveries
                losses[word] = wLosses
                // A card breaks the identity when its events in P (a delivery, a loss)
                // are not the one exit it makes from the base (in base, not following at T).
                let leaving = (wOpening | wNew) & ~wClosing
                let both = wDeliveries & wLosses
                let one = wDeliveries ^ wLosses
                inconsistent[word] = both | (one ^ leaving)
                base = end
            }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        }
        self.window = window
        self.opening = Bitmap(words: opening, count: n)
        self.new = Bitmap(words: new, count: n)
        self.base = self.opening | self.new
        self.orders = Bitmap(words: orders, count: n)
        self.deliveries = Bitmap(words: deliveries, count: n)
        self.losses = Bitmap(words: losses, count: n)
        self.closing = Bitmap(words: closing, count: n)
        self.inconsistent = Bitmap(words: inconsistent, count: n)
    }

    /// The base of a dataset's cards, reading the card columns afresh; prefer
    /// `DerivedFields.prospectBase(_:)`, which reads them once.
    public init(dataset: Dataset, window: AsOfPeriod) {
        self.init(cards: CardColumns(customers: dataset.customers), window: window)
    }

    public var openingCount: Int { opening.cardinality }
    public var newCount: Int { new.cardinality }
    public var baseCount: Int { base.cardinality }
    public var orderCount: Int { orders.cardinality }
    public var deliveryCount: Int { deliveries.cardinality }
    public var lossCount: Int { losses.cardinality }
    public var closingCount: Int { closing.cardinality }

    /// `opening + new - deliveries - losses`: the closing stock the identity predicts,
    /// equal to `closingCount` when `inconsistent` is empty.
    public var predictedClosingCount: Int { openingCount + newCount - deliveryCount - lossCount }
}
