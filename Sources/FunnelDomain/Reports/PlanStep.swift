import FunnelStore

/// One step of a plan's arithmetic: what it finds, from which numbers, and its
/// result — the facts a trainer reads aloud (`required base = 20 ÷ 16.0% = 125
/// cards`); the words are the output layer's (`FunnelOutput`'s `PlanText`).
public struct PlanStep: Sendable, Hashable {
    /// What the step finds, with the numbers its arithmetic uses.
    public enum Kind: Sendable, Hashable {
        /// deliveries ÷ base of the reference period.
        case closeRate(reference: String, deliveries: Int, base: Int)
        /// target ÷ close rate = target × base ÷ deliveries.
        case requiredBase(target: Int, closeRate: Double?, base: Int, deliveries: Int)
        /// The cards following the day before the period starts.
        case openingStock(period: String, cards: Int)
        /// required base − opening stock, not below 0.
        case requiredNewCards(base: Int, opening: Int)
        /// required new cards × the channel's share of the reference's new cards
        /// (`channel` nil: the cards with no channel).
        case requiredChannelCards(channel: Channel?, needed: Int, count: Int, of: Int, share: Double)
        /// required new cards × the walk-in and phone share of the reference's new cards.
        case requiredShowroomCards(needed: Int, showroom: Int, of: Int)
        /// captures ÷ new traffic of the reference.
        case captureRate(reference: String, captures: Int, newTraffic: Int)
        /// required showroom cards ÷ capture rate.
        case requiredNewTraffic(showroom: Int, newTraffic: Int, captures: Int)
        /// required new traffic ÷ the share of new traffic in all traffic.
        case requiredTraffic(newTraffic: Int, traffic: Int, referenceNewTraffic: Int)
        /// The refill rule's close rate: sales ÷ prospects.
        case refillCloseRate(sales: Int, prospects: Int)
        /// prospects ÷ sales.
        case prospectsPerSale(sales: Int, prospects: Int)
        /// deliveries × prospects ÷ sales.
        case requiredNewProspects(deliveries: Int, sales: Int, prospects: Int)
    }

    public let kind: Kind
    /// The exact result; `nil` when it cannot be had (a rate of 0).
    public let result: Double?
    /// The result rounded up to whole cards or entries, when the step counts them.
    public let rounded: Int?
    /// A remark on the step (an estimate, a floor at 0).
    public let remark: PlanRemark?

    public init(_ kind: Kind, result: Double?, rounded: Int? = nil, remark: PlanRemark? = nil) {
        self.kind = kind
        self.result = result
        self.rounded = rounded
        self.remark = remark
    }
}

/// A remark on a plan step.
public enum PlanRemark: Sendable, Hashable {
    /// The reference period has no deliveries: no base can be planned from it.
    case noDeliveriesIn(reference: String)
    /// The period has not started: the cards following today stand for its opening stock.
    case notStarted(period: String, today: Day)
    /// The opening stock already covers the required base.
    case stockCoversBase
}

/// Why a plan stops before its last step.
public enum PlanStop: Sendable, Hashable {
    case negativeTarget
    /// The reference's close rate is 0, or undefined (no base).
    case closeRateUnusable(reference: String, undefined: Bool)
    case targetTooLarge
    /// The reference has no new cards: no channel mix to plan captures from.
    case noNewCards(reference: String)
    /// The reference's capture rate is 0, or undefined (no new traffic).
    case captureRateUnusable(reference: String, undefined: Bool)
}
