/// Every KPI of domain.md §5, in catalog order, and name look-up.
public enum KPICatalog {
    /// All definitions, in the order of `KPI.allCases`.
    public static let all: [KPIDefinition] = KPI.allCases.map(make)

    /// The definition of a KPI.
    public static func definition(of kpi: KPI) -> KPIDefinition {
        let index = KPI.allCases.firstIndex(of: kpi) ?? 0
        return index < all.count ? all[index] : make(kpi)
    }

    /// The KPI with this canonical name (any case; `-` and spaces read as `_`) or Chinese name.
    public static func named(_ text: some StringProtocol) -> KPIDefinition? {
        let trimmed = String(text).trimmingSpaces
        if let kpi = KPI(rawValue: canonical(trimmed)) { return definition(of: kpi) }
        return all.first { $0.chineseNames.contains(trimmed) }
    }

    /// The KPIs a part of a name names (`visit rate`, `进店率`): those whose canonical
    /// name, read as `named` reads it, or one of whose Chinese names contains it. Two
    /// characters at least; in catalog order.
    public static func containing(_ text: some StringProtocol) -> [KPIDefinition] {
        let trimmed = String(text).trimmingSpaces
        guard trimmed.count >= 2 else { return [] }
        let part = canonical(trimmed)
        return all.filter { $0.name.contains(part) || $0.chineseNames.contains { $0.contains(trimmed) } }
    }

    /// Any case, `-` and spaces as `_`.
    private static func canonical(_ text: String) -> String {
        String(text.lowercased().map { $0 == "-" || $0 == " " ? "_" : $0 })
    }

    /// Every name a query may use: canonical names, then Chinese names.
    public static var names: [String] { all.map(\.name) + all.flatMap(\.chineseNames) }

    private typealias T = KPITermDefinition

    private static let base = "cards in the base of P (opening + new)"

