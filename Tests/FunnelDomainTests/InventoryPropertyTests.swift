import FunnelDomain
import FunnelStore
import Testing

/// Properties that must hold on any consistent data (a card gets at most one
/// terminal event, dates in order), checked on seeded random dealers over many
/// periods and as-of days.
@Suite struct InventoryPropertyTests {
    @Test("inventory identity and set containments", arguments: [UInt64(1), 2, 3])
    func identity(seed: UInt64) throws {
        let dataset = try RandomDealer.dataset(seed: seed, cards: 3000)
        let fields = DerivedFields(dataset: dataset)
        var rng = SplitMix64(state: seed &* 7919)
        let phoneOrOutreach = Bitmap(count: dataset.customers.rowCount,
                                     rows: (0..<fields.cards.count).filter {
                                         fields.cards.channel[$0] == Channel.phone.rawValue
                                             || fields.cards.channel[$0] == Channel.outreach.rawValue
                                     })
        for _ in 0..<60 {
            let period = RandomDealer.period(&rng)
            let window = try AsOfPeriod(period: period, today: period.start + rng.below(period.dayCount + 60))
            let base = fields.prospectBase(window)
            let facts = fields.facts(asOf: window.asOf)
            let label = "\(window)"

            // 进销存: closing = opening + new - deliveries - losses = following at T.
            #expect(base.inconsistent.isEmpty, "\(label)")
            #expect(base.closingCount == base.predictedClosingCount, "\(label)")
            #expect(base.closing == facts.following, "\(label)")
            #expect(base.closingCount == facts.cards(withStatus: CardStatus.following).cardinality, "\(label)")
            #expect((base.opening & base.new).isEmpty)
            #expect(base.baseCount == base.openingCount + base.newCount)

            // Every derived set is a set of cards that exist as of T.
            for set in [facts.following, facts.visited, facts.overdue, facts.due, facts.complete,
                        facts.dormantEligible] {
                #expect(set.isSubset(of: facts.exists), "\(label)")
            }
            #expect(base.base.isSubset(of: facts.exists))
            #expect(base.closing.isSubset(of: base.base))
            #expect((facts.overdue & facts.due).isEmpty)
            #expect(facts.overdue.isSubset(of: facts.following))
            #expect(facts.dormantEligible.isSubset(of: facts.cards(withStatus: [.active])))

            // Each rate's numerator is within its denominator.
            let returned = Bitmap(count: facts.count, rows: (0..<facts.count).filter { facts.visits[$0] >= 2 })
            let drove = Bitmap(count: facts.count, rows: (0..<facts.count).filter { facts.testDrives[$0] >= 1 })
            #expect((base.base & returned).isSubset(of: base.base & facts.visited))
            #expect((base.base & phoneOrOutreach & facts.visited).isSubset(of: base.base & phoneOrOutreach))
            #expect((base.new & facts.visited).isSubset(of: base.new))
            #expect(drove.isSubset(of: facts.exists))
            #expect(base.orders.isSubset(of: base.base), "\(label)")
            #expect(base.deliveries.isSubset(of: base.base), "\(label)")
            #expect(base.losses.isSubset(of: base.base), "\(label)")
        }
    }

    /// The column kernel agrees with the obvious per-card computation.
    @Test("kernel matches the reference", arguments: ["2009-01-01", "2009-06-15", "2010-03-31", "2010-10-01",
                                                      "2011-12-31"])
    func kernelMatchesReference(t: String) throws {
        let dataset = try RandomDealer.dataset(seed: 42, cards: 800, strays: true)
        let facts = CardFacts(dataset: dataset, asOf: day(t))
        var mismatches = 0
        for card in 0..<facts.count {
            let expected = ReferenceCard(card: card, in: dataset, asOf: day(t))
            var actual = expected
            actual.exists = facts.exists[card]
            actual.visits = facts.visits[card]
            actual.testDrives = facts.testDrives[card]
            actual.followupCount = facts.followupCount[card]
            actual.lastContact = facts.lastContact[card]
            actual.overdue = facts.overdue[card]
            actual.due = facts.due[card]
            actual.dormantEligible = facts.dormantEligible[card]
            actual.cycleDue = facts.cycleDue[card] == .max ? nil : Day(rawValue: facts.cycleDue[card])
            actual.status = facts.status(ofCard: card) ?? .active
            if actual != expected {
                mismatches += 1
                if mismatches <= 3 { Issue.record("card \(card) as of \(t): \(actual) != \(expected)") }
            }
            #expect(facts.visited[card] == (facts.visits[card] >= 1))
            #expect(facts.following[card] == (expected.exists && expected.status.isFollowing))
        }
        #expect(mismatches == 0)
    }
}
