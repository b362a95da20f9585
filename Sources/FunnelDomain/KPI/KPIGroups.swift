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
public struct KPIGroups: Sendable {
    public let field: String
    public let groups: [KPIGroup]
    public let trafficAttribution: TrafficAttribution

    /// The most groups made; a field with more distinct values (an id, a phone) is
    /// not a grouping, and a bitmap per value would not fit in memory.
    public static let limit = 2_000

    /// Groups by a stored customers field of text, enum or yes/no type; `nil` when
    /// there is no such field or it has more than `limit` values.
    public init?(evaluator: KPIEvaluator, field: String) {
        let dataset = evaluator.dataset
        guard let column = dataset.customers.column(field) else { return nil }
        let n = dataset.customers.rowCount
        guard let codes = CardFieldCodes(column: column, count: n, limit: KPIGroups.limit) else { return nil }
        let groupOfCard = codes.ids
        var labels = codes.labels
        let sortByLabel = !codes.ordered
        // Ids: 0 missing, 1...labels.count the values, labels.count + 1 no card.
        let noCardId = Int32(labels.count + 1)
        let trafficCount = evaluator.trafficCount
        var groupOfTraffic = [Int32](repeating: noCardId, count: trafficCount)
        let ownTraffic = dataset.traffic.column(field)
        if let ownTraffic, case .string(let codes, let dictionary) = ownTraffic.values, codes.count == trafficCount {
            trafficAttribution = .ownField
            // Match the traffic's values to the cards' by text; values only traffic has get new ids.
            var idOfLabel: [String: Int32] = [:]
            for (index, label) in labels.enumerated() where idOfLabel[label] == nil { idOfLabel[label] = Int32(index + 1) }
            var idOfCode = [Int32](repeating: 0, count: dictionary.count)
            for code in 0..<dictionary.count {
                let text = dictionary[Int32(code)] ?? ""
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
                let code = codes[row]
                groupOfTraffic[row] = code >= 0 && Int(code) < idOfCode.count && !ownTraffic.isNull(row) ? idOfCode[Int(code)] : 0
            }
        } else {
            trafficAttribution = .linkedCard
            let links = dataset.links.trafficCard
            for row in 0..<min(trafficCount, links.count) {
                let card = Int(links[row])
                if card >= 0 && card < n { groupOfTraffic[row] = groupOfCard[card] }
            }
        }
        // Traffic-only values are appended only with `.ownField`, where every entry got
        // its own id above, so the no-card id is still the last one.
        let idCount = labels.count + 2

        var cardWords = [[UInt64]](repeating: [], count: idCount)
        var trafficWords = [[UInt64]](repeating: [], count: idCount)
        for c in 0..<n {
            let g = Int(groupOfCard[c])
            if cardWords[g].isEmpty { cardWords[g] = [UInt64](repeating: 0, count: (n + 63) >> 6) }
            cardWords[g][c >> 6] |= 1 << UInt64(c & 63)
        }
        for row in 0..<trafficCount {
            let g = Int(groupOfTraffic[row])
            if trafficWords[g].isEmpty { trafficWords[g] = [UInt64](repeating: 0, count: (trafficCount + 63) >> 6) }
            trafficWords[g][row >> 6] |= 1 << UInt64(row & 63)
        }

        var order = Array(1..<(idCount - 1))
        if sortByLabel || trafficAttribution == .ownField {
            order.sort { labels[$0 - 1] < labels[$1 - 1] }
        }
        order += [0, idCount - 1]
        var groups: [KPIGroup] = []
        for id in order where !cardWords[id].isEmpty || !trafficWords[id].isEmpty {
            let key: KPIGroupKey = id == 0 ? .missing : (id == idCount - 1 ? .noCard : .value(labels[id - 1]))
            groups.append(KPIGroup(key: key, cards: Bitmap(words: cardWords[id], count: n),
                                   traffic: Bitmap(words: trafficWords[id], count: trafficCount),
                                   targets: KPIGroups.targets(field: field, key: key)))
        }
        self.field = field
        self.groups = groups
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
