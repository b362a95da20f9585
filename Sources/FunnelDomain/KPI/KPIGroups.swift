import FunnelStore

/// The cards of a dataset grouped by one of their stored fields (`by consultant`,
/// `by model`, `by channel`, `by grade`, `by source`), with each group's traffic and
/// targets: what the reports grouped by a field use, and what the engine may use
/// for `kpi NAME for P by FIELD`.
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
/// `(no card)`, but a capture rate per model or channel means little, since the
/// entries that left nothing (`none`) have no card and so no model: every such
/// group's `capture_rate` is its captured entries over themselves.
///
/// Making the groups is one pass that gives each card and traffic entry its group
/// number (`assignment`), which is all a one-pass evaluation needs
/// (`KPIBasis.values(of:groupedBy:in:)`); `makeGroups()` builds a bitmap per group
/// when the groups' cards must be listed or a report needs a scope per group.
public struct KPIGroups: Sendable {
    public let field: String
    /// The groups' keys, in order: values (by text, or in the field's own order for
    /// enums), then `(none)`, then `(no card)`; only keys that have rows.
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
    /// there is no such field or it has more than `limit` values.
    public init?(evaluator: KPIEvaluator, field: String) {
        let dataset = evaluator.dataset
        guard let column = dataset.customers.column(field) else { return nil }
        let n = dataset.customers.rowCount
        guard let codes = CardFieldCodes(column: column, count: n, limit: KPIGroups.limit) else { return nil }
        // Ids: 0 missing, 1...labels.count the values; `noCard` after them.
        var labels = codes.labels
        let trafficCount = evaluator.trafficCount
        var trafficId = [Int32](repeating: -1, count: trafficCount)   // -1: no card
        let attribution: TrafficAttribution
        if let own = dataset.traffic.column(field), case .string(let trafficCodes, let dictionary) = own.values,
           trafficCodes.count == trafficCount {
            attribution = .ownField
            // Match the traffic's values to the cards' by text; values only traffic has get new ids.
            var idOfLabel: [String: Int32] = [:]
            for (index, label) in labels.enumerated() where idOfLabel[label] == nil {
                idOfLabel[label] = Int32(index + 1)
            }
            var idOfCode = [Int32](repeating: 0, count: dictionary.count)
            for code in 0..<dictionary.count {
                let text = dictionary[Int32(code)] ?? ""
                if CardCompleteness.isBlank(text) { continue }
                if let id = idOfLabel[text] {
                    idOfCode[code] = id
                } else {
                    labels.append(text)
                    idOfLabel[text] = Int32(labels.count)
                    idOfCode[code] = Int32(labels.count)
                }
            }
            guard labels.count < KPIGroups.limit else { return nil }
            for row in 0..<trafficCount {
                let code = Int(trafficCodes[row])
                trafficId[row] = code >= 0 && code < idOfCode.count && !own.isNull(row) ? idOfCode[code] : 0
            }
        } else {
            attribution = .linkedCard
            let links = dataset.links.trafficCard
            for row in 0..<min(trafficCount, links.count) {
                let card = Int(links[row])
                if card >= 0 && card < n { trafficId[row] = codes.ids[card] }
            }
        }
        let noCard = Int32(labels.count + 1)
        for row in 0..<trafficCount where trafficId[row] < 0 { trafficId[row] = noCard }
        let idCount = labels.count + 2

        // Which ids have rows, and their order: values (by text unless the field has its
        // own order), then (none), then (no card).
        var used = [Bool](repeating: false, count: idCount)
        for id in codes.ids { used[Int(id)] = true }
        for id in trafficId { used[Int(id)] = true }
        var order = Array(1..<(idCount - 1))
        if !codes.ordered || attribution == .ownField { order.sort { labels[$0 - 1] < labels[$1 - 1] } }
        order = (order + [0, idCount - 1]).filter { used[$0] }
        var groupOfId = [Int32](repeating: -1, count: idCount)
        for (group, id) in order.enumerated() { groupOfId[id] = Int32(group) }
        let cardGroup = codes.ids.map { groupOfId[Int($0)] }
        let trafficGroup = trafficId.map { groupOfId[Int($0)] }

        let keys: [KPIGroupKey] = order.map { id in
            id == 0 ? .missing : (id == idCount - 1 ? .noCard : .value(labels[id - 1]))
        }
        self.field = field
        self.keys = keys
        trafficAttribution = attribution
        assignment = KPIGroupAssignment(groupCount: keys.count, cardGroup: cardGroup, trafficGroup: trafficGroup,
                                        targets: keys.map { KPIGroups.targets(field: field, key: $0) })
    }

    /// Each group with its cards and traffic as bitmaps (one pass over each table, and
    /// a bitmap over every card and entry per group).
    public func makeGroups() -> [KPIGroup] {
        let cards = CardFieldCodes.bitmaps(of: assignment.cardGroup, groups: keys.count)
        let traffic = CardFieldCodes.bitmaps(of: assignment.trafficGroup, groups: keys.count)
        return keys.indices.map { group in
            KPIGroup(key: keys[group], cards: cards[group], traffic: traffic[group],
                     targets: assignment.target(of: group))
        }
    }

    /// Whose targets a group of this field has.
    static func targets(field: String, key: KPIGroupKey) -> TargetSelection {
        switch (field, key) {
        case ("consultant", .value(let name)): .consultants([name])
        case ("dealer", .value(let name)): .dealerWide(dealers: [name])
        case ("consultant", _), ("dealer", _): .notApplicable("no target for cards without a \(field)")
        default: .notApplicable("targets are set per dealer and consultant, not per \(field)")
        }
    }
}
