import FunnelStore

/// A breakdown with shares (lost reasons, customer structure) within the groups of a
/// card field: `lost reasons for P by consultant`, `structure by consultant, grade`.
/// Each group has the breakdown's rows in the breakdown's order, with the group's
/// count and its share of the group's cards.
///
/// Counted by tallying each row's cards by their group: one pass per row, no bitmap
/// per group. Each card is in one group, so a row's counts over the groups add up to
/// the row's count, and the groups' totals to the breakdown's total (for the cards
/// that have a group).
public struct GroupedShares: Sendable {
    /// One row of one group.
    public struct Row: Hashable, Sendable {
        public let key: KPIGroupKey
        public let chineseLabel: String
        public let count: Int
        /// `count ÷` the group's cards; undefined for a group with none.
        public let share: KPIValue
    }

    /// Each group's rows, in group order.
    public let groups: [[Row]]
    /// Each group's cards: the sum of its rows.
    public let groupTotals: [Int]

    /// `rows`: the breakdown of all the cards, in its order. `listsEveryValue`: each
    /// group lists every row, zeros included, so the groups line up; else only the rows
    /// it has cards in. `cardGroup`: each card's group, `0..<groupCount` (anything else
    /// is no group).
    public init(rows: [ShareRow], listsEveryValue: Bool, cardGroup: [Int32], groupCount: Int) {
        let groups = max(0, groupCount)
        let counts = rows.map { row -> [Int] in
            var totals = [Int](repeating: 0, count: groups)
            KPIBasis.tally(row.cards, by: cardGroup, sign: 1, into: &totals)
            return totals
        }
        let totals = (0..<groups).map { g in counts.reduce(0) { $0 + $1[g] } }
        groupTotals = totals
        self.groups = (0..<groups).map { g in
            rows.indices.compactMap { k in
                let count = counts[k][g]
                guard listsEveryValue || count > 0 else { return nil }
                return Row(key: rows[k].key, chineseLabel: rows[k].chineseLabel, count: count,
                           share: .ratio(count, over: totals[g]))
            }
        }
    }
}
