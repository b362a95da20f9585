import FunnelDomain
import FunnelStore
import Testing

/// domain.md §4 on hand-made cards: October 2010 as of 2010-10-20.
@Suite struct ProspectBaseTests {
    static let cards: [CardSpec] = [
        CardSpec(id: "a", created: "2010-09-01"),
        CardSpec(id: "b-delivered-before", created: "2010-09-01", delivered: "2010-09-30"),
        CardSpec(id: "c-delivered-first-day", created: "2010-09-01", delivered: "2010-10-01"),
        CardSpec(id: "d-lost-in", created: "2010-09-01", lost: "2010-10-05"),
        CardSpec(id: "e-dormant", created: "2010-09-01", dormant: "2010-09-10"),
        CardSpec(id: "f-ordered-before", created: "2010-09-01", ordered: "2010-09-20"),
        CardSpec(id: "g-new-first-day", created: "2010-10-01"),
        CardSpec(id: "h-new-on-T", created: "2010-10-20"),
        CardSpec(id: "i-after-T", created: "2010-10-21"),
        CardSpec(id: "j-new-and-won", created: "2010-10-05", ordered: "2010-10-10", delivered: "2010-10-15"),
        CardSpec(id: "k-lost-after-T", created: "2010-09-30", lost: "2010-10-25"),
        CardSpec(id: "l-delivered-after-T", created: "2010-08-01", ordered: "2010-10-18", delivered: "2010-10-21"),
        CardSpec(id: "m-lost-day-before", created: "2010-09-15", lost: "2010-09-30"),
    ]

    @Test func theSetsOfOctober() throws {
        let dataset = try Fixture.dataset(Self.cards, asOf: "2010-10-20")
        let fields = DerivedFields(dataset: dataset)
        let window = try fields.window(Period(parsing: "2010-10"))
        #expect(window.asOf == day("2010-10-20"))
        let base = fields.prospectBase(window)

        #expect(ids(base.opening, in: dataset) == ["a", "c-delivered-first-day", "d-lost-in", "e-dormant",
                                                   "f-ordered-before", "k-lost-after-T", "l-delivered-after-T"])
        #expect(ids(base.new, in: dataset) == ["g-new-first-day", "h-new-on-T", "j-new-and-won"])
        #expect(base.base == base.opening | base.new)
        #expect(ids(base.orders, in: dataset) == ["j-new-and-won", "l-delivered-after-T"])
        #expect(ids(base.deliveries, in: dataset) == ["c-delivered-first-day", "j-new-and-won"])
        #expect(ids(base.losses, in: dataset) == ["d-lost-in"])
        #expect(ids(base.closing, in: dataset) == ["a", "e-dormant", "f-ordered-before", "g-new-first-day",
                                                   "h-new-on-T", "k-lost-after-T", "l-delivered-after-T"])
        #expect((base.openingCount, base.newCount, base.baseCount) == (7, 3, 10))
        #expect((base.deliveryCount, base.lossCount, base.closingCount) == (2, 1, 7))
        #expect(base.closingCount == base.predictedClosingCount)
        #expect(base.inconsistent.isEmpty)
        #expect(base.closing == fields.facts(asOf: window.asOf).following)
    }

    /// A whole month in the past is counted to its last day.
    @Test func aPastMonthIsCountedWhole() throws {
        let dataset = try Fixture.dataset(Self.cards, asOf: "2010-11-15")
        let window = try AsOfPeriod(period: Period(parsing: "2010-10"), today: day("2010-11-15"))
        let base = ProspectBase(dataset: dataset, window: window)
        #expect(window.asOf == day("2010-10-31"))
        #expect(ids(base.new, in: dataset) == ["g-new-first-day", "h-new-on-T", "i-after-T", "j-new-and-won"])
        #expect(ids(base.deliveries, in: dataset) == ["c-delivered-first-day", "j-new-and-won", "l-delivered-after-T"])
        #expect(ids(base.losses, in: dataset) == ["d-lost-in", "k-lost-after-T"])
        #expect(base.closingCount == base.predictedClosingCount)
    }

    /// Dates that break the identity, each named, and the identity corrected by them.
    @Test("cards that break the inventory identity", arguments: [
        ("delivered and lost, both in P", CardSpec(id: "x", created: "2010-09-01", delivered: "2010-10-03",
                                                   lost: "2010-10-04"), 1),
        ("lost before P, delivered in P", CardSpec(id: "x", created: "2010-09-01", delivered: "2010-10-03",
                                                   lost: "2010-09-20"), 1),
        ("delivered before P, lost in P", CardSpec(id: "x", created: "2010-09-01", delivered: "2010-09-20",
                                                   lost: "2010-10-03"), 1),
        ("delivered in P, captured after T", CardSpec(id: "x", created: "2010-10-25", delivered: "2010-10-10"), 1),
        ("captured in P, lost before P", CardSpec(id: "x", created: "2010-10-05", lost: "2010-09-25"), -1),
    ])
    func breakers(_ title: String, breaker: CardSpec, surplus: Int) throws {
        let dataset = try Fixture.dataset(Self.cards + [breaker])
        let window = try AsOfPeriod(period: Period(parsing: "2010-10"), today: day("2010-10-20"))
        let base = ProspectBase(dataset: dataset, window: window)
        #expect(ids(base.inconsistent, in: dataset) == ["x"], "\(title)")
        // closing = opening + new - deliveries - losses + (events - left) of the breakers.
        #expect(base.closingCount == base.predictedClosingCount + surplus, "\(title)")
    }

    /// A card delivered and lost after P started but also lost later than T: only
    /// the delivery is in P, and the card leaves once.
    @Test func aSecondTerminalDateAfterTDoesNotBreakIt() throws {
        let extra = CardSpec(id: "y", created: "2010-09-01", delivered: "2010-10-03", lost: "2010-10-28")
        let dataset = try Fixture.dataset(Self.cards + [extra])
        let window = try AsOfPeriod(period: Period(parsing: "2010-10"), today: day("2010-10-20"))
        let base = ProspectBase(dataset: dataset, window: window)
        #expect(base.inconsistent.isEmpty)
        #expect(base.closingCount == base.predictedClosingCount)
    }
}
