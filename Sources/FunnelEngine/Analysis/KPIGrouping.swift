import FunnelDomain
import FunnelStore
import FunnelSyntax

/// The groups of `kpi ... by FIELD[, FIELD]` (and of the reports grouped by a card
/// field): a label per group and field, and each card's and traffic entry's group.
///
/// A stored field groups as the KPI layer's `KPIGroups` does (traffic by its own
/// consultant or dealer, else by its card; `(none)` and `(no card)` groups; each
/// consultant's targets). A derived field (`status`, `visited`) groups its cards as of
/// T, traffic follows its card, and no group has a target. Two fields group by every
/// pair of values that has rows, in the order of the first field, then the second.
struct KPIGrouping {
    let names: [String]
    /// Per group, its label for each field.
    let labels: [[String]]
    let assignment: KPIGroupAssignment
    /// Whether the group holds the traffic with no card (shown only if it counts).
    let isNoCard: [Bool]

    var groupCount: Int { labels.count }

    static func make(_ paths: [FieldPath], input: AnalysisInput) throws(EvaluationError) -> KPIGrouping {
        var parts: [KPIGrouping] = []
        for path in paths { parts.append(try single(path, input: input)) }
        guard var combined = parts.first else {
            throw EvaluationError("expected a field to group by", at: SourceRange(0, 0))
        }
        for part in parts.dropFirst() { combined = combined.crossed(with: part) }
        return combined
    }

    private static func single(_ path: FieldPath, input: AnalysisInput) throws(EvaluationError) -> KPIGrouping {
        let cards = input.context.scope(of: input.context.dataset.customers, asOf: input.asOf)
        let field = try cards.resolve(path)
        if input.context.dataset.customers.column(field.name) != nil {
            guard let groups = KPIGroups(evaluator: input.evaluator, field: field.name) else {
                switch field.column.type {
                case .string, .enumeration, .bool:
                    throw EvaluationError("cannot group by \(field.name): it has \(KPIGroups.limit) values or more "
                                          + "(a value per card is not a group)", at: path.range)
                case .date:
                    throw EvaluationError("cannot group a KPI by the date \(field.name): group by a grain of P "
                                          + "(by week, by month) or by a field of text, a choice or yes/no",
                                          at: path.range)
                default:
                    throw EvaluationError("cannot group a KPI by the number \(field.name): group by a field of "
                                          + "text, a choice or yes/no", at: path.range)
                }
            }
            return KPIGrouping(names: [field.name], labels: groups.keys.map { [$0.description] },
                               assignment: groups.assignment, isNoCard: groups.keys.map { $0 == .noCard })
        }
        return try derived(field, path: path, input: input)
    }

    /// A derived card field: its values as of T; traffic follows its card.
    private static func derived(_ field: ResolvedField, path: FieldPath,
                                input: AnalysisInput) throws(EvaluationError) -> KPIGrouping {
        let key = GroupKey(field: field)
        guard key.cardinality <= KPIGroups.limit + 1 else {
            throw EvaluationError("cannot group by \(field.name): it has more than \(KPIGroups.limit) values",
                                  at: path.range)
        }
        var used = [Bool](repeating: false, count: key.cardinality)
        for id in key.ids where Int(id) < used.count { used[Int(id)] = true }
        // Values in their natural order, then (none), then (no card).
        let valueIds = (1..<max(1, key.cardinality)).filter { used[$0] }.sorted { key.rank[$0] < key.rank[$1] }
        var order = valueIds
        if used[0] { order.append(0) }
        var groupOfId = [Int32](repeating: -1, count: key.cardinality)
        for (group, id) in order.enumerated() { groupOfId[id] = Int32(group) }
        var labels = order.map { [$0 == 0 ? KPIGroupKey.missing.description : (key.labels.text(at: $0) ?? "")] }
        var isNoCard = order.map { _ in false }
        let cardGroup = key.ids.map { id in Int(id) < groupOfId.count ? groupOfId[Int(id)] : -1 }
        let links = input.context.dataset.links.trafficCard
        let noCard = Int32(labels.count)
        var trafficGroup = [Int32](repeating: noCard, count: input.evaluator.trafficCount)
        for row in 0..<min(links.count, trafficGroup.count) {
            let card = Int(links[row])
            if card >= 0 && card < cardGroup.count { trafficGroup[row] = cardGroup[card] }
        }
        if trafficGroup.contains(noCard) {
            labels.append([KPIGroupKey.noCard.description])
            isNoCard.append(true)
        }
        let reason = TargetSelection.notApplicable("targets are set per dealer and consultant, not per \(field.name)")
        return KPIGrouping(names: [field.name], labels: labels,
                           assignment: KPIGroupAssignment(groupCount: labels.count, cardGroup: cardGroup,
                                                          trafficGroup: trafficGroup,
                                                          targets: labels.map { _ in reason }),
                           isNoCard: isNoCard)
    }

    /// Every pair of groups that has a card or a traffic entry.
    private func crossed(with other: KPIGrouping) -> KPIGrouping {
        let width = other.groupCount
        var used = [Bool](repeating: false, count: groupCount * width)
        func pair(_ a: Int32, _ b: Int32) -> Int {
            a < 0 || b < 0 ? -1 : Int(a) * width + Int(b)
        }
        let cardPairs = zip(assignment.cardGroup, other.assignment.cardGroup).map { pair($0, $1) }
        let trafficPairs = zip(assignment.trafficGroup, other.assignment.trafficGroup).map { pair($0, $1) }
        for p in cardPairs where p >= 0 { used[p] = true }
        for p in trafficPairs where p >= 0 { used[p] = true }
        var groupOfPair = [Int32](repeating: -1, count: used.count)
        var labels: [[String]] = []
        var targets: [TargetSelection] = []
        var isNoCard: [Bool] = []
        for p in used.indices where used[p] {
            let (a, b) = (p / width, p % width)
            groupOfPair[p] = Int32(labels.count)
            labels.append(self.labels[a] + other.labels[b])
            targets.append(assignment.target(of: a).narrowed(to: other.assignment.target(of: b)))
            isNoCard.append(self.isNoCard[a] || other.isNoCard[b])
        }
        let cardGroup = cardPairs.map { $0 >= 0 ? groupOfPair[$0] : -1 }
        let trafficGroup = trafficPairs.map { $0 >= 0 ? groupOfPair[$0] : -1 }
        return KPIGrouping(names: names + other.names, labels: labels,
                           assignment: KPIGroupAssignment(groupCount: labels.count, cardGroup: cardGroup,
                                                          trafficGroup: trafficGroup, targets: targets),
                           isNoCard: isNoCard)
    }
}