    private static func make(_ kpi: KPI) -> KPIDefinition {
        func count(_ zh: [String], _ en: String, _ zhDef: String, _ source: KPISource, _ terms: [T],
                   meaning: String? = nil) -> KPIDefinition {
            KPIDefinition(kpi: kpi, chineseNames: zh, kind: .count, definition: en, chineseDefinition: zhDef,
                          source: source, numeratorMeaning: meaning ?? en, numerator: terms,
                          denominatorMeaning: nil, denominator: [])
        }
        func ratio(kind: KPIKind = .rate, _ zh: [String], _ en: String, _ zhDef: String, _ source: KPISource,
                   _ top: String, _ topTerms: [T], _ bottom: String, _ bottomTerms: [T]) -> KPIDefinition {
            KPIDefinition(kpi: kpi, chineseNames: zh, kind: kind, definition: en, chineseDefinition: zhDef,
                          source: source, numeratorMeaning: top, numerator: topTerms, denominatorMeaning: bottom,
                          denominator: bottomTerms)
        }
        let baseTerms: [T] = [.opening, .new]
        switch kpi {
        case .showroomTraffic:
            return count(["展厅流量"], "showroom traffic entries (sales-related visitor batches and calls) in P",
                         "某一段时间内有效(仅指与销售相关)的展厅来电数量+进店访客批次", .seed002("§4.2"), [.traffic])
        case .dailyTraffic:
            return ratio(kind: .average, ["日均展厅流量"], "showroom traffic in P ÷ the days of P up to T",
                         "某一段时间内展厅流量数÷天数(截至查询日)", .seed002("§4.3"),
                         "traffic entries in P", [.traffic], "days of P up to T", [.days])
        case .newTraffic:
            return count(["新增流量"],
                         "traffic in P minus the traffic in P with result followup (visitors and callers who "
                             + "already had a card)",
                         "展厅流量中除去已留档客户进店或来电的情况:新增流量=所有展厅流量-关联跟进的展厅流量",
                         .seed002("§4.4"), [.traffic, T.followupTraffic.negated])
        case .captureRate:
            return ratio(["留档率", "关联留档率"],
                         "traffic in P with result captured ÷ (traffic in P − traffic in P with result followup)",
                         "展厅流量中接触结果为留档的数量÷(展厅流量总数-关联跟进的展厅流量)", .seed002("§4.6"),
                         "traffic entries in P that created a card", [.capturedTraffic],
                         "new traffic in P: entries that did not follow up an existing card",
                         [.traffic, T.followupTraffic.negated])
        case .newCards:
            return count(["留档数", "新增有望客户"], "cards captured in P up to T",
                         "某一段时间内新增(留档)的有望客户数", .seed002("§2 客户进销存: 进 = 有望客户的新增(留档数)"), [.new])
        case .outreachCards:
            return count(["外拓开发"],
                         "new cards of P captured by outreach (auto shows, street campaigns: activities outside "
                             + "the showroom)",
                         "通过外拓活动(车展、扫街等店外活动)开发获得的新增有望客户数", .seed002("§4.5"), [.newOutreach])
        case .firstResponseRate:
            return ratio(["首次响应及时率", "首次跟进及时率"],
                         "new cards of P first contacted within 1 hour of capture ÷ new cards of P whose capture "
                             + "and first contact have times of day (cards without times are left out)",
                         "新增有望客户中留档后1小时内首次联系的客户数÷留档与首次联系时间均有记录的新增有望客户数",
                         .seed004("五(二)1 首次跟进: 接到线索后1小时内与客户取得联系"),
                         "new cards contacted within an hour", [.respondedInNew],
                         "new cards whose capture and first contact have times", [.timedInNew])
        case .overallVisitRate:
            return ratio(["总体进店率"],
                         "cards in the base of P (opening + new) that visited the showroom by T ÷ cards in the base",
                         "有望客户中截至某一时刻至少进过1次展厅的客户数÷有望客户总数(期初库存+新增)", .seed002("§4.8"),
                         "cards in the base visited by T", [.visitedInOpening, .visitedInNew], base, baseTerms)
        case .newOverallVisitRate:
            return ratio(["新增总体进店率"], "new cards of P that visited the showroom by T ÷ new cards",
                         "新增有望客户中截至某一时刻至少进过1次展厅的客户数÷新增有望客户总数", .seed002("§4.9"),
                         "new cards visited by T", [.visitedInNew], "new cards of P", [.new])
        case .firstVisitRate:
            return ratio(["首次进店率"],
                         "cards in the base captured by phone or outreach that visited by T ÷ cards in the base "
                             + "captured by phone or outreach",
                         "电话和外拓留档的有望客户中截至某一时刻至少进过1次展厅的客户数÷电话和外拓留档的有望客户总数",
                         .seed002("§4.10"), "phone/outreach cards in the base visited by T",
                         [.phoneOutreachVisitedInOpening, .phoneOutreachVisitedInNew],
                         "phone/outreach cards in the base", [.phoneOutreachInOpening, .phoneOutreachInNew])
        case .newFirstVisitRate:
            return ratio(["新增首次进店率"],
                         "new cards captured by phone or outreach that visited by T ÷ new cards captured by phone "
                             + "or outreach",
                         "新增的电话和外拓留档有望客户中截至某一时刻至少进过1次展厅的客户数÷电话和外拓留档的新增有望客户数",
                         .seed002("§4.11"), "new phone/outreach cards visited by T", [.phoneOutreachVisitedInNew],
                         "new phone/outreach cards", [.phoneOutreachInNew])
        case .returnVisitRate:
            return ratio(["再回展厅率"],
                         "cards in the base that visited on at least 2 distinct days by T ÷ cards in the base that "
                             + "visited at least once",
                         "有望客户中截至某一时刻至少进过2次展厅的客户数÷至少进过1次展厅的客户数", .seed002("§4.12"),
                         "cards in the base with visits >= 2", [.returnedInOpening, .returnedInNew],
                         "cards in the base with visits >= 1", [.visitedInOpening, .visitedInNew])
        case .newReturnVisitRate:
            return ratio(["新增再回展厅率"],
                         "new cards that visited on at least 2 distinct days by T ÷ new cards that visited at least "
                             + "once",
                         "新增有望客户中截至某一时刻至少进过2次展厅的客户数÷至少进过1次展厅的客户数", .seed002("§4.13"),
                         "new cards with visits >= 2", [.returnedInNew], "new cards with visits >= 1", [.visitedInNew])
        case .testDriveRate:
            return ratio(["试乘试驾率"], "cards in the base with at least one test drive by T ÷ cards in the base",
                         "有望客户中截至某一时刻至少参加过1次试乘试驾的客户数÷有望客户总数(期初库存+新增)",
                         .seed002("§4.14"), "cards in the base test-driven by T",
                         [.testDrivenInOpening, .testDrivenInNew], base, baseTerms)
        case .newTestDriveRate:
            return ratio(["新增试乘试驾率"], "new cards with at least one test drive by T ÷ new cards",
                         "新增有望客户中截至某一时刻至少参加过1次试乘试驾的客户数÷新增有望客户总数",
                         .ours("seed 002 breaks off after §4.14; the new-card variant follows §4.9, §4.11 and §4.13"),
                         "new cards test-driven by T", [.testDrivenInNew], "new cards of P", [.new])
        case .orders:
            return count(["订单数"], "cards with an order date in P up to T, whether or not the card is in the base",
                         "期内签订订金订单的客户数(订单日期在期内)", .seed002("§2.2 订单客户; 订单转化分析"), [.orders])
        case .orderRate:
            return ratio(["订单转化率"], "orders ÷ cards in the base",
                         "订单数÷有望客户总数(期初库存+新增)",
                         .ours("seed 002 names the order-conversion report but its text is cut off; orders over the "
                               + "base, like the other base rates"),
                         "cards ordered in P", [.orders], base, baseTerms)
        case .deliveries:
            return count(["成交数", "零售", "交车数"],
                         "cards with a delivery date in P up to T (the sales), whether or not the card is in the base",
                         "期内完成交车的客户数(零售)", .seed002("§2 客户进销存: 销 = 成交数 + 战败数"), [.deliveries])
        case .closeRate:
            return ratio(["成交率"], "deliveries ÷ cards in the base",
                         "成交数÷有望客户总数(期初库存+新增)",
                         .ours("the conversion ability of seed 002's retail model, (stock + development) × "
                               + "conversion = retail"),
                         "cards delivered in P", [.deliveries], base, baseTerms)
        case .losses:
            return count(["战败数"], "cards with a lost date in P up to T, whether or not the card is in the base",
                         "期内战败的客户数", .seed002("§2.6 战败客户; 客户进销存: 销 = 成交数 + 战败数"), [.losses])
        case .lostRate:
            return ratio(["战败率"], "losses ÷ cards in the base", "战败数÷有望客户总数(期初库存+新增)",
                         .ours("losses over the same base as the other rates"),
                         "cards lost in P", [.losses], base, baseTerms)
        case .openingStock:
            return count(["期初库存", "期初库存有望客户"],
                         "cards captured before P that were following the day before P starts (order and dormant "
                             + "cards included)",
                         "期初跟进中的有望客户数(含订单和休眠客户)", .seed002("§2 客户进销存 (期初库存)"), [.opening])
        case .closingStock:
            return count(["期末库存", "跟进客户数"], "cards following at T: captured by T, neither delivered nor lost by T",
                         "截至查询时刻跟进中的有望客户数(存)", .seed002("§2 客户进销存: 存 = 跟进中的当前库存数"),
                         [.closing])
        case .completeRate:
            return ratio(["客户档案完备率", "档案完备率"],
                         "cards in the base with a name, a valid phone and a model ÷ cards in the base",
                         "档案完整(姓名、有效电话、意向车型)的有望客户数÷有望客户总数", .seed000("客户档案完备率"),
                         "complete cards in the base", [.completeInOpening, .completeInNew], base, baseTerms)
        case .planAchievement:
            return ratio(["销售计划达成率", "计划达成率"],
                         "deliveries in P ÷ target deliveries for P from the targets table; undefined without a target",
                         "实际成交数÷销售计划(成交目标)", .seed000("销售计划达成率"),
                         "cards delivered in P", [.deliveries], "target deliveries for P", [.targetDeliveries])
        case .followupTimeliness:
            return ratio(["跟进及时率"],
                         "due events in P followed up on time ÷ due events in P on time or late; each contact of a "
                             + "following card opens one, due by the contact + the follow-up cycle of its grade",
                         "应跟进日期在期内(截至查询日)的跟进事件中按时跟进的数量÷按时跟进与逾期未跟进的数量之和;"
                             + "每次接触按当时意向级别的跟进周期产生下次应跟进日期",
                         .ours("domain.md §8.1, with seed 001's follow-up cycles per level mapped to the grades"),
                         "due events in P followed up on time", [.onTimeEvents],
                         "due events in P on time or late", [.onTimeEvents, .lateEvents])
        }
    }
}
