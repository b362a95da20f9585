import FunnelStore

/// A work list as of a day: the cards a consultant should act on (domain.md §6).
/// The cards are a bitmap; the engine lists them in the order the user asks.
public struct WorkList: Sendable {
    public let kind: WorkListKind
    /// The day the list is for: T for due, overdue and dormant-eligible; the day of contact.
    public let day: Day
    public let cards: Bitmap

    public var count: Int { cards.cardinality }

    /// `due [DATE]`: next follow-up planned on the day; on a day before the data's
    /// snapshot, the cycle due date on the day (domain.md §2.1).
    public static func due(_ evaluator: KPIEvaluator, on day: Day, cards: Bitmap? = nil) -> WorkList {
        let facts = evaluator.fields.facts(asOf: day)
        return WorkList(kind: .due, day: day, cards: restrict(facts.due, cards))
    }

    /// `due DAY as of T` for a day after T: the cards due on that day as known at T.
    /// From the snapshot on, the plan recorded then (`next_followup = DAY`); before it,
    /// the cycle due date (last contact by T + the cycle of the grade at T) on that day.
    public static func due(_ evaluator: KPIEvaluator, on day: Day, knownAt known: Day,
                           cards: Bitmap? = nil) -> WorkList {
        guard day > known, known < evaluator.fields.snapshotDay else { return due(evaluator, on: day, cards: cards) }
        let facts = evaluator.fields.facts(asOf: known)
        return WorkList(kind: .due, day: day, cards: restrict(facts.dueByCycle(on: day), cards))
    }

    /// `overdue [as of DATE]`: next follow-up planned before the day; on a day before the
    /// data's snapshot, the cycle due date before the day (domain.md §2.1).
    public static func overdue(_ evaluator: KPIEvaluator, asOf day: Day, cards: Bitmap? = nil) -> WorkList {
        let facts = evaluator.fields.facts(asOf: day)
        return WorkList(kind: .overdue, day: day, cards: restrict(facts.overdue, cards))
    }

    /// `overdue by cycle [as of DATE]`: the last contact plus the cycle of the grade at T
    /// is before T (domain.md §8.1), whatever the plan says.
    public static func overdueByCycle(_ evaluator: KPIEvaluator, asOf day: Day, cards: Bitmap? = nil) -> WorkList {
        let facts = evaluator.fields.facts(asOf: day)
        return WorkList(kind: .overdueByCycle, day: day, cards: restrict(facts.overdueByCycle, cards))
    }

    /// `due tomorrow [as of DATE]`: the cycle due date is T + 1.
    public static func dueTomorrow(_ evaluator: KPIEvaluator, asOf day: Day, cards: Bitmap? = nil) -> WorkList {
        let facts = evaluator.fields.facts(asOf: day)
        return WorkList(kind: .dueTomorrow, day: day, cards: restrict(facts.dueByCycle(on: day + 1), cards))
    }

    /// `dormant eligible`: may be set dormant as of the day.
    public static func dormantEligible(_ evaluator: KPIEvaluator, asOf day: Day, cards: Bitmap? = nil) -> WorkList {
        let facts = evaluator.fields.facts(asOf: day)
        return WorkList(kind: .dormantEligible, day: day, cards: restrict(facts.dormantEligible, cards))
    }

    /// `contacted [DATE]`: cards with a follow-up dated that day, or captured that day.
    /// A follow-up that names no known card is not a card to list; a follow-up dated
    /// before its card's capture (a data error) does not bring in a card that does not
    /// exist yet.
    public static func contacted(_ evaluator: KPIEvaluator, on day: Day, cards: Bitmap? = nil) -> WorkList {
        let columns = evaluator.fields.cards
        let trail = evaluator.fields.trail
        let n = columns.count
        let d = day.rawValue
        var words = [UInt64](repeating: 0, count: (n + 63) >> 6)
        for c in 0..<n where columns.created[c] == d { words[c >> 6] |= 1 << UInt64(c & 63) }
        // Each card's follow-ups, in the trail's card order.
        for c in 0..<min(n, trail.offsets.count - 1) where columns.created[c] <= d {
            let start = Int(trail.offsets[c]), end = Int(trail.offsets[c + 1])
            if start < end, end <= trail.dates.count, trail.dates[start..<end].contains(d) {
                words[c >> 6] |= 1 << UInt64(c & 63)
            }
        }
        return WorkList(kind: .contacted, day: day, cards: restrict(Bitmap(words: words, count: n), cards))
    }

    static func restrict(_ list: Bitmap, _ cards: Bitmap?) -> Bitmap {
        cards.map { list & Bitmap.resized($0, to: list.count) } ?? list
    }
}
