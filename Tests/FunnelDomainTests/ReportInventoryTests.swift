import FunnelDomain
import FunnelStore
import Testing

/// `inventory for PERIOD [by week|month]` (进销存, domain.md §4 and §6).
@Suite struct ReportInventoryTests {
    /// October as of 2010-10-20: opening A1 A2 A3 A4 A6 (5) + in N1..N6 (6) − out
    /// (deliveries A4 N1, losses A3 N3) = closing 7. A4 had ordered in September: an
    /// opening order card delivered; N1 is a new walk-in.
    @Test func october() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let dataset = evaluator.dataset
        let report = InventoryReport(evaluator: evaluator, window: try KPIFixture.window("2010-10"))
        let row = report.total
        #expect((row.openingCount, row.newCount, row.deliveryCount, row.lossCount) == (5, 6, 2, 2))
        #expect((row.outCount, row.closingCount, row.predictedClosingCount) == (4, 7, 7))
        #expect(row.identityHolds && row.inconsistent.isEmpty)
        #expect(report.pieces.isEmpty)
        #expect(row.sources.parts.map { ids($0.cards, in: dataset) } == [["A4"], [], ["N1"], [], [], []])
        #expect(row.sources.parts.reduce(0) { $0 + $1.cards.cardinality } == row.deliveryCount)
    }

    /// By week: W39 (1-3 Oct) in N1, out A3; W40 in N2 N3, out A4; W41 in N4 N6, out N3;
    /// W42 (18-20 Oct) in N5, out N1. Each week opens with the week before's closing.
    @Test func octoberByWeek() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let report = InventoryReport(evaluator: evaluator, window: try KPIFixture.window("2010-10"), split: .week)
        let pieces = report.pieces
        #expect(pieces.map(\.window.period.label) == ["2010-W39", "2010-W40", "2010-W41", "2010-W42"])
        #expect(pieces.map(\.openingCount) == [5, 5, 6, 7])
        #expect(pieces.map(\.newCount) == [1, 2, 2, 1])
        #expect(pieces.map(\.outCount) == [1, 1, 1, 1])
        #expect(pieces.map(\.closingCount) == [5, 6, 7, 7])
        #expect(pieces.allSatisfy { $0.identityHolds })
        for (before, after) in zip(pieces, pieces.dropFirst()) { #expect(after.opening == before.closing) }
        #expect(pieces.last?.closing == report.total.closing)
        #expect(pieces.reduce(0) { $0 + $1.newCount } == report.total.newCount)
    }

    /// Dates that contradict each other break the identity; the report names the cards.
    /// x is delivered and lost, both in October; y was lost in September yet delivered
    /// in October (outside the base).
    @Test func inconsistentCardsAreNamed() throws {
        let dataset = try KPIFixture.load(#"""
            {"customers": [
              {"id": "ok", "created": "2010-09-01"},
              {"id": "x", "created": "2010-09-01", "delivered": "2010-10-03", "lost": "2010-10-04"},
              {"id": "y", "created": "2010-09-01", "lost": "2010-09-10", "delivered": "2010-10-05"}]}
            """#)
        let evaluator = KPIEvaluator(dataset: dataset)
        let row = InventoryReport(evaluator: evaluator, window: try KPIFixture.window("2010-10")).total
        // opening ok, x (2) + new 0 − deliveries x y − losses x = −1, but closing is ok (1).
        #expect((row.openingCount, row.deliveryCount, row.lossCount, row.closingCount) == (2, 2, 1, 1))
        #expect(row.predictedClosingCount == -1)
        #expect(!row.identityHolds)
        #expect(ids(row.inconsistent, in: dataset) == ["x", "y"])
        #expect(ids(row.sources.openingOther, in: dataset) == ["x"])
        #expect(ids(row.sources.outsideBase, in: dataset) == ["y"])
    }

    @Test func whereConsultant() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let cards = KPIFixture.cards(where: "consultant", is: "Li", in: evaluator.dataset)
        let row = InventoryReport(evaluator: evaluator, window: try KPIFixture.window("2010-10"), cards: cards).total
        // Li: opening A1 A2; new N1 N2 N6; out N1 (delivered); closing A1 A2 N2 N6.
        #expect((row.openingCount, row.newCount, row.outCount, row.closingCount) == (2, 3, 1, 4))
        #expect(ids(row.sources.newShowroom, in: evaluator.dataset) == ["N1"])
    }
}
