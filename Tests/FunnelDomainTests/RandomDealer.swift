import FunnelDomain
import FunnelStore

/// A dealer's cards with consistent dates: each card gets at most one terminal
/// event (delivered or lost), never before capture; an order falls between capture
/// and the terminal date; dormancy before it; follow-ups between capture and the
/// terminal date (some on the capture day, some repeated on one day).
enum RandomDealer {
    static let firstDay = day("2009-01-01")

    /// `strays` adds follow-ups dated a few days before their card's capture (the
    /// loader warns about them but keeps them), which the kernel must still count right.
    static func dataset(seed: UInt64, cards cardCount: Int, strays: Bool = false) throws -> Dataset {
        var rng = SplitMix64(state: seed)
        // Grades from a generator of their own, so the rest of the dealer is what it was.
        var grades = SplitMix64(state: seed ^ 0x6A09_E667)
        func grade() -> Grade? { grades.chance(10) ? nil : Grade(rawValue: UInt8(grades.below(6))) }
        var cards: [CardSpec] = []
        var followups: [FollowupSpec] = []
        func text(_ d: Day) -> String { d.description }
        for index in 0..<cardCount {
            let id = "c\(index)"
            let created = firstDay + rng.below(900)
            let channel = Channel(rawValue: UInt8(rng.below(3)))
            var card = CardSpec(id: id, created: text(created), channel: channel)
            if rng.chance(10) { card.phone = ["", "12345", "138-1234-5678", "010-87654321"][rng.below(4)] }
            if rng.chance(5) { card.name = rng.chance(50) ? nil : " " }
            if rng.chance(3) { card.model = nil }

            var terminal: Day?
            switch rng.below(100) {
            case 0..<30:
                let delivered = created + rng.below(120)
                terminal = delivered
                card.delivered = text(delivered)
                if rng.chance(80) { card.ordered = text(created + rng.below(delivered - created + 1)) }
            case 30..<50:
                let lost = created + rng.below(200)
                terminal = lost
                card.lost = text(lost)
                if rng.chance(10) { card.ordered = text(created + rng.below(lost - created + 1)) }
            default:
                if rng.chance(15) { card.ordered = text(created + rng.below(150)) }
            }
            let horizon = terminal.map { $0 - created } ?? 250
            if rng.chance(20) { card.dormant = text(created + rng.below(horizon + 1)) }
            if rng.chance(70) { card.nextFollowup = text(created + rng.below(horizon + 30)) }
            card.grade = grade()
            cards.append(card)
            // At most one grade a day per card, so the grade of a day is never a matter of file order.
            var gradedDays: Set<String> = []

            for _ in 0..<rng.below(7) {
                var date: Day = rng.chance(15) ? created : created + rng.below(horizon + 1)
                if strays && rng.chance(10) { date = created - 1 - rng.below(3) }
                var f = FollowupSpec(card: id, date: text(date), kind: FollowupKind(rawValue: UInt8(rng.below(4))) ?? .call)
                f.intro = rng.chance(40)
                f.testDrive = rng.chance(25)
                f.negotiation = rng.chance(30)
                if grades.chance(40), gradedDays.insert(f.date).inserted { f.grade = grade() }
                followups.append(f)
                if rng.chance(10) { followups.append(FollowupSpec(card: id, date: text(date), kind: .visit)) }
            }
        }
        // File order is not date order.
        for i in stride(from: followups.count - 1, to: 0, by: -1) {
            followups.swapAt(i, rng.below(i + 1))
        }
        return try Fixture.dataset(cards, followups)
    }

    /// A period of a random kind starting between 2009-01 and 2011-06.
    static func period(_ rng: inout SplitMix64) -> Period {
        let anchor = firstDay + rng.below(900)
        switch rng.below(6) {
        case 0: return Period.day(anchor)
        case 1: return PeriodGrain.week.period(containing: anchor)
        case 2: return PeriodGrain.month.period(containing: anchor)
        case 3: return PeriodGrain.quarter.period(containing: anchor)
        case 4: return PeriodGrain.year.period(containing: anchor)
        default: return Period.range(from: anchor, to: anchor + rng.below(120)) ?? Period.day(anchor)
        }
    }
}
