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
        let offsets = trail.offsets, dates = trail.dates, flags = trail.flags
        let orderGrade = Grade.O.rawValue
        for c in 0..<min(n, offsets.count - 1) where cards.created[c] <= t {
            var latest: UInt8?
            var setLater = false
            for j in Int(offsets[c])..<Int(offsets[c + 1]) where j < dates.count {
                guard let grade = FollowupTrail.grade(flags[j]) else { continue }
                if dates[j] <= t { latest = grade } else { setLater = true }
            }
            if let latest {
                codes[c] = latest
            } else if cards.grade[c] != EnumVocabulary.nullCode {
                if setLater || (cards.grade[c] == orderGrade && cards.ordered[c] > t) {
                    unknown += 1
                } else {
                    codes[c] = cards.grade[c]
                }
            }
        }
        self.codes = codes
        self.unknown = unknown
    }
}
