import FunnelStore

/// The cards of a dataset grouped by one of their stored fields (`by consultant`,
/// `by model`, `by channel`, `by grade`, `by source`), with each group's traffic and
/// targets: a `CardGrouping` of one key, named by the field.
///
/// **Partition property.** The groups' card sets are disjoint and cover every card
/// (the cards with no value form `(none)`), so for any card-based KPI and any scope,
/// the groups' numerators add up to the total's numerator and their denominators to
/// the total's denominator: the total rate is the denominator-weighted mean of the
/// group rates, never their plain mean.
///
/// **Traffic.** Traffic has its own `consultant` (who received the visitor) and
/// `dealer`; grouping by those uses the traffic's own field (`.ownField`), which
/// also partitions the traffic, so traffic KPIs add up too. For a field traffic
/// lacks, an entry follows its card (`.linkedCard`) and entries with no card form
/// the `(no card)` group: traffic counts still add up over the groups including
/// `(no card)`, but a capture rate per model or channel would mean nothing, since the
/// entries that left nothing (`none`) have no card and so no model: every such
/// group's `capture_rate` would be its captured entries over themselves. Binding
/// refuses it (`trafficRateThroughCards`).
public struct KPIGroups: Sendable {
    public let field: String
    /// The groups' keys, in order: values, then `(none)`, then `(no card)`; only keys
    /// that have rows.
    public let keys: [KPIGroupKey]
    public let trafficAttribution: TrafficAttribution
    /// Each card's and traffic entry's group, an index into `keys`.
    public let assignment: KPIGroupAssignment

    /// The most groups made. A dealer group's year has a thousand or more consultants,
    /// so consultants must fit; an id or a phone (a value per card) is not a grouping.
    /// One-pass evaluation costs nothing per group; `makeGroups()` costs a bitmap over
    /// every card per group (125 KB a million cards), which reports build only on demand.
    public static let limit = 10_000

    /// Groups by a stored customers field of text, enum or yes/no type; `nil` when
    /// there is no such field or it has `limit` values or more.
    public init?(evaluator: KPIEvaluator, field: String) {
        let dataset = evaluator.dataset
        guard let column = dataset.customers.column(field) else { return nil }
        switch column.values {
        case .string, .enumeration, .bool: break
        case .int, .double, .date: return nil
        }
        let party = TableSchema.customers.field(named: field)?.party
        let own = party.flatMap { TableSchema.traffic.field(naming: $0) }.flatMap { dataset.traffic.column($0.name) }
        guard let key = KPIGroups.cardKey(GroupKey(column, name: field), party: party, traffic: own,
                                          links: dataset.links.trafficCard) else {
            return nil
        }
        self.init(field: field, grouping: CardGrouping(keys: [key]))
    }

    /// The groups of a `CardGrouping` of one key.
    public init(field: String, grouping: CardGrouping) {
        self.field = field
        keys = (0..<grouping.groupCount).map { position in
            switch grouping.value(ofKey: 0, at: position) {
            case .missing: .missing
            case .noCard: .noCard
            case .value: .value(grouping.label(ofKey: 0, at: position) ?? "")
            }
        }
        trafficAttribution = grouping.keys.first?.traffic ?? .linkedCard
        assignment = grouping.assignment
    }

    /// A key over the cards extended to the traffic: by the traffic's own column
    /// naming the same party (`traffic`, the consultant who received the visitor),
    /// else by each entry's card (`links`). `nil` when it has `limit` values or more.
    public static func cardKey(_ key: GroupKey, party: Party?, traffic: Column?, links: [Int32]) -> CardGrouping.Key? {
        guard key.valueCount < limit else { return nil }
        if let traffic, traffic.count == links.count {
            let shared = key.sharing(traffic)
            guard shared.valueCount < limit else { return nil }
            return CardGrouping.Key(key: shared, field: key.name, party: party, traffic: .ownField)
        }
        return CardGrouping.Key(key: key.following(cardOfRow: links), field: key.name, party: party,
                                traffic: .linkedCard)
    }

    /// Each group with its cards and traffic as bitmaps (one pass over each table, and
    /// a bitmap over every card and entry per group).
    public func makeGroups() -> [KPIGroup] {
        let cards = Grouping.bitmaps(of: assignment.cardGroup, groups: keys.count)
        let traffic = Grouping.bitmaps(of: assignment.trafficGroup, groups: keys.count)
        return keys.indices.map { group in
            KPIGroup(key: keys[group], cards: cards[group], traffic: traffic[group],
                     targets: assignment.target(of: group))
        }
    }
}
