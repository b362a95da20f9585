import FunnelStore

/// The due events of domain.md §8.1 whose due date falls in a period up to T: what
/// `followup_timeliness` (跟进及时率) counts.
///
/// Every contact of a card — the day it was captured, or a day with a follow-up — while
/// the card is following opens one due event: the next contact is due by the contact's
/// day plus the cycle of the card's grade on that day (`FollowupCycles`; grade N, or a
/// grade unknown that day, opens none). The event is
/// - **on time** when the card's next contact is on or before the due date, and not
///   after the card was won, lost or set dormant;
/// - **closed** (not counted) when the card was won, lost or set dormant before the due
///   date and before any next contact;
/// - **late** when the due date has passed (due < T) with neither;
/// - **open** when it is due on T itself and not yet followed up: it is neither yet.
///
/// Decisions where §8.1 is silent (ours): contacts are counted by day, so several
/// follow-ups on one day, or a follow-up on the capture day, are one contact and open one
/// event; the grade on a contact's day is the grade at that day by §2.1, so a grade set
/// by a follow-up counts from its own day; a follow-up dated before the card's capture
/// opens nothing; a card set dormant on or before a contact's day closes the event at
/// once (dormant cards are not due for follow-up, as `overdue` says).
///
/// Each card's counts are kept for the cards that have any (most have none in a given
/// period), so a scope or a grouping is a pass over those cards only.
public struct DueEvents: Sendable {
    public enum Outcome: Hashable, Sendable, CaseIterable {
        case onTime, late, closed, open
    }

    /// One due event of a card (for explanations and tests; the counts are what KPIs use).
    public struct Event: Hashable, Sendable {
        /// The contact that opened it, the grade then and the due date.
        public let contact: Day
        public let grade: Grade
        public let due: Day
        /// The card's next contact, if any by T.
        public let next: Day?
        public let outcome: Outcome
    }

    /// Counts of one card.
    struct Tally: Sendable {
        var onTime: Int32 = 0
        var late: Int32 = 0
        var closed: Int32 = 0
        var open: Int32 = 0
        /// Contacts in P up to T while following whose grade that day is unknown or was
        /// never given: they open no event.
        var ungraded: Int32 = 0

        subscript(outcome: Outcome) -> Int32 {
            switch outcome {
            case .onTime: onTime
            case .late: late
            case .closed: closed
            case .open: open
            }
        }

        var isEmpty: Bool { onTime == 0 && late == 0 && closed == 0 && open == 0 && ungraded == 0 }
    }

    public let window: AsOfPeriod
    public let cycles: FollowupCycles
    /// Rows of `customers`.
    public let cardCount: Int
    /// The cards with anything counted, in row order, and their counts.
    let cards: [Int32]
    let tallies: [Tally]

    init(fields: DerivedFields, window: AsOfPeriod) {
        self.window = window
        cycles = fields.cycles
        let columns = fields.cards
        cardCount = columns.count
        let first = window.start.rawValue, last = window.asOf.rawValue
        var cards: [Int32] = []
        var tallies: [Tally] = []
        for card in 0..<min(columns.count, fields.trail.offsets.count - 1) {
            var tally = Tally()
            DueEvents.walk(card: card, cards: columns, trail: fields.trail, asOf: window.asOf,
                           snapshot: fields.snapshotDay, cycles: cycles) { event in
                guard event.due.rawValue >= first, event.due.rawValue <= last else { return }
                switch event.outcome {
                case .onTime: tally.onTime += 1
                case .late: tally.late += 1
                case .closed: tally.closed += 1
                case .open: tally.open += 1
                }
            } ungraded: { contact in
                if contact >= first && contact <= last { tally.ungraded += 1 }
            }
            if !tally.isEmpty {
                cards.append(Int32(card))
                tallies.append(tally)
            }
        }
        self.cards = cards
        self.tallies = tallies
    }

    /// Events with this outcome due in P up to T, of the cards in `scope` (`nil`: all).
    public func count(_ outcome: Outcome, in scope: Bitmap? = nil) -> Int {
        var total = 0
        forEach(in: scope) { _, tally in total += Int(tally[outcome]) }
        return total
    }

    /// The cards with at least one event of this outcome, within `scope`.
    public func rows(_ outcome: Outcome, in scope: Bitmap? = nil) -> Bitmap {
        var rows: [Int] = []
        forEach(in: scope) { card, tally in if tally[outcome] > 0 { rows.append(card) } }
        return Bitmap(count: cardCount, rows: rows)
    }

