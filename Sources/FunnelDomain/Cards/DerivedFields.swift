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
    /// The day the data was taken: its `as_of`, else the latest day anything in it is
    /// dated (ours). Stored grades and plans are those of this day (domain.md §2.1).
    public let snapshotDay: Day
    /// The follow-up cycles per grade (domain.md §8) that cycle due dates, `due` and
    /// `overdue` before the snapshot, and follow-up timeliness use.
    public let cycles: FollowupCycles
    let trail: FollowupTrail
    private let cache: Mutex<[CardFacts]>
    /// Every due event under these cycles, made the first time a period asks.
    private let ledger = Mutex<DueLedger?>(nil)

    /// `cycles` default to the data's own (`followup_cycles`), else the standard ones.
    public init(dataset: Dataset, cycles: FollowupCycles? = nil, cacheCapacity: Int = 8) {
        self.dataset = dataset
        self.cards = CardColumns(customers: dataset.customers)
        self.trail = FollowupTrail(dataset: dataset)
        self.milestones = CardMilestones(cards: cards, trail: trail)
        snapshotDay = DerivedFields.snapshotDay(of: dataset)
        self.cycles = cycles ?? dataset.followupCycles ?? .standard
        self.cacheCapacity = max(1, cacheCapacity)
        self.cache = Mutex([])
    }

    /// The same data with other follow-up cycles: the per-dataset preparation is shared,
    /// the cache of facts starts empty (cycle due dates depend on the cycles).
    private init(sharing other: DerivedFields, cycles: FollowupCycles) {
        dataset = other.dataset
        cards = other.cards
        trail = other.trail
        milestones = other.milestones
        snapshotDay = other.snapshotDay
        self.cycles = cycles
        cacheCapacity = other.cacheCapacity
        cache = Mutex([])
    }

    /// These fields with other follow-up cycles (`self` when they are the same).
    public func with(cycles: FollowupCycles) -> DerivedFields {
        cycles == self.cycles ? self : DerivedFields(sharing: self, cycles: cycles)
    }

    /// The day a dataset was taken: its `as_of`, else the latest day anything in it is
    /// dated (ours).
    public static func snapshotDay(of dataset: Dataset) -> Day {
        dataset.asOf ?? latestDay(in: dataset)
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
        let computed = CardFactsKernel.compute(cards: cards, trail: trail, asOf: day, snapshot: snapshotDay,
                                               cycles: cycles)
        cache.withLock { entries in
            entries.removeAll { $0.asOf == day }
            entries.append(computed)
            if entries.count > cacheCapacity { entries.removeFirst(entries.count - cacheCapacity) }
        }
        return computed
    }

    /// Every due event of the data under these cycles (follow-up timeliness), found on
    /// first use and kept: each period then takes the run due in it. Two tasks asking at
    /// once may both make it; the lock is never held while making it.
    var dueLedger: DueLedger {
        if let kept = ledger.withLock({ $0 }) { return kept }
        let made = DueLedger(cards: cards, trail: trail, snapshot: snapshotDay, cycles: cycles)
        ledger.withLock { $0 = made }
        return made
    }

    /// Each card's grade as of `day`.
    public func grades(asOf day: Day) -> CardGrades {
        CardGrades(cards: cards, trail: trail, asOf: day, snapshot: snapshotDay)
    }

    /// A stored customers column as of `day` (domain.md §2.1): event dates after the
    /// day are empty, a loss reason without a loss by then is empty, the grade is the
    /// grade then, and a plan recorded at the snapshot is empty before it.
    public func column(_ column: Column, asOf day: Day, rule: AsOfRule) -> Column {
        let t = day.rawValue
        let n = column.count
        func keeping(_ keep: (Int) -> Bool) -> Column {
            var present = column.present ?? Bitmap(count: n, allSet: true)
            for row in 0..<n where present[row] && !keep(row) { present.remove(row) }
            return column.with(present: present)
        }
        switch rule {
        case .fixed:
            return column
        case .event:
            guard case .date(let days) = column.values, days.count == n else { return column }
            return keeping { days[$0] <= t }
        case .lossReason:
            let lost = cards.lost
            return keeping { $0 < lost.count && lost[$0] <= t }
        case .plan:
            return day < snapshotDay ? keeping { _ in false } : column
        case .grade:
            guard day < snapshotDay, case .enumeration(_, let vocabulary) = column.values else { return column }
            let codes = grades(asOf: day).codes
            guard codes.count == n else { return column }
            let present = Bitmap(count: n, rows: (0..<n).filter { codes[$0] != EnumVocabulary.nullCode })
            return Column(name: column.name, values: .enumeration(codes: codes, vocabulary: vocabulary),
                          present: present, count: n)
        }
    }

    /// The latest day a card, follow-up or traffic entry is dated.
    private static func latestDay(in dataset: Dataset) -> Day {
        var latest = Int32.min
        for kind in [TableKind.customers, .followups, .traffic] {
            let table = dataset.table(kind)
            guard let column = table.column(kind.schema.ownDate), case .date(let days) = column.values else { continue }
            for row in 0..<min(days.count, column.count) where !column.isNull(row) { latest = max(latest, days[row]) }
        }
        return latest == .min ? Today.resolve(userSet: nil, datasetAsOf: nil) : Day(rawValue: latest)
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
