import FunnelDomain
import FunnelStore
import Testing

/// `due`, `overdue`, `contacted`, `dormant eligible` and `duplicate cards` (domain.md §6).
@Suite struct ReportWorkListTests {
    /// At 2010-10-20, the day the data was taken, N2's planned follow-up is that day and
    /// N4's (10-15) has passed. On 10-15, before it, the plan was not made yet: due and
    /// overdue follow the cycles (O 7, H 2, A 4, B 7, C 15 days) from the last contact,
    /// with the grade then (here the stored one: no follow-up sets a grade):
    /// A1 B 09-05 → 09-12; A2 O, last visit 10-08 → 10-15; N1 O (ordered 10-12), visit
    /// 10-10 → 10-17; N2 A, visit 10-06 → 10-10; N4 B, call 10-12 → 10-19; N6 B, captured
    /// 10-15 → 10-22. A6 is dormant, A3 A4 A5 N3 are won or lost, N5 not captured yet.
    /// On 10-20 the cycle lists add N4 (10-19) to A1, A2, N2, and N5 (H, captured 10-19)
    /// is due on 10-21.
    @Test("work lists of the dealer", arguments: [
        (WorkListKind.due, "2010-10-20", ["N2"]),
        (.due, "2010-10-15", ["A2"]),
        (.overdue, "2010-10-20", ["N4"]),
        (.overdue, "2010-10-15", ["A1", "N2"]),
        (.overdueByCycle, "2010-10-20", ["A1", "A2", "N2", "N4"]),
        (.overdueByCycle, "2010-10-15", ["A1", "N2"]),
        (.dueTomorrow, "2010-10-20", ["N5"]),
        (.dueTomorrow, "2010-10-16", ["N1"]),
        (.dueTomorrow, "2010-10-15", []),
        (.contacted, "2010-10-12", ["N4"]),          // a call
        (.contacted, "2010-10-10", ["N1"]),          // a visit
        (.contacted, "2010-10-19", ["N5"]),          // captured that day
        (.contacted, "2010-10-22", ["N6"]),          // a visit after the dataset's today: the day asked decides
        (.contacted, "2010-10-01", []),
        (.dormantEligible, "2010-10-20", []),
        // N4: a phone card 35 days old that never came in. A1, N2, N5 visited without
        // doing all three of intro, negotiation and test drive; N6 has ordered.
        (.dormantEligible, "2010-11-15", ["N4"]),
    ])
    func workList(_ kind: WorkListKind, _ date: String, _ listed: [String]) throws {
        let expected = Set(listed)
        let evaluator = try KPIFixture.dealerEvaluator()
        let list: WorkList
        switch kind {
        case .due: list = WorkList.due(evaluator, on: day(date))
        case .overdue: list = WorkList.overdue(evaluator, asOf: day(date))
        case .contacted: list = WorkList.contacted(evaluator, on: day(date))
        case .dormantEligible: list = WorkList.dormantEligible(evaluator, asOf: day(date))
        case .overdueByCycle: list = WorkList.overdueByCycle(evaluator, asOf: day(date))
        case .dueTomorrow: list = WorkList.dueTomorrow(evaluator, asOf: day(date))
        }
        #expect(list.kind == kind)
        #expect(ids(list.cards, in: evaluator.dataset) == expected)
        #expect(list.count == expected.count)
    }

