/// A table of KPIs per group with a total: the shape of the follow-up effect and the
/// conversion reports (domain.md §6), and of `kpi NAME for P by FIELD`.
///
/// By the partition property (see `KPIGroups`), each KPI's group numerators and
/// denominators add up to the total row's.
public struct GroupedKPIReport: Sendable {
    public let window: AsOfPeriod
    public let kpis: [KPI]
    public let rows: [GroupedKPIRow]
    public let total: GroupedKPIRow

    /// The KPIs for each group within the scope, and for the whole scope.
    public init(basis: KPIBasis, kpis: [KPI], groups: [KPIGroup], scope: KPIScope = .all) {
        window = basis.window
        self.kpis = kpis
        rows = groups.map { group in
            GroupedKPIRow(key: group.key, values: basis.values(of: kpis, in: scope.narrowed(to: group)))
        }
        total = GroupedKPIRow(key: nil, values: basis.values(of: kpis, in: scope))
    }

    /// Follow-up effect (跟进效果分析): how well the cards of the base were brought to the
    /// showroom, back to it, and into a car: overall visit, first visit (phone and
    /// outreach cards brought in), return visit and test-drive rates, over the base.
    public static let followupEffectKPIs: [KPI] = [.overallVisitRate, .firstVisitRate, .returnVisitRate, .testDriveRate]

    /// Order and close conversion (订单 / 成交转化分析): orders, deliveries and their rates over the base.
    public static let conversionKPIs: [KPI] = [.orders, .orderRate, .deliveries, .closeRate]

    /// `followup effect for P by consultant`.
    public static func followupEffect(basis: KPIBasis, groups: [KPIGroup], scope: KPIScope = .all) -> GroupedKPIReport {
        GroupedKPIReport(basis: basis, kpis: followupEffectKPIs, groups: groups, scope: scope)
    }

    /// `conversion for P by consultant|model|channel`.
    public static func conversion(basis: KPIBasis, groups: [KPIGroup], scope: KPIScope = .all) -> GroupedKPIReport {
        GroupedKPIReport(basis: basis, kpis: conversionKPIs, groups: groups, scope: scope)
    }
}
