import FunnelDomain
import FunnelStore
import Testing

/// `lost reasons for PERIOD` and `structure by ...` (domain.md §6).
@Suite struct ReportBreakdownTests {
    /// October: A3 lost to a competitor, N3 with no reason given.
    @Test func lostReasonsOfOctober() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let report = LostReasonsReport(basis: evaluator.basis(try KPIFixture.window("2010-10")))
        #expect(report.total == 2)
        #expect(report.rows.map(\.key.description) == ["competitor", "same_brand", "gave_up", "out_of_region",
                                                       "unreachable", "(none)"])
        #expect(report.rows.map(\.chineseLabel) == ["已购竞品", "已购同品牌", "放弃购车", "地域限制", "无法联系", "未填写"])
        #expect(report.rows.map(\.count) == [1, 0, 0, 0, 0, 1])
        #expect(report.rows.map(\.share.value) == [0.5, 0, 0, 0, 0, 0.5])
        #expect(ids(report.rows[0].cards, in: evaluator.dataset) == ["A3"])
    }

    @Test func lostReasonsOfSeptemberAndOfADayWithoutLosses() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let september = LostReasonsReport(basis: evaluator.basis(try KPIFixture.window("2010-09")))
        #expect(september.rows.map(\.count) == [0, 0, 1, 0, 0, 0])   // A5 gave up
        let quiet = LostReasonsReport(basis: evaluator.basis(try KPIFixture.window("2010-10-01")))
        #expect(quiet.total == 0)
        #expect(quiet.rows.allSatisfy { $0.share.value == nil && $0.share.denominator == 0 })
    }

    /// Following at 2010-10-20: A1 A2 A6 N2 N4 N5 N6.
    @Test("structure at 2010-10-20", arguments: [
        (StructureDimension.grade, ["O", "H", "A", "B", "C", "N"], [1, 1, 1, 3, 1, 0]),
        (.channel, ["walkin", "phone", "outreach"], [3, 3, 1]),
        (.model, ["Superb", "Fabia", "Octavia"], [3, 2, 2]),
        (.source, ["auto_show", "autohome", "website", "(none)"], [1, 1, 1, 4]),
        // Ages: N5 1, N6 5 | N4 9 | N2 16, A6 30 | A2 40, A1 45.
        (.ageBand, ["0-7", "8-15", "16-30", "31-60", "61-90", ">90"], [2, 1, 2, 2, 0, 0]),
    ])
    func structure(_ dimension: StructureDimension, _ keys: [String], _ counts: [Int]) throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let report = CustomerStructure(evaluator: evaluator, asOf: day("2010-10-20"), dimension: dimension)
        #expect(report.total == 7)
        #expect(report.rows.map(\.key.description) == keys)
        #expect(report.rows.map(\.count) == counts)
        #expect(report.rows.reduce(0) { $0 + $1.count } == report.total)
        #expect(report.rows.map(\.share) == counts.map { .ratio($0, over: 7) })
    }

    @Test func structureNames() {
        #expect(StructureDimension.ageBandWords.contains("age band"))
        #expect(StructureDimension.ageBandWords.contains("卡龄"))
        #expect(StructureDimension(field: "grade") == .grade)
        #expect(StructureDimension(field: "colour") == nil)
        #expect(CardAgeBand.all.map(\.chineseLabel) == ["0-7天", "8-15天", "16-30天", "31-60天", "61-90天", "90天以上"])
        #expect(CardAgeBand.all.allSatisfy { $0.contains($0.lower) })
    }

    /// Any card field, not only the report's own dimensions: consultant is an open list,
    /// by count, largest first.
    @Test func structureByConsultant() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let report = CustomerStructure(evaluator: evaluator, asOf: day("2010-10-20"), field: "consultant",
                                       values: evaluator.dataset.customers.column("consultant"))
        #expect(report.dimension == nil)
        #expect(!report.listsEveryValue)
        #expect(report.rows.reduce(0) { $0 + $1.count } == 7)
        #expect(report.rows.map(\.count) == report.rows.map(\.count).sorted(by: >))
    }

    /// Lost reasons within the consultants' groups: every reason in every group, shares
    /// of the group's losses; October's A3 (competitor) is Wang's, N3 (no reason) too.
    @Test func lostReasonsByConsultant() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let report = LostReasonsReport(basis: evaluator.basis(try KPIFixture.window("2010-10")))
        let grouping = try #require(KPIGroups(evaluator: evaluator, field: "consultant"))
        let byGroup = GroupedShares(rows: report.rows, listsEveryValue: true, cardGroup: grouping.assignment.cardGroup,
                                    groupCount: grouping.assignment.groupCount)
        #expect(grouping.keys == [.value("Li"), .value("Wang"), .missing])
        #expect(byGroup.groupTotals == [0, 2, 0])
        #expect(byGroup.groups.map(\.count) == [6, 6, 6])
        #expect(byGroup.groups[1].map(\.count) == [1, 0, 0, 0, 0, 1])
        #expect(byGroup.groups[1].map(\.share.value) == [0.5, 0, 0, 0, 0, 0.5])
        #expect(byGroup.groups[0].allSatisfy { $0.share.value == nil })
    }

    @Test func structureWithinAFilter() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let cards = KPIFixture.cards(where: "consultant", is: "Wang", in: evaluator.dataset)
        let report = CustomerStructure(evaluator: evaluator, asOf: day("2010-10-20"), dimension: .grade, cards: cards)
        #expect(report.rows.map(\.count) == [0, 0, 0, 1, 1, 0])      // A6 C, N4 B
    }
}
