import FunnelStore

/// The domain definitions the demo is calibrated against, written out plainly
/// (domain.md §3 and §4) over the generator's own records. The domain layer has its
/// own implementation; this one only steers and checks the demo.
enum DemoFacts {
    /// Distinct days `<= asOf` on which the card was in the showroom: its creation
    /// day for a walk-in, and every `visit` follow-up.
    static func visitDays(_ card: CardRecord, asOf: Day) -> Set<Day> {
        var days = Set<Day>()
        if card.channel == .walkin, card.created <= asOf { days.insert(card.created) }
        for followup in card.followups where followup.kind == .visit && followup.day <= asOf {
            days.insert(followup.day)
        }
        return days
    }

    static func visited(_ card: CardRecord, asOf: Day) -> Bool { !visitDays(card, asOf: asOf).isEmpty }

    /// Not delivered and not lost on or before `day` (dormant and order cards count).
    static func following(_ card: CardRecord, on day: Day) -> Bool {
        if let delivered = card.delivered, delivered <= day { return false }
        if let lost = card.lost, lost <= day { return false }
        return card.created <= day
    }

    /// opening(P): created before `start` and following on the day before it.
    static func inOpening(_ card: CardRecord, start: Day) -> Bool {
        card.created < start && following(card, on: start - 1)
    }

    /// new(P): created in `start...end`.
    static func isNew(_ card: CardRecord, start: Day, end: Day) -> Bool {
        card.created >= start && card.created <= end
    }
}
