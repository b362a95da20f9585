import FunnelDomain
import Testing

/// The catalog itself: names, aliases, kinds, sources and formulas (domain.md §5).
@Suite struct KPICatalogTests {
    @Test("every KPI has its names, definitions and terms", arguments: KPI.allCases)
    func complete(_ kpi: KPI) {
        let definition = kpi.definition
        #expect(definition.kpi == kpi)
        #expect(definition.name == kpi.rawValue)
        #expect(!definition.chineseNames.isEmpty)
        #expect(!definition.definition.isEmpty && !definition.chineseDefinition.isEmpty)
        #expect(!definition.numerator.isEmpty)
        #expect(!definition.numeratorMeaning.isEmpty)
        switch definition.kind {
        case .count:
            #expect(definition.denominator.isEmpty && definition.denominatorMeaning == nil)
        case .rate, .average:
            #expect(!definition.denominator.isEmpty && definition.denominatorMeaning != nil)
        }
        for term in definition.terms {
            #expect(!term.name.isEmpty && !term.chineseName.isEmpty && !term.meaning.isEmpty)
        }
    }

    @Test("look-up by name", arguments: [
        ("overall_visit_rate", KPI.overallVisitRate),
        ("Overall_Visit_Rate", .overallVisitRate),
        ("overall visit rate", .overallVisitRate),
        ("总体进店率", .overallVisitRate),
        ("留档率", .captureRate),
        ("关联留档率", .captureRate),
        ("零售", .deliveries),
        ("新增试乘试驾率", .newTestDriveRate),
        (" 销售计划达成率 ", .planAchievement),
        ("CLOSE_RATE", .closeRate),
    ])
    func named(_ text: String, _ kpi: KPI) {
        #expect(KPICatalog.named(text)?.kpi == kpi)
    }

    @Test("unknown names", arguments: ["visit_rate", "", "进店率", "overall_visit_rate_x"])
    func unknown(_ text: String) {
        #expect(KPICatalog.named(text) == nil)
    }

    /// No Chinese alias may stand for two KPIs.
    @Test func aliasesAreUnique() {
        let names = KPICatalog.names
        #expect(Set(names).count == names.count)
    }

    @Test("sources", arguments: [
        (KPI.captureRate, "seed 002 §4.6"),
        (.overallVisitRate, "seed 002 §4.8"),
        (.completeRate, "seed 000 客户档案完备率"),
        (.planAchievement, "seed 000 销售计划达成率"),
    ])
    func source(_ kpi: KPI, _ text: String) {
        #expect(kpi.definition.source.description == text)
    }

    /// The KPIs domain.md marks (ours) are marked ours here, with a reason.
    @Test func oursAreMarked() {
        let ours = KPI.allCases.filter { $0.definition.source.isOurs }
        #expect(ours == [.newTestDriveRate, .orderRate, .closeRate, .lostRate, .followupTimeliness])
        for kpi in ours { #expect(kpi.definition.source.description.count > "ours: ".count + 10) }
    }

    @Test("formulas read like the seed", arguments: [
        (KPI.overallVisitRate, "(visited in opening + visited in new) ÷ (opening + new)"),
        (.captureRate, "captured traffic in P ÷ (traffic in P − follow-up traffic in P)"),
        (.newTraffic, "traffic in P − follow-up traffic in P"),
        (.dailyTraffic, "traffic in P ÷ days of P up to T"),
        (.returnVisitRate, "(returned in opening + returned in new) ÷ (visited in opening + visited in new)"),
        (.newCards, "new"),
        (.planAchievement, "deliveries in P ÷ target deliveries for P"),
        (.followupTimeliness, "on time ÷ (on time + late)"),
    ])
    func formula(_ kpi: KPI, _ text: String) {
        #expect(kpi.definition.formula == text)
    }

    @Test func kinds() {
        #expect(KPI.dailyTraffic.definition.kind == .average)
        #expect(KPI.allCases.filter { $0.definition.kind == .rate }.count == 16)
        #expect(KPI.allCases.filter { $0.definition.kind == .count }.count == 9)
        #expect(!KPI.planAchievement.definition.isProportion)
        #expect(KPI.captureRate.definition.usesTraffic && !KPI.captureRate.definition.usesCards)
        // Due events are the cards' own: a where on the cards filters them, by consultant groups them.
        #expect(KPI.followupTimeliness.definition.usesCards && !KPI.followupTimeliness.definition.usesTraffic)
        #expect(KPI.followupTimeliness.definition.usesDueEvents && KPI.followupTimeliness.definition.isProportion)
        #expect(KPI.allCases.filter { $0.definition.usesDueEvents } == [.followupTimeliness])
    }
}
