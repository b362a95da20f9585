import FunnelStore

/// What to generate: how many cards, from which seed, over which days, for how
/// many consultants. Two equal option values always produce the same bytes.
public struct GeneratorOptions: Hashable, Sendable {
    /// Number of customer cards. 0 gives a valid, empty dataset.
    public var cards: Int
    /// Seed of every random choice.
    public var seed: UInt64
    /// First day a card can be created.
    public var start: Day
    /// The dataset's `as_of`: the snapshot day. Nothing is dated after it, except
    /// `next_followup`, which is a plan.
    public var asOf: Day
    /// Retail sales consultants; `nil` scales with the number of cards (about one
    /// per 150 cards following at a time, at least 8). Wholesale cards go to one
    /// extra specialist per 40 consultants, as seed 002 asks.
    public var consultants: Int?
    /// Dealer name written at the top of the file.
    public var dealer: String?
    /// Whether to write monthly delivery targets per consultant.
    public var includeTargets: Bool

    public init(
        cards: Int,
        seed: UInt64 = 2010,
        start: Day = GeneratorOptions.defaultStart,
        asOf: Day = GeneratorOptions.defaultAsOf,
        consultants: Int? = nil,
        dealer: String? = nil,
        includeTargets: Bool = true
    ) {
        self.cards = cards
        self.seed = seed
        self.start = start
        self.asOf = asOf
        self.consultants = consultants
        self.dealer = dealer
        self.includeTargets = includeTargets
    }

    /// 2010-01-01: the year of the seed's worked examples.
    public static let defaultStart = Day(rawValue: 14_610)
    /// 2010-12-31.
    public static let defaultAsOf = Day(rawValue: 14_974)

    /// The largest dataset we agree to build; it keeps the in-memory records (about
    /// 400 bytes a card with its follow-ups and traffic) within about 4 GB.
    public static let maximumCards = 10_000_000
    /// The most consultants; beyond this a roster stops being a dealer.
    public static let maximumConsultants = 100_000
    /// Dates stay within four-digit years, with room for plans after `asOf`.
    static let earliestDay = Day(rawValue: -25_567)  // 1900-01-01
    static let latestDay = Day(rawValue: 2_932_531)  // 9999-12-31 minus a year of slack

    /// Throws a `GeneratorError` describing the first invalid option.
    public func validate() throws(GeneratorError) {
        guard cards >= 0 else { throw .negativeCardCount(cards) }
        guard cards <= GeneratorOptions.maximumCards else { throw .tooManyCards(cards) }
        guard start <= asOf else { throw .emptyDateRange(start: start, asOf: asOf) }
        guard start >= GeneratorOptions.earliestDay, asOf <= GeneratorOptions.latestDay else {
            throw .dateOutOfRange(start: start, asOf: asOf)
        }
        if let consultants {
            guard consultants >= 1, consultants <= GeneratorOptions.maximumConsultants else {
                throw .invalidConsultantCount(consultants)
            }
        }
    }

    /// The retail consultant count actually used.
    var retailConsultants: Int {
        if let consultants { return consultants }
        // About a fifth of a year's cards are following on a given day; one
        // consultant handles about 150 of them.
        let following = cards / 5
        return min(GeneratorOptions.maximumConsultants, max(8, (following + 149) / 150))
    }

    /// The wholesale specialist count (二级网点销售专员).
    var wholesaleConsultants: Int { max(1, retailConsultants / 40) }

    /// The dealer name used when none was given.
    var dealerName: String {
        if let dealer { return dealer }
        return retailConsultants > 40 ? "浦江汽车销售服务集团" : "浦江斯柯达4S店"
    }
}
