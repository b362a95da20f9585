import FunnelStore

/// Rows assigned to groups by several keys at once: the one per-row group
/// computation behind every `by` (`count ... by`, `kpi ... by`, the reports).
///
/// The keys cover the same tables (`GroupKey.ids`); a group is a combination of ids
/// that some selected row of some table has. Ids are combined into one integer per
/// row (ids times running multipliers), so grouping is array indexing when the key
/// space is small and integer hashing otherwise.
public struct Grouping: Sendable {
    public let keys: [GroupKey]
    /// Group of each row, per table (`-1` for a row not selected).
    public let groupOfRow: [[Int32]]
    /// For each key, each group's id.
    public let keyIDs: [[Int32]]
    /// Groups in the natural order of their keys' values (missing, then no card, last).
    public let order: [Int]

    public var groupCount: Int { order.count }

    /// Groups the rows of `selections` (one per table the keys cover; `nil` takes every
    /// row). With no keys there is one group holding every selected row, even when
    /// there are none, so `count customers where ...` answers 0 rather than nothing.
    public init(keys: [GroupKey], selections: [Bitmap?]) {
        self.keys = keys
        let tables = selections.count
        let rowCounts = (0..<tables).map { table in
            selections[table]?.count ?? keys.first.map { table < $0.ids.count ? $0.ids[table].count : 0 } ?? 0
        }
        var groupOfRow = rowCounts.map { [Int32](repeating: -1, count: $0) }
        func each(_ table: Int, _ body: (Int) -> Void) {
            if let selection = selections[table] {
                selection.forEachRow(body)
            } else {
                for row in 0..<rowCounts[table] { body(row) }
            }
        }
        guard !keys.isEmpty else {
            for table in 0..<tables { each(table) { groupOfRow[table][$0] = 0 } }
            self.groupOfRow = groupOfRow
            keyIDs = []
            order = [0]
            return
        }
        var keyIDs: [[Int32]] = keys.map { _ in [] }
        var count = 0
        func newGroup(_ table: Int, _ row: Int) -> Int32 {
            for (k, key) in keys.enumerated() { keyIDs[k].append(Grouping.id(key, table, row)) }
            count += 1
            return Int32(count - 1)
        }
        var space: Int64? = 1
        for key in keys {
            if let s = space {
                let (product, overflow) = s.multipliedReportingOverflow(by: Int64(key.cardinality))
                space = overflow ? nil : product
            }
        }
        if let space, space <= 1 << 22 {
            var slots = [Int32](repeating: -1, count: Int(space))
            for table in 0..<tables {
                // The composite key of every row, one key at a time over plain arrays (a
                // loop the compiler can vectorise), then one look-up per selected row. One
                // key's ids are its composite as they are.
                var composite: [Int32]
                if keys.count == 1, let only = keys.first, table < only.ids.count,
                   only.ids[table].count == rowCounts[table] {
                    composite = only.ids[table]
                } else {
                    composite = [Int32](repeating: 0, count: rowCounts[table])
                    composite.withUnsafeMutableBufferPointer { composite in
                        for key in keys where table < key.ids.count {
                            let multiplier = Int32(key.cardinality)
                            key.ids[table].withUnsafeBufferPointer { ids in
                                for row in 0..<min(ids.count, composite.count) {
                                    composite[row] = composite[row] &* multiplier &+ ids[row]
                                }
                            }
                        }
                    }
                }
                var groups = groupOfRow[table]
                slots.withUnsafeMutableBufferPointer { slots in
                    composite.withUnsafeBufferPointer { composite in
                        groups.withUnsafeMutableBufferPointer { groups in
                            func place(_ row: Int) {
                                let slot = Int(composite[row])
                                guard slot >= 0, slot < slots.count else { return }
                                if slots[slot] < 0 { slots[slot] = newGroup(table, row) }
                                groups[row] = slots[slot]
                            }
                            if let selection = selections[table] {
                                selection.forEachRow(place)
                            } else {
                                for row in 0..<composite.count { place(row) }
                            }
                        }
                    }
                }
                groupOfRow[table] = groups
            }
        } else {
            var found: [[Int32]: Int32] = [:]
            for table in 0..<tables {
                each(table) { row in
                    let composite = keys.map { Grouping.id($0, table, row) }
                    if let group = found[composite] {
                        groupOfRow[table][row] = group
                    } else {
                        let group = newGroup(table, row)
                        found[composite] = group
                        groupOfRow[table][row] = group
                    }
                }
            }
        }
        self.groupOfRow = groupOfRow
        self.keyIDs = keyIDs
        order = (0..<count).sorted { a, b in
            for (k, key) in keys.enumerated() {
                let ra = Grouping.rank(key, keyIDs[k][a]), rb = Grouping.rank(key, keyIDs[k][b])
                if ra != rb { return ra < rb }
            }
            return a < b
        }
    }

    /// What key `k` stands for in `group`.
    public func value(ofKey k: Int, inGroup group: Int) -> GroupValue {
        guard k < keys.count, k < keyIDs.count, group >= 0, group < keyIDs[k].count else { return .missing }
        return keys[k].meaning(of: keyIDs[k][group])
    }

    /// Whether some key of the group is `noCard`.
    public func isNoCard(_ group: Int) -> Bool {
        keys.indices.contains { value(ofKey: $0, inGroup: group) == .noCard }
    }

    /// Whether some key of the group is `missing`.
    public func hasMissing(_ group: Int) -> Bool {
        keys.indices.contains { value(ofKey: $0, inGroup: group) == .missing }
    }

    /// One bitmap per group of a table's rows.
    public func bitmaps(ofTable table: Int) -> [Bitmap] {
        guard table < groupOfRow.count else { return [] }
        return Grouping.bitmaps(of: groupOfRow[table], groups: groupCount)
    }

    /// One bitmap per group from each row's group (`0..<groups`; anything else is in
    /// none), in one pass into one flat buffer.
    public static func bitmaps(of groupOfRow: [Int32], groups: Int) -> [Bitmap] {
        let n = groupOfRow.count
        let wordCount = (n + 63) >> 6
        guard groups > 0 else { return [] }
        var flat = [UInt64](repeating: 0, count: groups * wordCount)
        flat.withUnsafeMutableBufferPointer { out in
            for row in 0..<n {
                let g = Int(groupOfRow[row])
                if g >= 0 && g < groups { out[g * wordCount + (row >> 6)] |= 1 << UInt64(row & 63) }
            }
        }
        return (0..<groups).map { g in Bitmap(words: Array(flat[(g * wordCount)..<((g + 1) * wordCount)]), count: n) }
    }

    private static func id(_ key: GroupKey, _ table: Int, _ row: Int) -> Int32 {
        guard table < key.ids.count, row < key.ids[table].count else { return GroupKey.missing }
        return key.ids[table][row]
    }

    private static func rank(_ key: GroupKey, _ id: Int32) -> Int32 {
        Int(id) < key.rank.count && id >= 0 ? key.rank[Int(id)] : Int32.max
    }
}
