import FunnelStore

/// Cards and the traffic that goes with them, grouped by card fields: what
/// `kpi ... by FIELD`, the funnel by a field and the grouped reports count over.
///
/// Each key covers two tables, cards then traffic (`GroupKey.ids[0]`, `ids[1]`):
/// traffic follows a key by its own field when it has one naming the same party
/// (the consultant who received the visitor), else by its card, and entries with no
/// card form the `(no card)` group. Every card and entry is in exactly one group, so
/// the groups' numerators and denominators add up to the total's (see `KPIGroups`).
///
/// Only the rows of the selections are grouped: the groups are the values the rows a
/// statement's `where` keeps have, so a `where` on the grouping field keeps only the
/// groups it matches, as `count ... by` does.
public struct CardGrouping: Sendable {
    /// One key with what targets make of it.
    public struct Key: Sendable {
        public let key: GroupKey
        /// The field's name, for the reason a group has no target.
        public let field: String
        /// The party the field names (consultant, dealer): its groups have targets.
        public let party: Party?
        /// How the key's traffic (`key.ids[1]`) was put in its groups.
        public let traffic: TrafficAttribution

        public init(key: GroupKey, field: String, party: Party?, traffic: TrafficAttribution) {
            self.key = key
            self.field = field
            self.party = party
            self.traffic = traffic
        }
    }

    public let keys: [Key]
    public let grouping: Grouping
    /// Each card's and entry's group, numbered in display order.
    public let assignment: KPIGroupAssignment

    public var groupCount: Int { grouping.groupCount }

    /// `selections`: the cards and the traffic entries to group (`nil`: every row);
    /// the rows outside them are in no group.
    public init(keys: [Key], selections: [Bitmap?] = [nil, nil]) {
        self.keys = keys
        let rowCounts = (0..<2).map { table in
            keys.first.map { table < $0.key.ids.count ? $0.key.ids[table].count : 0 } ?? 0
        }
        let fitted = (0..<2).map { table -> Bitmap? in
            guard table < selections.count, let selection = selections[table] else { return nil }
            return Bitmap.resized(selection, to: rowCounts[table])
        }
        let grouping = Grouping(keys: keys.map(\.key), selections: fitted)
        self.grouping = grouping
        var position = [Int32](repeating: -1, count: grouping.groupCount)
        for (shown, group) in grouping.order.enumerated() where group < position.count { position[group] = Int32(shown) }
        func renumber(_ groups: [Int32]) -> [Int32] {
            [Int32](unsafeUninitializedCapacity: groups.count) { out, initialized in
                position.withUnsafeBufferPointer { position in
                    groups.withUnsafeBufferPointer { groups in
                        for row in 0..<groups.count {
                            let group = Int(groups[row])
                            out[row] = group >= 0 && group < position.count ? position[group] : -1
                        }
                    }
                }
                initialized = groups.count
            }
        }
        let cards = grouping.groupOfRow.first ?? []
        let traffic = grouping.groupOfRow.count > 1 ? grouping.groupOfRow[1] : []
        let targets = grouping.order.map { group in
            keys.indices.map { k in CardGrouping.targets(keys[k], grouping.value(ofKey: k, inGroup: group)) }
                .reduce(TargetSelection.dealerWide()) { $0.narrowed(to: $1) }
        }
        assignment = KPIGroupAssignment(groupCount: grouping.groupCount, cardGroup: renumber(cards),
                                        trafficGroup: renumber(traffic), targets: targets)
    }

    /// What key `k` stands for in the group shown at `position`.
    public func value(ofKey k: Int, at position: Int) -> GroupValue {
        guard position >= 0, position < grouping.order.count else { return .missing }
        return grouping.value(ofKey: k, inGroup: grouping.order[position])
    }

    /// The text of a value of key `k`, or `nil` for missing and no card.
    public func label(ofKey k: Int, at position: Int) -> String? {
        guard case .value(let index) = value(ofKey: k, at: position), k < keys.count else { return nil }
        return keys[k].key.values.text(at: index)
    }

    public func isNoCard(at position: Int) -> Bool {
        keys.indices.contains { value(ofKey: $0, at: position) == .noCard }
    }

    public func hasMissing(at position: Int) -> Bool {
        keys.indices.contains { value(ofKey: $0, at: position) == .missing }
    }

    /// Whose targets a group of one key has.
    private static func targets(_ key: Key, _ value: GroupValue) -> TargetSelection {
        switch (key.party, value) {
        case (.consultant?, .value(let index)):
            return .consultants([key.key.values.text(at: index) ?? ""])
        case (.dealer?, .value(let index)):
            return .dealerWide(dealers: [key.key.values.text(at: index) ?? ""])
        case (.some, _):
            return .notApplicable(.withoutValue(field: key.field))
        case (nil, _):
            return .notApplicable(.notSetPer(field: key.field))
        }
    }
}
