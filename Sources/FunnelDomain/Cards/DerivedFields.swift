import FunnelStore
import Synchronization

/// The derived card fields of one dataset, computed on demand per as-of day and
/// cached: a session asks for the same T again and again (a month, then its weeks,
/// then a work list), and each T costs a pass over every card and follow-up.
///
/// The per-dataset preparation (card dates, follow-ups in card order, the
/// completeness rule) is done once, at init. The cache keeps the last
/// `cacheCapacity` days asked, least recently used out. Safe to share between
/// tasks: two asking for the same uncached T at once may both compute it, and the
/// lock is never held while computing.
public final class DerivedFields: Sendable {
    public let dataset: Dataset
    /// The card-level inputs, also what `ProspectBase` reads.
    public let cards: CardColumns
    /// The T-independent visit and test-drive days, for the KPI sets of any period.
    public let milestones: CardMilestones
    public let cacheCapacity: Int
    let trail: FollowupTrail
    private let cache: Mutex<[CardFacts]>

    public init(dataset: Dataset, cacheCapacity: Int = 8) {
        self.dataset = dataset
        self.cards = CardColumns(customers: dataset.customers)
        self.trail = FollowupTrail(dataset: dataset)
        self.milestones = CardMilestones(cards: cards, trail: trail)
        self.cacheCapacity = max(1, cacheCapacity)
        self.cache = Mutex([])
    }

    /// The facts of every card as of `day`.
    public func facts(asOf day: Day) -> CardFacts {
        let hit = cache.withLock { entries -> CardFacts? in
            guard let index = entries.firstIndex(where: { $0.asOf == day }) else { return nil }
            let facts = entries.remove(at: index)
            entries.append(facts)
            return facts
        }
        if let hit { return hit }
        let computed = CardFactsKernel.compute(cards: cards, trail: trail, asOf: day)
        cache.withLock { entries in
            entries.removeAll { $0.asOf == day }
            entries.append(computed)
            if entries.count > cacheCapacity { entries.removeFirst(entries.count - cacheCapacity) }
        }
        return computed
    }

    /// The days whose facts are cached, least recently used first.
    public var cachedDays: [Day] { cache.withLock { $0.map(\.asOf) } }

    /// Today by the rule of domain.md §2: the user's day, else the dataset's `as_of`,
    /// else the system date.
    public func today(userSet: Day? = nil) -> Day {
        Today.resolve(userSet: userSet, datasetAsOf: dataset.asOf)
    }

    /// The period as of today (see `today(userSet:)`); throws when it starts after today.
    public func window(_ period: Period, today userSet: Day? = nil) throws(PeriodError) -> AsOfPeriod {
        try AsOfPeriod(period: period, today: today(userSet: userSet))
    }

    /// The prospect base of a period (domain.md §4).
    public func prospectBase(_ window: AsOfPeriod) -> ProspectBase {
        ProspectBase(cards: cards, window: window)
    }
}