    @Test func workListsWithinAFilter() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let wang = KPIFixture.cards(where: "consultant", is: "Wang", in: evaluator.dataset)
        #expect(WorkList.due(evaluator, on: day("2010-10-20"), cards: wang).count == 0)
        #expect(WorkList.overdue(evaluator, asOf: day("2010-10-20"), cards: wang).count == 1)
    }

    /// A follow-up dated before its card was captured does not make the card "contacted"
    /// before it exists.
    @Test func contactedIgnoresCardsNotYetCaptured() throws {
        let dataset = try KPIFixture.load(#"""
            {"customers": [{"id": "a", "created": "2010-10-05"}],
             "followups": [{"customer": "a", "date": "2010-10-03", "kind": "call"},
                           {"customer": "ghost", "date": "2010-10-03", "kind": "call"}]}
            """#)
        #expect(WorkList.contacted(KPIEvaluator(dataset: dataset), on: day("2010-10-03")).count == 0)
    }

    static let duplicates = #"""
        {"customers": [
          {"id": "d1", "phone": "13812345678", "model": "Octavia", "created": "2010-09-01"},
          {"id": "d2", "phone": "138-1234-5678", "model": "octavia ", "created": "2010-10-01"},
          {"id": "d3", "phone": "+86 138 1234 5678", "model": "Octavia", "created": "2010-10-05", "lost": "2010-10-06"},
          {"id": "d4", "phone": "13812345678", "model": "Superb", "created": "2010-10-01"},
          {"id": "d5", "phone": "010-87654321", "model": "Fabia", "created": "2010-10-02"},
          {"id": "d6", "phone": "01087654321", "model": "Fabia", "created": "2010-10-03"},
          {"id": "d7", "phone": "12345", "model": "Fabia", "created": "2010-10-01"},
          {"id": "d8", "phone": "12345", "model": "Fabia", "created": "2010-10-01"},
          {"id": "d9", "phone": "13900000000", "model": "Fabia", "created": "2010-10-25"},
          {"id": "d10", "phone": "13900000000", "model": "Fabia", "created": "2010-10-01"},
          {"id": "d11", "phone": "", "model": "Fabia", "created": "2010-10-01"},
          {"id": "d12", "phone": "", "model": "Fabia", "created": "2010-10-01"},
          {"id": "d13", "phone": "13912345678", "model": "", "created": "2010-10-01"},
          {"id": "d14", "phone": "13912345678", "created": "2010-10-01"}
        ]}
        """#

    /// As of 2010-10-20: d1 d2 d3 (one number written three ways, one model in two cases;
    /// d3 is lost but still a card), and d5 d6 (a landline with and without its dash).
    /// Not: d4 (another model), d7 d8 (12345 is no phone), d9 (captured after T), d11
    /// d12 (no phone), d13 d14 (no model).
    @Test func duplicateCards() throws {
        let dataset = try KPIFixture.load(Self.duplicates)
        let report = DuplicateCards(evaluator: KPIEvaluator(dataset: dataset), asOf: day("2010-10-20"))
        let groups = report.groups.map { $0.cards.compactMap { dataset.customers.column("id")?.string(at: $0) } }
        #expect(groups == [["d1", "d2", "d3"], ["d5", "d6"]])
        #expect(report.groups.map(\.phone) == ["13812345678", "010-87654321"])
        #expect(report.groups.map(\.model) == ["Octavia", "Fabia"])
        #expect(ids(report.cards, in: dataset) == ["d1", "d2", "d3", "d5", "d6"])
    }

    /// By the end of October d9 exists too, and pairs with d10.
    @Test func duplicatesAppearWhenTheSecondCardExists() throws {
        let dataset = try KPIFixture.load(Self.duplicates)
        let report = DuplicateCards(evaluator: KPIEvaluator(dataset: dataset), asOf: day("2010-10-31"))
        #expect(report.groups.count == 3)
        #expect(report.groups.last.map { $0.cards.count } == 2)
    }

    @Test func duplicatesWithinAFilter() throws {
        let dataset = try KPIFixture.load(Self.duplicates)
        let cards = KPIFixture.cards(["d1", "d3", "d5"], in: dataset)
        let report = DuplicateCards(evaluator: KPIEvaluator(dataset: dataset), asOf: day("2010-10-20"), cards: cards)
        #expect(report.groups.count == 1)
        #expect(ids(report.cards, in: dataset) == ["d1", "d3"])
    }
}
