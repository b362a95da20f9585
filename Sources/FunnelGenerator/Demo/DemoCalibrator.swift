import FunnelStore

/// Deterministic touch-ups that turn the demo's natural simulation into one that
/// reproduces domain.md §5.1 exactly, each a change a real dealer's data could
/// show:
///
/// - keep one card created on 2010-08-01 following on 2010-10-01 (a loss becomes
///   dormancy);
/// - bring October's opening stock to 200: surplus cards get a loss in the
///   quarter-end clean-up (September 27-30), or, if short, recent losses become
///   dormancy;
/// - bring the visited counts to 160 of the opening and 50 of the new cards by
///   switching a phone/outreach card's showroom visits to calls, or one of its
///   calls to a visit;
/// - make sure cards are due and overdue on the snapshot day;
/// - bring week 2010-W40 to 20 `followup` traffic entries by marking calls as
///   incoming or outgoing (and, if needed, a visit of an already visited card as a
///   call), and to 30 `none` entries by adding or dropping walk-bys.
///
/// `verify` then recounts everything from scratch and throws if any number is off.
struct DemoCalibrator {
    private(set) var cards: [CardRecord]
    private let roster: ConsultantRoster
    private var rng: Xoshiro256StarStar
    /// Cards no step may change any more.
    private var pinned = Set<Int>()

    static let openingStock = 200
    static let openingVisited = 160
    static let newCards = 100
    static let newVisited = 50
    static let weekCaptured = 50
    static let weekFollowup = 20
    static let weekNone = 30

    private let asOf = DemoDataset.asOf
    private let october = DemoDataset.october
    private var september30: Day { october - 1 }

    init(cards: [CardRecord], roster: ConsultantRoster, seed: UInt64) {
        self.cards = cards
        self.roster = roster
        rng = Xoshiro256StarStar(seed: seed, stream: 0xCA_11B8)
    }

    mutating func calibrateCards() throws {
        try keepAgedCardFollowing()
        try fixOpeningStock()
        let opening = cards.indices.filter { DemoFacts.inOpening(cards[$0], start: october) }
        try fixVisited(opening, target: DemoCalibrator.openingVisited, what: "opening stock")
        let new = cards.indices.filter { DemoFacts.isNew(cards[$0], start: october, end: asOf) }
        guard new.count == DemoCalibrator.newCards else {
            throw GeneratorError.demoCalibration("October has \(new.count) new cards, not 100")
        }
        try fixVisited(new, target: DemoCalibrator.newVisited, what: "new cards")
        ensureDueAndOverdue()
        try fixWeekFollowups()
    }

    // MARK: Example 3

    private mutating func keepAgedCardFollowing() throws {
        let candidates = cards.indices.filter {
            cards[$0].created == DemoDataset.agedCardDay && cards[$0].kind == .retail
        }
        if let index = candidates.first(where: { DemoFacts.following(cards[$0], on: october) }) {
            pinned.insert(index)
            return
        }
        guard let index = candidates.first(where: { cards[$0].lost != nil && cards[$0].ordered == nil }) else {
            throw GeneratorError.demoCalibration("no card created on 2010-08-01 can be kept following")
        }
        makeDormant(index)
        pinned.insert(index)
    }

    // MARK: Example 2

    private mutating func fixOpeningStock() throws {
        let opening = cards.indices.filter { DemoFacts.inOpening(cards[$0], start: october) }
        let unvisited = opening.filter { !DemoFacts.visited(cards[$0], asOf: asOf) }.count
        let wantUnvisited = DemoCalibrator.openingStock - DemoCalibrator.openingVisited
        if opening.count > DemoCalibrator.openingStock {
            let surplus = opening.count - DemoCalibrator.openingStock
            let candidates = opening.filter {
                let card = cards[$0]
                return !pinned.contains($0) && card.kind == .retail && card.ordered == nil && card.dormant == nil
            }.sorted { laterActivity($0) < laterActivity($1) || (laterActivity($0) == laterActivity($1) && $0 < $1) }
            let chosen = choose(surplus, from: candidates, unvisited: max(0, min(surplus, unvisited - wantUnvisited)))
            guard chosen.count == surplus else {
                throw GeneratorError.demoCalibration("cannot trim the opening stock from \(opening.count) to 200")
            }
            for index in chosen { loseInSeptember(index) }
        } else if opening.count < DemoCalibrator.openingStock {
            let deficit = DemoCalibrator.openingStock - opening.count
            let candidates = cards.indices.filter {
                let card = cards[$0]
                guard let lost = card.lost else { return false }
                return !pinned.contains($0) && card.kind == .retail && card.ordered == nil
                    && lost >= DemoDataset.agedCardDay && lost <= september30
            }.sorted { (cards[$0].lost ?? asOf, $0) > (cards[$1].lost ?? asOf, $1) }
            let chosen = choose(deficit, from: candidates, unvisited: max(0, min(deficit, wantUnvisited - unvisited)))
            guard chosen.count == deficit else {
                throw GeneratorError.demoCalibration("cannot raise the opening stock from \(opening.count) to 200")
            }
            for index in chosen { makeDormant(index) }
        }
    }

