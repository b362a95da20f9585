@testable import FunnelDomain
import FunnelGenerator
import FunnelStore
import Testing

/// The derived-field kernels split tables of 65,536 cards or more over two cores
/// (`RowHalves`); the other tests use small dealers, so this one generates a dealer big
/// enough to take that path and checks it against the one-thread path and against the
/// independent T-free visit days (`CardMilestones`).
@Suite struct TwoCoreKernelTests {
    static let fields: DerivedFields? = {
        guard let bytes = try? DatasetGenerator(GeneratorOptions(cards: 70_000, seed: 3)).jsonBytes(),
              let dataset = try? DatasetLoader().load(bytes: bytes, file: "big.json") else { return nil }
        return DerivedFields(dataset: dataset)
    }()

    @Test(arguments: ["2010-03-15", "2010-10-31", "2010-12-31"])
    func factsOnTwoCoresEqualOneThread(day: String) throws {
        let fields = try #require(Self.fields)
        let t = try #require(Day(parsing: day))
        #expect(fields.cards.count == 70_000)
        let split = fields.facts(asOf: t)
        let whole = CardFactsKernel.compute(cards: fields.cards, trail: fields.trail, asOf: t,
                                            snapshot: fields.snapshotDay, cycles: fields.cycles,
                                            rows: 0..<fields.cards.count).facts
        #expect(split.status == whole.status)
        #expect(split.cardAge == whole.cardAge)
        #expect(split.visits == whole.visits)
        #expect(split.testDrives == whole.testDrives)
        #expect(split.followupCount == whole.followupCount)
        #expect(split.lastContact == whole.lastContact)
        #expect(split.exists == whole.exists)
        #expect(split.following == whole.following)
        #expect(split.visited == whole.visited)
        #expect(split.overdue == whole.overdue)
        #expect(split.due == whole.due)
        #expect(split.complete == whole.complete)
        #expect(split.dormantEligible == whole.dormantEligible)
        #expect(split.cycleDue == whole.cycleDue)
    }

    @Test(arguments: ["2010-03-15", "2010-10-31", "2010-12-31"])
    func visitDaysGiveTheFactsSets(day: String) throws {
        let fields = try #require(Self.fields)
        let t = try #require(Day(parsing: day))
        let facts = fields.facts(asOf: t)
        let sets = fields.milestones.sets(asOf: t)
        let n = facts.count
        #expect(sets.existing == facts.exists)
        #expect(sets.visited == facts.visited)
        #expect(sets.returned == Bitmap(count: n, rows: (0..<n).filter { facts.visits[$0] >= 2 }))
        #expect(sets.testDriven == Bitmap(count: n, rows: (0..<n).filter { facts.testDrives[$0] >= 1 }))
    }

    @Test func prospectBaseOnTwoCoresMatchesItsDefinition() throws {
        let fields = try #require(Self.fields)
        let window = try AsOfPeriod(period: try Period(parsing: "2010-10"),
                                    today: try #require(Day(parsing: "2010-12-31")))
        let base = fields.prospectBase(window)
        let c = fields.cards
        let start = window.start.rawValue, t = window.asOf.rawValue
        let n = c.count
        #expect(base.opening == Bitmap(count: n, rows: (0..<n).filter {
            c.created[$0] < start && c.delivered[$0] > start - 1 && c.lost[$0] > start - 1 }))
        #expect(base.new == Bitmap(count: n, rows: (0..<n).filter { start <= c.created[$0] && c.created[$0] <= t }))
        #expect(base.deliveries == Bitmap(count: n, rows: (0..<n).filter {
            start <= c.delivered[$0] && c.delivered[$0] <= t }))
        #expect(base.closing == Bitmap(count: n, rows: (0..<n).filter {
            c.created[$0] <= t && c.delivered[$0] > t && c.lost[$0] > t }))
        #expect(base.closingCount == base.predictedClosingCount || !base.inconsistent.isEmpty)
    }
}
