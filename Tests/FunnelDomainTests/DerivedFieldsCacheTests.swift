import FunnelDomain
import FunnelStore
import Testing

/// `DerivedFields`: the per-dataset entry point, caching facts per as-of day.
@Suite struct DerivedFieldsCacheTests {
    @Test func cachedFactsAreTheFactsAndTheCacheIsBounded() throws {
        let dataset = try RandomDealer.dataset(seed: 9, cards: 500)
        let fields = DerivedFields(dataset: dataset, cacheCapacity: 3)
        let days = ["2009-05-01", "2009-09-30", "2010-01-31", "2009-05-01", "2010-06-30"].map(day)
        for d in days {
            let cached = fields.facts(asOf: d)
            let fresh = CardFacts(dataset: dataset, asOf: d)
            #expect(cached.asOf == d)
            #expect(cached.status == fresh.status && cached.visits == fresh.visits && cached.cardAge == fresh.cardAge)
            #expect(cached.lastContact == fresh.lastContact && cached.followupCount == fresh.followupCount)
            #expect(cached.following == fresh.following && cached.dormantEligible == fresh.dormantEligible)
            #expect(cached.complete == fresh.complete && cached.overdue == fresh.overdue)
        }
        // Least recently used out: 2009-09-30 went when 2010-06-30 came.
        #expect(fields.cachedDays == ["2010-01-31", "2009-05-01", "2010-06-30"].map(day))
    }

    @Test func sharedBetweenTasks() async throws {
        let fields = DerivedFields(dataset: try RandomDealer.dataset(seed: 5, cards: 300), cacheCapacity: 4)
        let counts = await withTaskGroup(of: Int.self) { group in
            for i in 0..<16 {
                group.addTask { fields.facts(asOf: day("2010-01-01") + (i % 6)).following.cardinality }
            }
            var all: [Int] = []
            for await count in group { all.append(count) }
            return all
        }
        #expect(counts.count == 16)
        #expect(fields.cachedDays.count == 4)
    }

    @Test func todayAndWindowFollowTheDataset() throws {
        let fields = DerivedFields(dataset: try Fixture.dataset([CardSpec(id: "a", created: "2010-09-01")],
                                                                asOf: "2010-10-20"))
        #expect(fields.today() == day("2010-10-20"))
        #expect(fields.today(userSet: day("2010-10-05")) == day("2010-10-05"))
        #expect(try fields.window(Period(parsing: "2010-10")).asOf == day("2010-10-20"))
        #expect(throws: PeriodError.self) { try fields.window(Period(parsing: "2010-11")) }
    }

    /// domain.md §5.1 example 2: October 2010, opening stock 200 of which 160 have
    /// visited, 100 new of which 50 have visited by the query day: the new-card visit
    /// rate is 50 / 100 and the overall one (160 + 50) / (200 + 100).
    @Test func visitRatesOfSeedExample2() throws {
        var cards: [CardSpec] = []
        for i in 0..<200 {
            cards.append(CardSpec(id: "o\(i)", created: "2010-09-0\(1 + i % 9)", channel: i < 160 ? .walkin : .phone))
        }
        for i in 0..<100 {
            cards.append(CardSpec(id: "n\(i)", created: "2010-10-1\(i % 10)", channel: i < 50 ? .walkin : .outreach))
        }
        let fields = DerivedFields(dataset: try Fixture.dataset(cards, asOf: "2010-10-20"))
        let window = try fields.window(Period(parsing: "2010-10"))
        let base = fields.prospectBase(window)
        let visited = fields.facts(asOf: window.asOf).visited
        #expect((base.opening.cardinality, (base.opening & visited).cardinality) == (200, 160))
        #expect(((base.new & visited).cardinality, base.newCount) == (50, 100))
        #expect(((base.base & visited).cardinality, base.baseCount) == (210, 300))
    }
}