    /// `count` cards from `candidates` (in order), `unvisited` of them not visited by T if possible.
    private func choose(_ count: Int, from candidates: [Int], unvisited: Int) -> [Int] {
        let notVisited = candidates.filter { !DemoFacts.visited(cards[$0], asOf: asOf) }
        let wasVisited = candidates.filter { DemoFacts.visited(cards[$0], asOf: asOf) }
        var chosen = Array(notVisited.prefix(unvisited))
        chosen += wasVisited.prefix(count - chosen.count)
        if chosen.count < count {
            chosen += notVisited.dropFirst(unvisited).prefix(count - chosen.count)
        }
        return chosen
    }

    /// Follow-ups after September: the fewer, the less a September loss erases.
    private func laterActivity(_ index: Int) -> Int {
        cards[index].followups.filter { $0.day > september30 }.count
    }

    /// Closes a card in the quarter-end clean-up: a loss on September 27-30 (never
    /// before its last September contact), with the reason a manager would pick.
    private mutating func loseInSeptember(_ index: Int) {
        var card = cards[index]
        let lastContact = card.followups.filter { $0.day <= september30 }.map(\.day).max() ?? card.created
        let earliest = max(lastContact, card.created, september30 - 3)
        let lostDay = earliest + rng.below(september30 - earliest + 1)
        card.followups.removeAll { $0.day > lostDay }
        let visited = DemoFacts.visited(card, asOf: lostDay)
        let reason = LostReason(rawValue: UInt8(rng.pick(visited ? [40, 20, 25, 15, 0] : [20, 0, 30, 10, 40])))
            ?? .gaveUp
        if !card.followups.contains(where: { $0.day == lostDay }) {
            let range = Catalog.noteRanges[Catalog.NoteTopic.lost.rawValue]
            card.followups.append(FollowupRecord(
                day: lostDay, minute: 600, hasTime: false, kind: .call, consultant: card.consultant, intro: false,
                testDrive: false, negotiation: false, grade: nil,
                note: Int16(range.lowerBound + rng.below(range.count)), incoming: false))
        }
        card.lost = lostDay
        card.lostReason = reason
        card.nextFollowup = nil
        cards[index] = card
    }

    /// Turns a loss into dormancy on the same day (the consultant judged it a
    /// long-term prospect instead); the lost note goes.
    private mutating func makeDormant(_ index: Int) {
        var card = cards[index]
        guard let lost = card.lost else { return }
        let lostNotes = Catalog.noteRanges[Catalog.NoteTopic.lost.rawValue]
        for j in card.followups.indices where card.followups[j].day == lost {
            if lostNotes.contains(Int(card.followups[j].note)) { card.followups[j].note = -1 }
        }
        card.dormant = lost
        card.lost = nil
        card.lostReason = nil
        card.nextFollowup = nil
        cards[index] = card
    }

    private mutating func fixVisited(_ group: [Int], target: Int, what: String) throws {
        let visited = group.filter { DemoFacts.visited(cards[$0], asOf: asOf) }
        if visited.count > target {
            // Phone/outreach cards whose only showroom contact was a follow-up visit: record those as calls.
            let candidates = visited.filter {
                let card = cards[$0]
                return card.channel != .walkin && card.kind == .retail && card.ordered == nil && !pinned.contains($0)
            }.sorted { (visitCount($0), $0) < (visitCount($1), $1) }
            guard candidates.count >= visited.count - target else {
                throw GeneratorError.demoCalibration("\(what): \(visited.count) visited, cannot bring to \(target)")
            }
            for index in candidates.prefix(visited.count - target) {
                for j in cards[index].followups.indices where cards[index].followups[j].kind == .visit {
                    callInstead(index, j)
                }
                pinned.insert(index)
            }
        } else if visited.count < target {
            // Unvisited phone/outreach cards: the customer came in for one of the contacts.
            let candidates = group.filter {
                let card = cards[$0]
                return card.channel != .walkin && card.kind == .retail && card.dormant == nil && !pinned.contains($0)
                    && !DemoFacts.visited(card, asOf: asOf) && card.followups.contains { DemoCalibrator.adjustable($0) }
            }
            guard candidates.count >= target - visited.count else {
                throw GeneratorError.demoCalibration("\(what): \(visited.count) visited, cannot bring to \(target)")
            }
            for index in candidates.prefix(target - visited.count) {
                guard let j = cards[index].followups.lastIndex(where: { DemoCalibrator.adjustable($0) }) else { continue }
                var followup = cards[index].followups[j]
                followup.kind = .visit
                followup.intro = true
                followup.testDrive = rng.chance(permille: 500)
                followup.hasTime = true
                followup.minute = CalendarProfile.minute(&rng, from: 570, to: 1110)
                followup.incoming = false
                cards[index].followups[j] = followup
                pinned.insert(index)
            }
        }
    }

    /// A contact a touch-up may change: not the capture (its traffic entry is the
    /// captured one) nor a post-delivery callback, and on or before the snapshot day.
    static func adjustable(_ followup: FollowupRecord) -> Bool {
        !followup.capture && !followup.callback && followup.day <= DemoDataset.asOf
    }

