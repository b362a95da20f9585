/// One term of a KPI's formula: what it counts, under which names, and whether it is
/// added or subtracted. A KPI's numerator (and denominator) is the signed sum of its
/// terms, so `overall_visit_rate` reads `(visited in opening + visited in new) ÷
/// (opening + new)`, the way seed 002 writes its example.
///
/// Splitting the base into its opening and new parts costs nothing (they are disjoint)
/// and lets a trainer see where a rate comes from.
public struct KPITermDefinition: Hashable, Sendable {
    /// A stable key, `visited_in_opening`.
    public let key: String
    /// The term as a formula shows it: `visited in opening`.
    public let name: String
    /// 期初库存中已进店.
    public let chineseName: String
    /// What it counts, in one English sentence.
    public let meaning: String
    /// Whether the term is subtracted (`traffic in P − follow-up traffic in P`).
    public let subtracted: Bool
    public let population: KPIPopulation
    /// How to count it from a `KPIBasis`.
    public let recipe: KPITermRecipe

    init(_ key: String, _ name: String, _ chineseName: String, _ meaning: String, _ recipe: KPITermRecipe,
         subtracted: Bool = false) {
        self.key = key
        self.name = name
        self.chineseName = chineseName
        self.meaning = meaning
        self.subtracted = subtracted
        self.recipe = recipe
        switch recipe {
        case .cards, .dueEvents: population = .cards
        case .traffic: population = .traffic
        case .elapsedDays: population = .days
        case .targetDeliveries: population = .targets
        }
    }

    /// The outcome of the due events the term counts, for a term of follow-up timeliness
    /// (its rows are the cards, each with some of the events).
    public var dueEventOutcome: DueEvents.Outcome? {
        if case .dueEvents(let outcome) = recipe { return outcome }
        return nil
    }

    /// The same term, subtracted.
    var negated: KPITermDefinition {
        KPITermDefinition(key, name, chineseName, meaning, recipe, subtracted: !subtracted)
    }
}
