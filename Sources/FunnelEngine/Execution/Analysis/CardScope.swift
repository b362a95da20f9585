import FunnelDomain
import FunnelStore

extension ExecutionContext {
    /// What a KPI or report counts over: the cards, traffic and targets a bound
    /// `where` keeps.
    func scope(_ filter: BoundCardFilter, asOf: Day) -> KPIScope {
        guard let condition = filter.cards else { return KPIScope(targets: filter.targets) }
        let columns = self.columns(asOf: asOf)
        let cards = ConditionEvaluator(columns: columns, table: .customers).evaluate(condition)
        let traffic: Bitmap?
        switch filter.traffic {
        case .all: traffic = nil
        case .own(let own): traffic = ConditionEvaluator(columns: columns, table: .traffic).evaluate(own)
        case .byCard: traffic = kpis.traffic(linkedTo: cards)
        }
        return KPIScope(cards: cards, traffic: traffic, targets: filter.targets)
    }
}

extension ExecutionContext {
    /// A note when traffic is counted through its cards (`where channel = walkin`):
    /// the period's entries with no card are left out.
    func trafficNotes(_ kpis: [KPIDefinition], _ filter: BoundCardFilter, _ window: AsOfPeriod) -> [ResultPhrase] {
        guard kpis.contains(where: \.usesTraffic), case .byCard(let path) = filter.traffic else { return [] }
        let left = (self.kpis.basis(window).trafficInPeriod & self.kpis.unlinkedTraffic).cardinality
        return [.trafficThroughCards(field: path?.text ?? "", withoutCard: left, period: window.period.label)]
    }
}
