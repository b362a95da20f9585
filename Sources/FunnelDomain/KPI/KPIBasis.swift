import FunnelStore

/// The sets of one period as of T from which every KPI of that period is counted:
/// the prospect base (opening, new, orders, deliveries, losses, closing), the cards'
/// derived facts at T (visited, complete, ...), the cards that returned (visits on 2
/// or more days) or test-drove, and the traffic dated in the period.
///
/// Making it costs one pass over three day columns of the cards (opening, new,
/// visited); the other sets are made the first time they are asked for and kept with
/// the period (`KPIBasisSets`, cached per period by `KPIEvaluator`). Each KPI value
/// then intersects a few of these sets with the scope's filter, word by word, so
/// asking per group is cheap.
public struct KPIBasis: Sendable {
    public let window: AsOfPeriod
    /// Cards captured by T.
    public let existing: Bitmap
    /// Cards that visited the showroom by T (`visits >= 1`).
    public let visited: Bitmap
    public let evaluator: KPIEvaluator
    private let sets: KPIBasisSets

    init(evaluator: KPIEvaluator, sets: KPIBasisSets) {
        self.evaluator = evaluator
        self.sets = sets
        window = sets.window
        existing = sets.existing
        visited = sets.visited
    }

    /// The prospect base of P (made on first use, then kept with the period's sets).
    public var prospects: ProspectBase { sets.prospects }
    /// Cards with showroom visits on at least 2 distinct days by T (再回展厅).
    public var returned: Bitmap { sets.returned }
    /// Cards with at least one test drive by T.
    public var testDriven: Bitmap { sets.testDriven }
    /// Traffic entries dated in P up to T.
    public var trafficInPeriod: Bitmap { sets.trafficInPeriod }
    /// The due events of the cards whose due date is in P up to T (domain.md §8.1).
    public var dueEvents: DueEvents { sets.dueEvents }

    /// Every derived field of the cards at T, computed on first use and cached per T
    /// by `DerivedFields` (the KPI sets themselves do not need it).
    public var facts: CardFacts { evaluator.fields.facts(asOf: window.asOf) }

    public var cardCount: Int { existing.count }
    public var trafficCount: Int { evaluator.trafficCount }

    /// Traffic entries in P with result `captured`.
    public var capturedTraffic: Bitmap { trafficInPeriod & evaluator.traffic.captured }
    /// Traffic entries in P with result `followup`.
    public var followupTraffic: Bitmap { trafficInPeriod & evaluator.traffic.followup }

    func cardSet(_ set: KPICardSet) -> Bitmap {
        switch set {
        case .opening: sets.opening
        case .new: sets.new
        case .orders: prospects.orders
        case .deliveries: prospects.deliveries
        case .losses: prospects.losses
        case .closing: prospects.closing
        case .visited: visited
        case .returned: returned
        case .testDriven: testDriven
        case .complete: evaluator.fields.cards.complete & existing
        case .phoneOrOutreach: evaluator.phoneOrOutreach
        case .outreach: evaluator.outreach
        case .responseKnown: sets.responses(evaluator.firstResponses).known
        case .respondedInTime: sets.responses(evaluator.firstResponses).onTime
        }
    }

    func trafficSet(_ set: KPITrafficSet) -> Bitmap {
        switch set {
        case .inPeriod: trafficInPeriod
        case .captured: evaluator.traffic.captured
        case .followup: evaluator.traffic.followup
        }
    }

    /// The scope's bitmaps at this dataset's lengths.
    func normalized(_ scope: KPIScope) -> KPIScope {
        KPIScope(cards: scope.cards.map { Bitmap.resized($0, to: cardCount) },
                 traffic: scope.traffic.map { Bitmap.resized($0, to: trafficCount) }, targets: scope.targets)
    }

    /// New cards of P that `first_response_rate` leaves out within the scope: their
    /// capture, or their first follow-up by T, has no time of day.
    public func newWithoutResponseTimes(in scope: KPIScope = .all) -> Int {
        let scope = normalized(scope)
        return BitmapMath.intersectionCount([sets.new, ~cardSet(.responseKnown)] + (scope.cards.map { [$0] } ?? []))
    }

    /// The size of a card or traffic term within the scope (not for days or targets).
    func count(_ term: KPITermDefinition, _ scope: KPIScope) -> Int {
        switch term.recipe {
        case .cards(let sets):
            return BitmapMath.intersectionCount(sets.map(cardSet) + (scope.cards.map { [$0] } ?? []))
        case .traffic(let sets):
            return BitmapMath.intersectionCount(sets.map(trafficSet) + (scope.traffic.map { [$0] } ?? []))
        case .elapsedDays:
            return window.elapsedDays
        case .targetDeliveries:
            return 0
        case .dueEvents(let outcome):
            return dueEvents.count(outcome, in: scope.cards)
        }
    }

    /// The rows behind a term within the scope.
    func rows(_ term: KPITermDefinition, _ scope: KPIScope, targets: TargetMatch?) -> KPIRows {
        switch term.recipe {
        case .cards(let sets):
            return .cards(BitmapMath.intersection(sets.map(cardSet) + (scope.cards.map { [$0] } ?? []),
                                                  count: cardCount))
        case .traffic(let sets):
            return .traffic(BitmapMath.intersection(sets.map(trafficSet) + (scope.traffic.map { [$0] } ?? []),
                                                    count: trafficCount))
        case .elapsedDays:
            return .none
        case .targetDeliveries:
            let rowCount = evaluator.targets.rowCount
            return .targets(targets?.rows(count: rowCount) ?? Bitmap(count: rowCount))
        case .dueEvents(let outcome):
            return .cards(dueEvents.rows(outcome, in: scope.cards))
        }
    }

    /// The target deliveries of this period for a selection.
    public func targetMatch(_ selection: TargetSelection) -> TargetMatch {
        evaluator.targets.match(window.period, selection: selection)
    }

    /// One KPI's value within a scope (see `KPIScope`).
    public func value(of kpi: KPI, in scope: KPIScope = .all) -> KPIValue {
        let definition = kpi.definition
        let scope = normalized(scope)
        func sum(_ terms: [KPITermDefinition]) -> Int {
            terms.reduce(0) { total, term in total + (term.subtracted ? -1 : 1) * count(term, scope) }
        }
        let top = sum(definition.numerator)
        guard !definition.denominator.isEmpty else { return .count(top) }
        if definition.usesTargets {
            guard let total = targetMatch(scope.targets).total else { return .undefined(numerator: top) }
            return .ratio(top, over: total)
        }
        return .ratio(top, over: sum(definition.denominator))
    }

    /// Several KPIs' values within one scope, in the order asked.
    public func values(of kpis: [KPI] = KPI.allCases, in scope: KPIScope = .all) -> [KPIResult] {
        let scope = normalized(scope)
        return kpis.map { KPIResult(kpi: $0, value: value(of: $0, in: scope)) }
    }

    /// A KPI taken apart for a trainer: each term's count and the rows behind it.
    public func explain(_ kpi: KPI, in scope: KPIScope = .all) -> KPIExplanation {
        KPIExplanation(basis: self, kpi: kpi, scope: normalized(scope))
    }
}