    /// The number of events of this outcome of every card (0 for most), within `scope`.
    public func perCard(_ outcome: Outcome, in scope: Bitmap? = nil) -> [Int32] {
        var counts = [Int32](repeating: 0, count: cardCount)
        forEach(in: scope) { card, tally in counts[card] = tally[outcome] }
        return counts
    }

    /// Contacts in P up to T of following cards whose grade that day is not known, within
    /// `scope`: they open no event.
    public func ungradedContacts(in scope: Bitmap? = nil) -> Int {
        var total = 0
        forEach(in: scope) { _, tally in total += Int(tally.ungraded) }
        return total
    }

    /// Adds `sign` times each card's count of `outcome` to its group's total.
    func tally(_ outcome: Outcome, by groupOfCard: [Int32], sign: Int, in scope: Bitmap?, into totals: inout [Int]) {
        let groups = totals.count
        forEach(in: scope) { card, tally in
            guard card < groupOfCard.count else { return }
            let group = Int(groupOfCard[card])
            if group >= 0 && group < groups { totals[group] += sign * Int(tally[outcome]) }
        }
    }

    private func forEach(in scope: Bitmap?, _ body: (Int, Tally) -> Void) {
        for (index, card) in cards.enumerated() {
            let row = Int(card)
            if let scope, row >= scope.count || !scope[row] { continue }
            body(row, tallies[index])
        }
    }

    /// Every due event of one card as of T, in the order of their contacts (not cut to
    /// a period).
    public static func events(ofCard card: Int, fields: DerivedFields, asOf: Day) -> [Event] {
        guard card >= 0, card < fields.cards.count else { return [] }
        var events: [Event] = []
        walk(card: card, cards: fields.cards, trail: fields.trail, asOf: asOf, snapshot: fields.snapshotDay,
             cycles: fields.cycles) { events.append($0) } ungraded: { _ in }
        return events
    }

    /// Walks a card's contacts up to T in day order, calling `event` for each due event
    /// and `ungraded` with the day of each contact that opens none for want of a grade.
    static func walk(card c: Int, cards: CardColumns, trail: FollowupTrail, asOf: Day, snapshot: Day,
                     cycles: FollowupCycles, event: (Event) -> Void, ungraded: (Int32) -> Void) {
        let t = asOf.rawValue
        let created = cards.created[c]
        guard created <= t, c + 1 < trail.offsets.count else { return }
        let dates = trail.dates, flags = trail.flags
        let end = min(Int(trail.offsets[c + 1]), dates.count)
        var j = min(Int(trail.offsets[c]), end)
        let delivered = cards.delivered[c], lost = cards.lost[c]
        // Won, lost or set dormant by T: after it no contact is due.
        let closed = min(delivered, lost, cards.dormant[c])
        let closure = closed <= t ? closed : Int32.max
        var graded = false
        for k in j..<end where FollowupTrail.grade(flags[k]) != nil {
            graded = true
            break
        }
        var latest: UInt8?
        var contact = created
        while true {
            // The follow-ups up to the contact's day set its grade (those before the capture too).
            while j < end && dates[j] <= contact {
                if let grade = FollowupTrail.grade(flags[j]) { latest = grade }
                j += 1
            }
            let next: Int32 = j < end && dates[j] <= t ? dates[j] : .max
            // A card won or lost by the contact's day is no longer followed up.
            guard delivered > contact && lost > contact else { return }
            let reading: CardGrades.Reading
            if contact >= snapshot.rawValue {
                let stored = cards.grade[c]
                reading = stored == EnumVocabulary.nullCode ? .neverGiven : .known(stored)
            } else if let latest {
                reading = .known(latest)
            } else {
                reading = CardGrades.stored(card: c, at: contact, cards: cards, setLater: graded)
            }
            switch reading {
            case .known(let code):
                if let cycle = cycles.days(ofCode: code), let grade = Grade(rawValue: code) {
                    let due = contact &+ Int32(cycle)
                    let outcome: Outcome
                    if next <= due && next <= closure {
                        outcome = .onTime
                    } else if closure < due {
                        outcome = .closed
                    } else if due < t {
                        outcome = .late
                    } else {
                        outcome = .open
                    }
                    event(Event(contact: Day(rawValue: contact), grade: grade, due: Day(rawValue: due),
                                next: next == .max ? nil : Day(rawValue: next), outcome: outcome))
                }
            case .unknown, .neverGiven:
                ungraded(contact)
            }
            guard next != .max else { return }
            contact = next
        }
    }
}
