import FunnelDomain
import FunnelStore
import Testing

/// Groups by a card field and by time (docs/kpis.md, "Groups"), on the hand-made dealer.
@Suite struct KPIGroupTests {
    /// KPIs whose denominator is not split by groups: the days of the period are the
    /// same for every group, and each group has its own target.
    static let unsplitDenominators: Set<KPI> = [.dailyTraffic, .planAchievement]

    @Test func byConsultant() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let dataset = evaluator.dataset
        let grouping = try #require(KPIGroups(evaluator: evaluator, field: "consultant"))
        #expect(grouping.trafficAttribution == .ownField)
        #expect(grouping.keys == [.value("Li"), .value("Wang"), .missing])
        #expect(grouping.makeGroups().map { ids($0.cards, in: dataset) } == [
            ["A1", "A2", "A5", "N1", "N2", "N6", "L1"], ["A3", "A4", "A6", "N3", "N4"], ["N5"],
        ])
        #expect(grouping.makeGroups().map { KPIFixture.trafficIds($0.traffic, in: dataset) } == [
            ["T1", "T2", "T3", "T5", "T6", "T11"], ["T4", "T7", "T9", "T10"], ["T8"],
        ])
        #expect(grouping.makeGroups().map(\.targets) == [
            .consultants(["Li"]), .consultants(["Wang"]), .notApplicable(.withoutValue(field: "consultant")),
        ])

        // Li: base A1 A2 | N1 N2 N6, visited A1 A2 N1 N2; Wang: A3 A4 A6 | N3 N4, visited A4 A6.
        let basis = evaluator.basis(try KPIFixture.window("2010-10"))
        let rates = grouping.makeGroups().map { basis.value(of: .overallVisitRate, in: KPIScope.all.narrowed(to: $0)) }
        #expect(rates == [.ratio(4, over: 5), .ratio(2, over: 5), .ratio(1, over: 1)])
        let capture = grouping.makeGroups().map { basis.value(of: .captureRate, in: KPIScope.all.narrowed(to: $0)) }
        #expect(capture == [.ratio(2, over: 2), .ratio(1, over: 3), .ratio(1, over: 1)])
        let plan = grouping.makeGroups().map { basis.value(of: .planAchievement, in: KPIScope.all.narrowed(to: $0)) }
        #expect(plan == [.ratio(1, over: 2), .ratio(1, over: 1), .undefined(numerator: 0)])
    }

    /// Traffic has no model: each entry follows its card, and entries with no card
    /// (T4 T9 T10 T11, all `none`) form `(no card)`.
    @Test func byModelTrafficFollowsTheCard() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let dataset = evaluator.dataset
        let grouping = try #require(KPIGroups(evaluator: evaluator, field: "model"))
        #expect(grouping.trafficAttribution == .linkedCard)
        #expect(grouping.keys == [.value("Fabia"), .value("Octavia"), .value("Superb"), .noCard])
        #expect(grouping.makeGroups().map { KPIFixture.trafficIds($0.traffic, in: dataset) } == [
            ["T2", "T3"], ["T1", "T6", "T8"], ["T5", "T7"], ["T4", "T9", "T10", "T11"],
        ])
        #expect(grouping.makeGroups().last.map { $0.cards.isEmpty } == true)
    }

    @Test func byChannelInVocabularyOrder() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let grouping = try #require(KPIGroups(evaluator: evaluator, field: "channel"))
        #expect(grouping.keys == [.value("walkin"), .value("phone"), .value("outreach"), .noCard])
    }

    /// Text of spaces only is no value: such cards group with the ones without a model.
    @Test func blankValuesAreMissing() throws {
        let dataset = try KPIFixture.load(#"""
            {"customers": [{"id": "a", "created": "2010-10-01", "model": "Fabia"},
                           {"id": "b", "created": "2010-10-01", "model": " "},
                           {"id": "c", "created": "2010-10-01", "model": ""},
                           {"id": "d", "created": "2010-10-01", "model": "\u3000"},
                           {"id": "e", "created": "2010-10-01"}]}
            """#)
        let grouping = try #require(KPIGroups(evaluator: KPIEvaluator(dataset: dataset), field: "model"))
        #expect(grouping.keys == [.value("Fabia"), .missing])
        #expect(grouping.makeGroups().map { ids($0.cards, in: dataset) } == [["a"], ["b", "c", "d", "e"]])
    }

    @Test("no grouping by a field that is not one", arguments: ["created", "nothing", "key_questions"])
    func notAGrouping(_ field: String) throws {
        #expect(KPIGroups(evaluator: try KPIFixture.dealerEvaluator(), field: field) == nil)
    }

    /// The partition property: over any grouping of the cards, group numerators and
    /// denominators add up to the total's, within a `where` too.
    @Test("groups add up to the total", arguments: ["consultant", "model", "channel", "grade", "source"])
    func partition(_ field: String) throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let grouping = try #require(KPIGroups(evaluator: evaluator, field: field))
        for filter in [nil, KPIFixture.cards(["A1", "A2", "A3", "N1", "N3", "N6"], in: evaluator.dataset)] {
            let scope = KPIScope(cards: filter)
            for period in ["2010-10", "2010-W40", "2010-09", "2010"] {
                let basis = evaluator.basis(try KPIFixture.window(period))
                for kpi in KPI.allCases {
                    let total = basis.value(of: kpi, in: scope)
                    let parts = grouping.makeGroups().map { basis.value(of: kpi, in: scope.narrowed(to: $0)) }
                    #expect(parts.reduce(0) { $0 + $1.numerator } == total.numerator, "\(kpi) by \(field) in \(period)")
                    if !Self.unsplitDenominators.contains(kpi), let denominator = total.denominator {
                        #expect(parts.reduce(0) { $0 + ($1.denominator ?? 0) } == denominator,
                                "\(kpi) by \(field) in \(period)")
                    }
                }
            }
        }
    }

    /// One pass for all groups gives what asking group by group gives.
    @Test("grouped in one pass", arguments: ["consultant", "model", "channel", "source"])
    func onePass(_ field: String) throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let grouping = try #require(KPIGroups(evaluator: evaluator, field: field))
        let scope = KPIScope(cards: KPIFixture.cards(["A1", "A2", "A4", "N1", "N2", "N4", "N5"], in: evaluator.dataset))
        for period in ["2010-10", "2010-W40", "2010-09"] {
            let basis = evaluator.basis(try KPIFixture.window(period))
            for kpi in KPI.allCases {
                let together = basis.values(of: kpi, groupedBy: grouping.assignment, in: scope)
                let apart = grouping.makeGroups().map { basis.value(of: kpi, in: scope.narrowed(to: $0)) }
                #expect(together == apart, "\(kpi) by \(field) in \(period)")
            }
        }
    }

    /// October as of 2010-10-20 by week: four pieces, each its own period and T; the
    /// week of 25 October has not started and is left out.
    @Test func octoberByWeek() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let october = try KPIFixture.window("2010-10")
        let weeks = evaluator.windows(splitting: october, by: .week)
        #expect(weeks.map(\.period.label) == ["2010-W39", "2010-W40", "2010-W41", "2010-W42"])
        #expect(weeks.map(\.start) == ["2010-10-01", "2010-10-04", "2010-10-11", "2010-10-18"].map(day))
        #expect(weeks.map(\.asOf) == ["2010-10-03", "2010-10-10", "2010-10-17", "2010-10-20"].map(day))

        let bases = weeks.map(evaluator.basis)
        // N1 | N2 N3 | N4 N6 | N5.
        #expect(bases.map { $0.value(of: .newCards).numerator } == [1, 2, 2, 1])
        // Events add up over the pieces; stocks do not (each week has its own opening).
        let whole = evaluator.basis(october)
        for kpi in [KPI.newCards, .outreachCards, .orders, .deliveries, .losses, .showroomTraffic, .newTraffic] {
            #expect(bases.reduce(0) { $0 + $1.value(of: kpi).numerator } == whole.value(of: kpi).numerator, "\(kpi)")
        }
        // A week's opening stock is the week before's closing stock.
        for (before, after) in zip(bases, bases.dropFirst()) {
            #expect(after.prospects.opening == before.prospects.closing)
        }
    }

    @Test func aPeriodByDayStopsAtToday() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let days = evaluator.windows(splitting: try KPIFixture.window("2010-10"), by: .day)
        #expect(days.count == 20)
        #expect(days.allSatisfy { $0.isComplete })
    }
}
