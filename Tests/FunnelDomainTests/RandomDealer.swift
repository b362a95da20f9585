import FunnelDomain
import FunnelStore

/// SplitMix64: a tiny deterministic generator, so a failing seed fails the same way
/// on every machine and toolchain.
struct SplitMix64 {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Uniform in `0 ..< bound` (bound > 0), near enough for tests.
    mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}

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
            cards.append(card)

            for _ in 0..<rng.below(7) {
                var date: Day = rng.chance(15) ? created : created + rng.below(horizon + 1)
                if strays && rng.chance(10) { date = created - 1 - rng.below(3) }
                var f = FollowupSpec(card: id, date: text(date), kind: FollowupKind(rawValue: UInt8(rng.below(4))) ?? .call)
                f.intro = rng.chance(40)
                f.testDrive = rng.chance(25)
                f.negotiation = rng.chance(30)
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

/// The derived fields of one card computed the slow, obvious way from the raw
/// tables: a reference for the column kernel.
struct ReferenceCard: Equatable {
    var exists = false
    var status = CardStatus.active
    var visits: Int32 = 0
    var testDrives: Int32 = 0
    var followupCount: Int32 = 0
    var lastContact = Int32.max
    var overdue = false
    var due = false
    var dormantEligible = false

    init(card: Int, in dataset: Dataset, asOf t: Day) {
        let customers = dataset.customers
        func date(_ name: String) -> Day? { customers.column(name)?.day(at: card) }
        guard let created = date("created") else { return }
        let delivered = date("delivered"), lost = date("lost"), ordered = date("ordered"), dormant = date("dormant")
        if let delivered, delivered <= t {
            status = .won
        } else if let lost, lost <= t {
            status = .lost
        } else if let ordered, ordered <= t {
            status = .order
        } else if let dormant, dormant <= t {
            status = .dormant
        }
        guard created <= t else { return }
        exists = true
        var channel: Channel?
        if case .enumeration(let codes, _)? = customers.column("channel")?.values {
            channel = Channel(rawValue: codes[card])
        }
        var visitDays: Set<Day> = channel == .walkin ? [created] : []
        var latest = created
        var intro = false, drive = false, negotiation = false
        let f = dataset.followups
        for row in 0..<f.rowCount where dataset.links.followupCard[row] == Int32(card) {
            guard let d = f.column("date")?.day(at: row), d <= t else { continue }
            followupCount += 1
            latest = max(latest, d)
            if f.column("kind")?.text(at: row) == "visit" { visitDays.insert(d) }
            if f.column("test_drive")?.text(at: row) == "true" { testDrives += 1; drive = true }
            if f.column("intro")?.text(at: row) == "true" { intro = true }
            if f.column("negotiation")?.text(at: row) == "true" { negotiation = true }
        }
        visits = Int32(visitDays.count)
        lastContact = latest.rawValue
        if status == .order || status == .active, let next = date("next_followup") {
            overdue = next < t
            due = next == t
        }
        if status == .active {
            let cold = (channel == .phone || channel == .outreach) && t - created > 15 && visits == 0
            dormantEligible = cold || (visits >= 1 && intro && drive && negotiation)
        }
    }
}
