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

    /// The KPIs for each group within the scope, and for the whole scope, each KPI in
    /// one pass over all groups. `keys` name the groups of `assignment` in order.
    public init(basis: KPIBasis, kpis: [KPI], keys: [KPIGroupKey], assignment: KPIGroupAssignment,
                scope: KPIScope = .all) {
        window = basis.window
        self.kpis = kpis
        let columns = kpis.map { basis.values(of: $0, groupedBy: assignment, in: scope) }
        rows = keys.indices.map { group in
            GroupedKPIRow(key: keys[group], values: kpis.indices.map { k in
                KPIResult(kpi: kpis[k], value: group < columns[k].count ? columns[k][group] : .undefined(numerator: 0))
            })
        }
        total = GroupedKPIRow(key: nil, values: basis.values(of: kpis, in: scope))
    }

    /// The KPIs for each group of a field.
    public init(basis: KPIBasis, kpis: [KPI], groups: KPIGroups, scope: KPIScope = .all) {
        self.init(basis: basis, kpis: kpis, keys: groups.keys, assignment: groups.assignment, scope: scope)
    }

    /// Follow-up effect (跟进效果分析): how well the cards of the base were brought to the
    /// showroom, back to it, and into a car: overall visit, first visit (phone and
    /// outreach cards brought in), return visit and test-drive rates, over the base.
    public static let followupEffectKPIs: [KPI] = [.overallVisitRate, .firstVisitRate, .returnVisitRate, .testDriveRate]

    /// Order and close conversion (订单 / 成交转化分析): orders, deliveries and their rates over the base.
    public static let conversionKPIs: [KPI] = [.orders, .orderRate, .deliveries, .closeRate]

    /// `followup effect for P by consultant`.
    public static func followupEffect(basis: KPIBasis, groups: KPIGroups, scope: KPIScope = .all) -> GroupedKPIReport {
        GroupedKPIReport(basis: basis, kpis: followupEffectKPIs, groups: groups, scope: scope)
    }

    /// `conversion for P by consultant|model|channel`.
    public static func conversion(basis: KPIBasis, groups: KPIGroups, scope: KPIScope = .all) -> GroupedKPIReport {
        GroupedKPIReport(basis: basis, kpis: conversionKPIs, groups: groups, scope: scope)
    }
}