    private func visitCount(_ index: Int) -> Int { cards[index].followups.filter { $0.kind == .visit }.count }

    /// Records follow-up `j` of card `index` as an outgoing call: no presentation, no test drive.
    private mutating func callInstead(_ index: Int, _ j: Int) {
        var followup = cards[index].followups[j]
        followup.kind = .call
        followup.intro = false
        followup.testDrive = false
        followup.incoming = false
        if Catalog.noteRanges[Catalog.NoteTopic.visit.rawValue].contains(Int(followup.note)) { followup.note = -1 }
        cards[index].followups[j] = followup
    }

    // MARK: Work lists

    /// At least one card due and one overdue on the snapshot day (they appear
    /// naturally; this only guards against a seed where they would not).
    private mutating func ensureDueAndOverdue() {
        func open(_ card: CardRecord) -> Bool {
            card.kind == .retail && card.dormant == nil && card.lost == nil && card.delivered == nil
                && card.ordered == nil
        }
        let plans = cards.filter(open).compactMap(\.nextFollowup)
        for (wanted, offset) in [(plans.contains(asOf), 0), (plans.contains { $0 < asOf }, -3)] where !wanted {
            let day = asOf + offset
            if let index = cards.indices.first(where: {
                open(cards[$0]) && !pinned.contains($0) && (cards[$0].nextFollowup ?? day) > asOf
                    && (cards[$0].followups.last?.day ?? cards[$0].created) < day
            }) {
                cards[index].nextFollowup = day
            }
        }
    }

    // MARK: Example 1

    private func weekFollowupEntries() -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        for (index, card) in cards.enumerated() where card.kind == .retail {
            for (j, followup) in card.followups.enumerated()
            where DemoDataset.trafficWeek.contains(followup.day) && !followup.capture {
                if followup.kind == .visit || (followup.kind == .call && followup.incoming) { found.append((index, j)) }
            }
        }
        return found
    }

    private mutating func fixWeekFollowups() throws {
        var count = weekFollowupEntries().count
        let target = DemoCalibrator.weekFollowup
        let week = DemoDataset.trafficWeek
        for (index, card) in cards.enumerated() where card.kind == .retail {
            for j in card.followups.indices where week.contains(card.followups[j].day) {
                let followup = cards[index].followups[j]
                guard DemoCalibrator.adjustable(followup) else { continue }
                if count > target, followup.kind == .call, followup.incoming {
                    cards[index].followups[j].incoming = false
                    count -= 1
                } else if count < target, followup.kind == .call, !followup.incoming {
                    cards[index].followups[j].incoming = true
                    count += 1
                }
            }
        }
        if count < target {  // a WeChat message was in fact the customer calling in
            for (index, card) in cards.enumerated() where card.kind == .retail {
                for j in card.followups.indices
                where count < target && week.contains(card.followups[j].day) && card.followups[j].kind == .message
                    && DemoCalibrator.adjustable(card.followups[j]) {
                    cards[index].followups[j].kind = .call
                    cards[index].followups[j].incoming = true
                    count += 1
                }
            }
        }
        if count > target {  // a repeat visit recorded as a call, where the card stays visited
            for (index, j) in weekFollowupEntries() where count > target {
                let card = cards[index]
                let followup = card.followups[j]
                guard followup.kind == .visit, followup.grade != .O, DemoCalibrator.adjustable(followup) else { continue }
                var others = DemoFacts.visitDays(card, asOf: asOf)
                others.remove(followup.day)
                let sameDayVisits = card.followups.filter { $0.kind == .visit && $0.day == followup.day }.count
                guard !others.isEmpty || sameDayVisits > 1 || card.channel == .walkin else { continue }
                callInstead(index, j)
                count -= 1
            }
        }
        guard count == target else {
            throw GeneratorError.demoCalibration("week \(DemoDataset.trafficWeekName) has \(count) follow-up entries")
        }
    }

    /// Adds or drops walk-bys in the example week until it has exactly 30 `none` entries.
    mutating func calibrateTraffic(_ entries: inout [TrafficRecord], builder: TrafficBuilder) {
        let week = DemoDataset.trafficWeek
        let none = entries.indices.filter { entries[$0].result == .none && week.contains(entries[$0].day) }
        if none.count > DemoCalibrator.weekNone {
            let drop = Set(none.suffix(none.count - DemoCalibrator.weekNone))
            entries = entries.indices.filter { !drop.contains($0) }.map { entries[$0] }
        } else if none.count < DemoCalibrator.weekNone {
            let days = Array(0...(week.upperBound - week.lowerBound)).map { week.lowerBound + $0 }
            let weights = CumulativeWeights(days.map(CalendarProfile.weight(of:)))
            for _ in none.count..<DemoCalibrator.weekNone {
                let day = days[weights.draw(&rng)]
                entries.append(builder.none(day, rng.chance(permille: 750) ? .visit : .call, &rng))
            }
        }
    }
}
