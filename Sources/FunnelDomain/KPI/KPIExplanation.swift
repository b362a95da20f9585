import FunnelStore

/// A KPI taken apart for trainers (`explain kpi NAME for PERIOD`): its definition,
/// each term of its formula with its value and the rows behind it, the value, and
/// notes on anything a reader could trip on (as-of cut, undefined value, target
/// months, the inventory identity).
///
/// The output layer words it (`FunnelOutput`'s `ExplanationText`), on one line:
///
///     overall_visit_rate = (visited in opening + visited in new) ÷ (opening + new)
///                        = (160 + 50) ÷ (200 + 100) = 70.0%
public struct KPIExplanation: Sendable {
    public let definition: KPIDefinition
    public let window: AsOfPeriod
    public let value: KPIValue
    public let numerator: [KPIExplainedTerm]
    /// Empty for a count.
    public let denominator: [KPIExplainedTerm]
    /// The months and rows of the target, for `plan_achievement`.
    public let targets: TargetMatch?
    /// What a reader could trip on (the words are the output layer's).
    public let notes: [Note]

    /// A remark on an explanation.
    public enum Note: Sendable, Hashable {
        /// The period runs past T: nothing dated after T counts.
        case countedAsOf(AsOfPeriod)
        /// The days a daily average divides by.
        case days(AsOfPeriod)
        /// A month of the target, prorated by the days of it the period covers.
        case targetMonth(TargetMonth)
        /// The target is missing.
        case noTarget(TargetShortfall)
        /// The denominator is 0: what it counts has no rows.
        case zeroDenominator(meaning: String)
        /// Some of an event term's cards are outside the base (inconsistent dates).
        case outsideTheBase(count: Int, term: String)
        /// `closing_stock`: opening + new − deliveries − losses.
        case inventoryIdentity(opening: Int, new: Int, deliveries: Int, losses: Int)
        /// Cards whose dates break the identity.
        case brokenIdentity(count: Int)
        /// The follow-up cycles due events follow.
        case cycles(FollowupCycles)
        /// Due events in P not counted: closed (the card won, lost or set dormant before the
        /// due date) or due on T and still open; contacts whose grade that day is unknown.
        case uncountedDueEvents(closed: Int, open: Int, ungradedContacts: Int)
        /// `first_response_rate`: new cards left out because their capture or first
        /// follow-up has no time of day.
        case withoutResponseTimes(count: Int)
    }

    /// `(visited in opening + visited in new) ÷ (opening + new)`.
    public var formula: String { definition.formula }

    /// Every term, numerator first.
    public var terms: [KPIExplainedTerm] { numerator + denominator }

    /// An explanation whose numbers were counted elsewhere (the SQL engine counts them
    /// in the database, by the same definitions).
    public init(definition: KPIDefinition, window: AsOfPeriod, value: KPIValue, numerator: [KPIExplainedTerm],
                denominator: [KPIExplainedTerm], targets: TargetMatch?, notes: [Note]) {
        self.definition = definition
        self.window = window
        self.value = value
        self.numerator = numerator
        self.denominator = denominator
        self.targets = targets
        self.notes = notes
    }

    init(basis: KPIBasis, kpi: KPI, scope: KPIScope) {
        let definition = kpi.definition
        self.definition = definition
        window = basis.window
        let value = basis.value(of: kpi, in: scope)
        self.value = value
        let targets = definition.usesTargets ? basis.targetMatch(scope.targets) : nil
        self.targets = targets
        func explained(_ term: KPITermDefinition) -> KPIExplainedTerm {
            let amount: Double? = term.population == .targets ? targets?.total : Double(basis.count(term, scope))
            let perCard = term.dueEventOutcome.map { basis.dueEvents.perCard($0, in: scope.cards) }
            return KPIExplainedTerm(term: term, value: amount, rows: basis.rows(term, scope, targets: targets),
                                    eventsPerCard: perCard)
        }
        numerator = definition.numerator.map(explained)
        denominator = definition.denominator.map(explained)
        notes = KPIExplanation.notes(definition: definition, basis: basis, scope: scope, value: value,
                                     targets: targets)
    }

    private static func notes(definition: KPIDefinition, basis: KPIBasis, scope: KPIScope, value: KPIValue,
                              targets: TargetMatch?) -> [Note] {
        var notes: [Note] = []
        let window = basis.window
        if !window.isComplete { notes.append(.countedAsOf(window)) }
        if definition.terms.contains(where: { $0.population == .days }) { notes.append(.days(window)) }
        if let targets {
            notes += targets.months.map(Note.targetMonth)
            if let reason = targets.reason { notes.append(.noTarget(reason)) }
        }
        if definition.usesDueEvents {
            let events = basis.dueEvents
            notes.append(.cycles(events.cycles))
            let closed = events.count(.closed, in: scope.cards), open = events.count(.open, in: scope.cards)
            let ungraded = events.ungradedContacts(in: scope.cards)
            if closed + open + ungraded > 0 {
                notes.append(.uncountedDueEvents(closed: closed, open: open, ungradedContacts: ungraded))
            }
        }
        if value.value == nil, let denominator = value.denominator, denominator == 0 {
            notes.append(.zeroDenominator(meaning: definition.denominatorMeaning ?? "rows"))
        }
        // Events are counted whether or not the card is in the base; say when that matters.
        let eventSets: [KPICardSet] = [.orders, .deliveries, .losses]
        for term in definition.numerator {
            guard case .cards(let sets) = term.recipe, sets.count == 1, let set = sets.first,
                  eventSets.contains(set) else { continue }
            let outside = BitmapMath.intersectionCount(
                [basis.cardSet(set), ~basis.prospects.base] + (scope.cards.map { [$0] } ?? []))
            if outside > 0 { notes.append(.outsideTheBase(count: outside, term: term.name)) }
        }
        if definition.kpi == .firstResponseRate {
            let left = basis.newWithoutResponseTimes(in: scope)
            if left > 0 { notes.append(.withoutResponseTimes(count: left)) }
        }
        if definition.kpi == .closingStock {
            let count = { (set: KPICardSet) in
                BitmapMath.intersectionCount([basis.cardSet(set)] + (scope.cards.map { [$0] } ?? []))
            }
            let (opening, new, deliveries, losses) = (count(.opening), count(.new), count(.deliveries), count(.losses))
            notes.append(.inventoryIdentity(opening: opening, new: new, deliveries: deliveries, losses: losses))
            let broken = BitmapMath.intersectionCount([basis.prospects.inconsistent] + (scope.cards.map { [$0] } ?? []))
            if broken > 0 { notes.append(.brokenIdentity(count: broken)) }
        }
        return notes
    }
}
