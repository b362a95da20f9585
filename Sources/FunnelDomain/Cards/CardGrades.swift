import FunnelStore

/// Each card's grade on a day T (domain.md §2.1). On or after the day the data was
/// taken (its snapshot), the stored grade. Before it: the grade set by the latest
/// follow-up dated on or before T that sets one; when none does, the stored grade —
/// unless a follow-up after T set a grade (so the stored one came later), or the
/// stored grade is O and the order came after T; then the grade is unknown at T.
public struct CardGrades: Sendable {
    public let asOf: Day
    /// `Grade` raw values; `EnumVocabulary.nullCode` for no grade or an unknown one.
    public let codes: [UInt8]
    /// Cards that exist at T whose grade is unknown then (not merely never given).
    public let unknown: Int

    init(cards: CardColumns, trail: FollowupTrail, asOf: Day, snapshot: Day) {
        self.asOf = asOf
        let n = cards.count
        let t = asOf.rawValue
        guard asOf < snapshot else {
            codes = cards.grade
            unknown = 0
            return
        }
        var codes = [UInt8](repeating: EnumVocabulary.nullCode, count: n)
        var unknown = 0
        for c in 0..<min(n, trail.offsets.count - 1) where cards.created[c] <= t {
            switch CardGrades.before(snapshot: t, card: c, cards: cards, trail: trail) {
            case .known(let code): codes[c] = code
            case .unknown: unknown += 1
            case .neverGiven: break
            }
        }
        self.codes = codes
        self.unknown = unknown
    }

    /// A card's grade on a day before the snapshot.
    enum Reading: Equatable {
        case known(UInt8)
        /// The stored grade came later than the day, and no follow-up by then set one.
        case unknown
        /// No follow-up sets a grade and the card has no stored grade.
        case neverGiven
    }

    /// Card `c`'s grade on day `t`, a day before the snapshot (domain.md §2.1): the grade
    /// set by its latest follow-up dated on or before `t`; when none sets one, the stored
    /// grade unless a follow-up after `t` set a grade or the stored grade is O and the
    /// order came after `t`. The one rule for the grade column, the cycle due dates and
    /// the due events of follow-up timeliness.
    static func before(snapshot t: Int32, card c: Int, cards: CardColumns, trail: FollowupTrail) -> Reading {
        let offsets = trail.offsets, dates = trail.dates, flags = trail.flags
        guard c >= 0, c + 1 < offsets.count, c < cards.grade.count else { return .neverGiven }
        var latest: UInt8?
        var setLater = false
        for j in Int(offsets[c])..<Int(offsets[c + 1]) where j < dates.count {
            guard let grade = FollowupTrail.grade(flags[j]) else { continue }
            if dates[j] <= t { latest = grade } else { setLater = true }
        }
        if let latest { return .known(latest) }
        return stored(card: c, at: t, cards: cards, setLater: setLater)
    }

    /// The stored grade of card `c` read on day `t` before the snapshot when no
    /// follow-up by then set one (`setLater`: one after `t` did).
    static func stored(card c: Int, at t: Int32, cards: CardColumns, setLater: Bool) -> Reading {
        let stored = cards.grade[c]
        guard stored != EnumVocabulary.nullCode else { return .neverGiven }
        // O with its order after the day was not O then; O with no order date at all is
        // read as stored (§2.1 names only an order after T).
        let ordered = cards.ordered[c]
        if setLater || (stored == Grade.O.rawValue && ordered != .max && ordered > t) { return .unknown }
        return .known(stored)
    }
}
