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
/// A period's events are the run of the dataset's `DueLedger` due in it up to T, so a
/// scope or a grouping is a pass over those events only.
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

    public let window: AsOfPeriod
    public let cycles: FollowupCycles
    /// Rows of `customers`.
    public let cardCount: Int
    private let ledger: DueLedger
    /// The ledger's events due in P up to T, and its ungraded contacts dated in P up to T.
    private let events: Range<Int>
    private let ungraded: Range<Int>

    init(fields: DerivedFields, window: AsOfPeriod) {
        self.window = window
        cycles = fields.cycles
        cardCount = fields.cards.count
        ledger = fields.dueLedger
        let first = window.start.rawValue, last = window.lastDay.rawValue
        events = DueLedger.range(of: ledger.due, from: first, through: last)
        ungraded = DueLedger.range(of: ledger.ungradedDay, from: first, through: last)
    }

    /// Events with this outcome due in P up to T, of the cards in `scope` (`nil`: all).
    public func count(_ outcome: Outcome, in scope: Bitmap? = nil) -> Int {
        var total = 0
        forEach(outcome, in: scope) { _ in total += 1 }
        return total
    }

    /// The cards with at least one event of this outcome, within `scope`.
    public func rows(_ outcome: Outcome, in scope: Bitmap? = nil) -> Bitmap {
        var words = [UInt64](repeating: 0, count: (cardCount + 63) >> 6)
        forEach(outcome, in: scope) { card in words[card >> 6] |= 1 << UInt64(card & 63) }
        return Bitmap(words: words, count: cardCount)
    }

    /// The number of events of this outcome of every card (0 for most), within `scope`.
    public func perCard(_ outcome: Outcome, in scope: Bitmap? = nil) -> [Int32] {
        var counts = [Int32](repeating: 0, count: cardCount)
        forEach(outcome, in: scope) { card in counts[card] += 1 }
        return counts
    }

    /// Contacts in P up to T of following cards whose grade that day is not known, within
    /// `scope`: they open no event.
    public func ungradedContacts(in scope: Bitmap? = nil) -> Int {
        var total = 0
        for index in ungraded where DueEvents.keeps(Int(ledger.ungradedCard[index]), scope, cardCount) { total += 1 }
        return total
    }

    /// Adds `sign` for each event of `outcome` to its card's group's total.
    func tally(_ outcome: Outcome, by groupOfCard: [Int32], sign: Int, in scope: Bitmap?, into totals: inout [Int]) {
        let groups = totals.count
        forEach(outcome, in: scope) { card in
            guard card < groupOfCard.count else { return }
            let group = Int(groupOfCard[card])
            if group >= 0 && group < groups { totals[group] += sign }
        }
    }

    /// Calls `body` with the card of each event of `outcome` due in P up to T.
    private func forEach(_ outcome: Outcome, in scope: Bitmap?, _ body: (Int) -> Void) {
        let t = window.asOf.rawValue
        let kinds = ledger.kind, dues = ledger.due, cards = ledger.card
        for index in events {
            let kind = kinds[index]
            let matches: Bool
            switch outcome {
            case .onTime: matches = kind == DueLedger.onTime
            case .closed: matches = kind == DueLedger.closed
            // Neither followed up nor closed by the due date: late once it has passed.
            case .late: matches = kind == DueLedger.unanswered && dues[index] < t
            case .open: matches = kind == DueLedger.unanswered && dues[index] >= t
            }
            let card = Int(cards[index])
            if matches && DueEvents.keeps(card, scope, cardCount) { body(card) }
        }
    }

    private static func keeps(_ card: Int, _ scope: Bitmap?, _ count: Int) -> Bool {
        guard card >= 0 && card < count else { return false }
        guard let scope else { return true }
        return card < scope.count && scope[card]
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
        // Days stand for "not set" as Int32.max: T stops short of it, so the ledger's walk
        // to the end of time takes no missing date for a contact.
        let t = min(asOf.rawValue, DueLedger.endOfTime)
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

/// Every due event of a dataset under one set of cycles, in order of due date, found once
/// (`DerivedFields.dueLedger`) for every period.
///
/// An event due on or before T has the same outcome whatever T is, except that one neither
/// followed up nor closed by its due date is late once T is past that date and open on it:
/// its contact, the grade that day, the next contact on or before the due date and a close
/// before it are all dated on or before the due date, so on or before T. So the ledger
/// keeps each event's due date, card and whether it was followed up in time, closed, or
/// neither; a period takes the run of events due from its start to its T.
final class DueLedger: Sendable {
    static let onTime: UInt8 = 0
    static let closed: UInt8 = 1
    static let unanswered: UInt8 = 2
    /// The latest day a walk reads (days that are not set are `Int32.max`).
    static let endOfTime = Int32.max - 4096

    /// Due days, ascending; the card and kind of each event.
    let due: [Int32]
    let card: [Int32]
    let kind: [UInt8]
    /// Days of contacts that open no event for want of a grade, ascending, and their cards.
    let ungradedDay: [Int32]
    let ungradedCard: [Int32]

    init(cards: CardColumns, trail: FollowupTrail, snapshot: Day, cycles: FollowupCycles) {
        var due: [Int32] = [], card: [Int32] = [], kind: [UInt8] = []
        var ungradedDay: [Int32] = [], ungradedCard: [Int32] = []
        let end = Day(rawValue: DueLedger.endOfTime)
        for c in 0..<min(cards.count, trail.offsets.count - 1) {
            DueEvents.walk(card: c, cards: cards, trail: trail, asOf: end, snapshot: snapshot, cycles: cycles) { event in
                due.append(event.due.rawValue)
                card.append(Int32(c))
                switch event.outcome {
                case .onTime: kind.append(DueLedger.onTime)
                case .closed: kind.append(DueLedger.closed)
                case .late, .open: kind.append(DueLedger.unanswered)
                }
            } ungraded: { day in
                ungradedDay.append(day)
                ungradedCard.append(Int32(c))
            }
        }
        let order = DueLedger.order(byDay: due)
        self.due = order.map { due[Int($0)] }
        self.card = order.map { card[Int($0)] }
        self.kind = order.map { kind[Int($0)] }
        let ungradedOrder = DueLedger.order(byDay: ungradedDay)
        self.ungradedDay = ungradedOrder.map { ungradedDay[Int($0)] }
        self.ungradedCard = ungradedOrder.map { ungradedCard[Int($0)] }
    }

    /// The positions of `days` in day order, stable: a counting sort over the days' span,
    /// or a sort when the span is very wide (dates far apart in bad data).
    static func order(byDay days: [Int32]) -> [Int32] {
        guard let low = days.min(), let high = days.max() else { return [] }
        let span = Int(high) - Int(low) + 1
        guard span <= 1 << 20 else {
            return days.indices.sorted { (days[$0], $0) < (days[$1], $1) }.map(Int32.init)
        }
        var starts = [Int32](repeating: 0, count: span + 1)
        for day in days { starts[Int(day) - Int(low) + 1] += 1 }
        for i in 1...span { starts[i] += starts[i - 1] }
        var order = [Int32](repeating: 0, count: days.count)
        for (index, day) in days.enumerated() {
            let slot = Int(day) - Int(low)
            order[Int(starts[slot])] = Int32(index)
            starts[slot] += 1
        }
        return order
    }

    /// The positions of the ascending `days` from `first` through `last`.
    static func range(of days: [Int32], from first: Int32, through last: Int32) -> Range<Int> {
        func lowerBound(_ value: Int32) -> Int {
            var low = 0, high = days.count
            while low < high {
                let middle = (low + high) / 2
                if days[middle] < value { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let start = lowerBound(first)
        let end = last == .max ? days.count : lowerBound(last + 1)
        return start..<max(start, end)
    }
}
