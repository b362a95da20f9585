import FunnelStore
import Synchronization

/// Computes KPIs over one dataset. Holds what does not depend on the period (the
/// derived-field cache, the traffic and target tables read into arrays, the cards of
/// each channel) so that each statement only pays for its period.
///
/// How the engine uses it, once per session:
///
///     let kpis = KPIEvaluator(fields: derivedFields)
///     let basis = kpis.basis(window)                       // once per period (and sub-period)
///     let total = basis.value(of: .overallVisitRate, in: KPIScope(cards: whereCards))
///     for group in groups {                                // once per group
///         let v = basis.value(of: .overallVisitRate, in: scope.narrowed(to: group))
///     }
///
/// Immutable and `Sendable`; the facts cache inside `DerivedFields` is shared.
public final class KPIEvaluator: Sendable {
    public let fields: DerivedFields
    public let targets: TargetTable
    let traffic: TrafficColumns
    /// Cards by capture channel (cards with no channel are in none of them).
    public let walkin: Bitmap
    public let phone: Bitmap
    public let outreach: Bitmap
    /// `phone ∪ outreach`: the cards first visits are counted over (seed 002 §4.10).
    public let phoneOrOutreach: Bitmap
    /// How many periods' sets are kept, least recently used out.
    public let cacheCapacity: Int
    private let cache: Mutex<[KPIBasisSets]>
    /// How soon each card was first contacted, made on first use (it reads every follow-up).
    private let responses = Mutex<FirstResponses?>(nil)

    public init(fields: DerivedFields, cacheCapacity: Int = 8) {
        self.fields = fields
        self.cacheCapacity = max(1, cacheCapacity)
        cache = Mutex([])
        let dataset = fields.dataset
        traffic = TrafficColumns(dataset: dataset)
        targets = TargetTable(targets: dataset.targets)
        let channel = fields.cards.channel
        walkin = BitmapMath.rows(withCodes: channel, in: [Channel.walkin.rawValue])
        phone = BitmapMath.rows(withCodes: channel, in: [Channel.phone.rawValue])
        outreach = BitmapMath.rows(withCodes: channel, in: [Channel.outreach.rawValue])
        phoneOrOutreach = phone | outreach
    }

    /// An evaluator with its own derived-field cache; prefer sharing the session's.
    public convenience init(dataset: Dataset) {
        self.init(fields: DerivedFields(dataset: dataset))
    }

    public var dataset: Dataset { fields.dataset }

    /// Each card's first response after capture (for `first_response_rate`), computed
    /// the first time it is asked for and kept. Two tasks asking at once may both compute it.
    public var firstResponses: FirstResponses {
        if let kept = responses.withLock({ $0 }) { return kept }
        let made = FirstResponses(dataset: fields.dataset)
        responses.withLock { $0 = made }
        return made
    }
    /// Rows of `customers`.
    public var cardCount: Int { fields.cards.count }
    /// Rows of `traffic`.
    public var trafficCount: Int { traffic.count }

    /// The period as of today (the user's day, else the dataset's `as_of`, else the
    /// system date); throws when the period starts after today.
    public func window(_ period: Period, today: Day? = nil) throws(PeriodError) -> AsOfPeriod {
        try fields.window(period, today: today)
    }

    /// The sets of a period that every KPI of it is counted from. The last
    /// `cacheCapacity` periods asked are kept: a session asks for the same period
    /// again and again (a KPI, then its explanation, then a report). Two tasks asking
    /// for the same new period at once may both compute it; the lock is never held
    /// while computing.
    public func basis(_ window: AsOfPeriod) -> KPIBasis {
        let hit = cache.withLock { entries -> KPIBasisSets? in
            guard let index = entries.firstIndex(where: { $0.window == window }) else { return nil }
            let sets = entries.remove(at: index)
            entries.append(sets)
            return sets
        }
        if let hit { return KPIBasis(evaluator: self, sets: hit) }
        let computed = KPIBasisSets(fields: fields, traffic: traffic, window: window)
        cache.withLock { entries in
            entries.removeAll { $0.window == window }
            entries.append(computed)
            if entries.count > cacheCapacity { entries.removeFirst(entries.count - cacheCapacity) }
        }
        return KPIBasis(evaluator: self, sets: computed)
    }

    /// One KPI of a period; for several KPIs or groups, make the basis once.
    public func value(of kpi: KPI, for window: AsOfPeriod, in scope: KPIScope = .all) -> KPIValue {
        basis(window).value(of: kpi, in: scope)
    }

    /// The explanation of one KPI of a period.
    public func explain(_ kpi: KPI, for window: AsOfPeriod, in scope: KPIScope = .all) -> KPIExplanation {
        basis(window).explain(kpi, in: scope)
    }

    /// The pieces of a period for `by day|week|month|...`, each its own period as of
    /// the same today: each piece has its own T (`min(piece end, today)`), its own
    /// opening stock and base. Pieces that start after today have not happened and
    /// are left out (not shown as zeros). The first and last piece may be partial; they
    /// keep their unit's label (`Period.split(by:)`). A cohort's pieces are each
    /// followed to the same D.
    public func windows(splitting window: AsOfPeriod, by grain: PeriodGrain) -> [AsOfPeriod] {
        window.period.split(by: grain).compactMap(window.piece)
    }

    /// Traffic entries whose card is in `cards`: how traffic follows a group on a card
    /// field traffic does not have (model, channel, grade, source).
    public func traffic(linkedTo cards: Bitmap) -> Bitmap {
        var words = [UInt64](repeating: 0, count: (traffic.count + 63) >> 6)
        for row in 0..<traffic.count {
            let card = Int(traffic.card[row])
            if card >= 0 && cards[card] { words[row >> 6] |= 1 << UInt64(row & 63) }
        }
        return Bitmap(words: words, count: traffic.count)
    }

    /// Traffic entries tied to no card: every `none` entry, and `captured`/`followup`
    /// entries that name no known card.
    public var unlinkedTraffic: Bitmap {
        Bitmap(count: traffic.count, rows: (0..<traffic.count).filter { traffic.card[$0] < 0 })
    }

    /// The target deliveries of a period for a selection.
    public func target(for period: Period, selection: TargetSelection) -> TargetMatch {
        targets.match(period, selection: selection)
    }
}
