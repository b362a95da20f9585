import FunnelDomain
import FunnelStore
import Testing

/// The due events of follow-up timeliness (domain.md §8.1) and the cycle due dates
/// (§8), checked against their definitions on seeded random dealers whose cards and
/// follow-ups carry grades. The worked example is in the engine's
/// `FollowupTimelinessTests`.
@Suite struct DueEventsTests {
    /// Every event: its contact is a day the card existed and was followed up, its grade
    /// the grade at that day (`CardGrades`, as `as of` reads it), its due date the
    /// contact plus that grade's cycle, its outcome what the next contact and the card's
    /// end say. The period's counts (taken from the events found once for all periods)
    /// are the events due in it up to T of a walk as of T, card by card.
    @Test("events follow their definition", arguments: [UInt64(21), 22])
    func definition(seed: UInt64) throws {
        let dataset = try RandomDealer.dataset(seed: seed, cards: 600)
        let fields = DerivedFields(dataset: dataset)
        let evaluator = KPIEvaluator(fields: fields)
        let cards = fields.cards
        var rng = SplitMix64(state: seed &* 101)
        var grades: [Int32: CardGrades] = [:]
        var seen = 0
        for _ in 0..<12 {
            let period = RandomDealer.period(&rng)
            let window = try AsOfPeriod(period: period, today: period.start + rng.below(period.dayCount + 30))
            let t = window.asOf
            let counted = evaluator.basis(window).dueEvents
            var onTime = [Int32](repeating: 0, count: cards.count), late = onTime, closed = onTime, open = onTime
            for card in 0..<cards.count {
                var previous: Day?
                for event in DueEvents.events(ofCard: card, fields: fields, asOf: t) {
                    seen += 1
                    let label = "card \(card) \(event) as of \(t)"
                    #expect(event.contact.rawValue >= cards.created[card] && event.contact <= t, "\(label)")
                    #expect(previous.map { $0 < event.contact } ?? true, "contacts are days: \(label)")
                    previous = event.contact
                    // The grade then, as every statement reads it on that day.
                    let c = event.contact.rawValue
                    let reading = grades[c] ?? fields.grades(asOf: event.contact)
                    grades[c] = reading
                    #expect(reading.codes[card] == event.grade.rawValue, "\(label)")
                    #expect(event.due == event.contact + (FollowupCycles.standard[event.grade] ?? -1), "\(label)")
                    // Following on the contact's day.
                    #expect(cards.delivered[card] > c && cards.lost[card] > c, "\(label)")
                    let end = min(cards.delivered[card], cards.lost[card], cards.dormant[card])
                    let closedBy = end <= t.rawValue ? end : Int32.max
                    let next = event.next?.rawValue ?? .max
                    switch event.outcome {
                    case .onTime: #expect(next <= event.due.rawValue && next <= closedBy, "\(label)")
                    case .closed: #expect(closedBy < event.due.rawValue && closedBy < next, "\(label)")
                    case .late:
                        #expect(event.due < t && next > event.due.rawValue && closedBy >= event.due.rawValue, "\(label)")
                    case .open: #expect(event.due >= t && next > event.due.rawValue, "\(label)")
                    }
                    guard event.due >= window.start, event.due <= t else { continue }
                    switch event.outcome {
                    case .onTime: onTime[card] += 1
                    case .late: late[card] += 1
                    case .closed: closed[card] += 1
                    case .open: open[card] += 1
                    }
                }
            }
            #expect(counted.perCard(.onTime) == onTime, "\(window)")
            #expect(counted.perCard(.late) == late, "\(window)")
            // Found once for every period, the events are those of a walk as of each T.
            #expect(counted.perCard(.closed) == closed, "\(window)")
            #expect(counted.perCard(.open) == open, "\(window)")
            #expect(counted.rows(.late) == Bitmap(count: cards.count, rows: late.indices.filter { late[$0] > 0 }))
            let value = evaluator.value(of: .followupTimeliness, for: window)
            #expect(value.numerator == onTime.reduce(0) { $0 + Int($1) })
            #expect(value.denominator == Double((onTime + late).reduce(0) { $0 + Int($1) }))
        }
        #expect(seen > 1000, "the dealer has too few events to test anything")
    }

    /// The cycle lists at T: following, not dormant cards whose last contact plus the
    /// cycle of their grade at T is before T (overdue by cycle) or T + 1 (due tomorrow).
    @Test("the cycle work lists", arguments: ["2009-06-15", "2010-03-31", "2011-12-31"])
    func cycleLists(day text: String) throws {
        let dataset = try RandomDealer.dataset(seed: 7, cards: 800)
        let evaluator = KPIEvaluator(dataset: dataset)
        let t = day(text)
        let facts = evaluator.fields.facts(asOf: t)
        let grades = evaluator.fields.grades(asOf: t)
        let notDormant = facts.cards(withStatus: [.order, .active])
        var overdue: Set<Int> = [], tomorrow: Set<Int> = []
        for card in notDormant.rows {
            // The grade at T: the stored one from the snapshot on, else from the follow-ups.
            guard let cycle = FollowupCycles.standard.days(ofCode: grades.codes[card]) else {
                #expect(facts.daysLate(ofCard: card) == nil)
                continue
            }
            let due = facts.lastContact[card] + Int32(cycle)
            if due < t.rawValue { overdue.insert(card) }
            if due == t.rawValue + 1 { tomorrow.insert(card) }
            #expect(facts.daysLate(ofCard: card) == max(0, Int(t.rawValue - due)))
        }
        #expect(Set(WorkList.overdueByCycle(evaluator, asOf: t).cards.rows) == overdue)
        #expect(Set(WorkList.dueTomorrow(evaluator, asOf: t).cards.rows) == tomorrow)
        #expect(!overdue.isEmpty)
        // Before the snapshot, overdue and due are the cycle lists.
        if t < evaluator.fields.snapshotDay {
            #expect(WorkList.overdue(evaluator, asOf: t).cards == WorkList.overdueByCycle(evaluator, asOf: t).cards)
            #expect(Set(WorkList.due(evaluator, on: t).cards.rows)
                    == Set(notDormant.rows.filter { facts.cycleDue[$0] == t.rawValue }))
        }
    }

    /// Other cycles are other due dates; the prepared data is shared.
    @Test func otherCycles() throws {
        let dataset = try Fixture.dataset([CardSpec(id: "a", created: "2010-10-01", grade: .H)], asOf: "2010-10-31")
        let fields = DerivedFields(dataset: dataset)
        let t = day("2010-10-10")
        #expect(fields.facts(asOf: t).daysLate(ofCard: 0) == 7)           // 10-01 + 2 = 10-03
        let slower = fields.with(cycles: FollowupCycles.standard.setting([.H: 5]))
        #expect(slower.cycles[.H] == 5)
        #expect(slower.facts(asOf: t).daysLate(ofCard: 0) == 4)           // 10-01 + 5 = 10-06
        #expect(fields.with(cycles: .standard) === fields)
        let noCycleForH: [Grade: Int?] = [.H: nil]
        let none = fields.with(cycles: FollowupCycles.standard.setting(noCycleForH))
        #expect(none.facts(asOf: t).daysLate(ofCard: 0) == nil)
        #expect(none.facts(asOf: t).overdue.isEmpty)                        // before the snapshot: by cycle
        #expect(fields.facts(asOf: t).overdue.rows == [0])
    }
}
