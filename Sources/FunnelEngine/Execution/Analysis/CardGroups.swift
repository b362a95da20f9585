import FunnelDomain
import FunnelStore

/// The groups of `kpi ... by FIELD[, FIELD]` and of the reports by a card field: the
/// fields' values as of T over the cards, traffic following each field as
/// `KPIGroups` describes, and each group's label for the result.
///
/// The groups are those of the cards and traffic a statement's `where` keeps (its
/// scope): a `where` on the grouping field keeps only the groups it matches, and a
/// group is listed when the `where` keeps any of its cards or entries that exist at T,
/// even if the KPI counts none of them in P.
struct CardGroups {
    let grouping: CardGrouping
    /// The group columns' names.
    let names: [String]

    var groupCount: Int { grouping.groupCount }

    /// `cards` and `traffic`: the rows to group (`nil`: every row), usually the scope's.
    init(_ fields: [BoundGroupField], context: ExecutionContext, asOf: Day, cards: Bitmap?,
         traffic: Bitmap?) throws(EvaluationError) {
        let columns = context.columns(asOf: asOf)
        var keys: [CardGrouping.Key] = []
        for group in fields {
            let field = group.field
            let key = GroupKey(columns.column(field), name: field.name)
            // A derived field's values are the cards' as of T; traffic follows its card
            // unless it names the same party itself.
            guard let cardKey = KPIGroups.cardKey(key, party: field.party, traffic: group.traffic.map(columns.column),
                                                  links: context.dataset.links.trafficCard) else {
                throw EvaluationError(.tooManyValuesToGroup(field: field.name, limit: KPIGroups.limit), at: group.range)
            }
            keys.append(cardKey)
        }
        // Only what exists at T is grouped: a consultant whose first card comes later
        // is no group yet (domain.md §2.1).
        let existingCards = context.existing(.customers, asOf: asOf)
        let existingTraffic = context.existing(.traffic, asOf: asOf)
        func within(_ selection: Bitmap?, _ existing: Bitmap) -> Bitmap {
            selection.map { Bitmap.resized($0, to: existing.count) & existing } ?? existing
        }
        grouping = CardGrouping(keys: keys, selections: [within(cards, existingCards), within(traffic, existingTraffic)])
        names = fields.map(\.field.name)
    }

    /// The groups of the cards and traffic in a scope.
    init(_ fields: [BoundGroupField], context: ExecutionContext, asOf: Day, within scope: KPIScope)
        throws(EvaluationError) {
        try self.init(fields, context: context, asOf: asOf, cards: scope.cards, traffic: scope.traffic)
    }

    /// The labels of the group shown at `position`, one per field.
    func labels(at position: Int) -> [GroupValueLabel] {
        (0..<names.count).map { k in
            switch grouping.value(ofKey: k, at: position) {
            case .value: .text(grouping.label(ofKey: k, at: position) ?? "")
            case .missing: .mark(.missing)
            case .noCard: .mark(.noCard)
            }
        }
    }
}
