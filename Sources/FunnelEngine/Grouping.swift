import FunnelStore

/// Selected rows assigned to groups by several keys. Keys are combined into one
/// integer per row (ids times running multipliers), so grouping is integer hashing,
/// or plain array indexing when the key space is small.
struct Grouping {
    let keys: [GroupKey]
    /// Group of each table row, or -1 for rows not selected.
    let groupOfRow: [Int32]
    let groupCount: Int
    /// For each key, the id each group has.
    let keyIds: [[Int32]]

    init(keys: [GroupKey], rows: Bitmap) {
        self.keys = keys
        var groupOfRow = [Int32](repeating: -1, count: rows.count)
        if keys.isEmpty {
            // No keys: one group holding every selected row, even when there are none,
            // so `count customers where ...` answers 0 rather than nothing.
            rows.forEachRow { groupOfRow[$0] = 0 }
            self.groupOfRow = groupOfRow
            groupCount = 1
            keyIds = []
            return
        }
        var keyIds: [[Int32]] = keys.map { _ in [] }
        var space: Int64? = 1
        for key in keys {
            if let s = space {
                let (product, overflow) = s.multipliedReportingOverflow(by: Int64(key.cardinality))
                space = overflow ? nil : product
            }
        }
        var count = 0
        func newGroup(_ row: Int) -> Int32 {
            for (k, key) in keys.enumerated() { keyIds[k].append(key.ids[row]) }
            count += 1
            return Int32(count - 1)
        }
        if let space, space <= 1 << 22 {
            // The composite key of every row, one key at a time over plain arrays (a
            // loop the compiler can vectorise), then one look-up per selected row.
            var composite = [Int32](repeating: 0, count: rows.count)
            composite.withUnsafeMutableBufferPointer { composite in
                for key in keys {
                    let multiplier = Int32(key.cardinality)
                    key.ids.withUnsafeBufferPointer { ids in
                        for row in 0..<min(ids.count, composite.count) {
                            composite[row] = composite[row] &* multiplier &+ ids[row]
                        }
                    }
                }
            }
            var slots = [Int32](repeating: -1, count: Int(space))
            slots.withUnsafeMutableBufferPointer { slots in
                composite.withUnsafeBufferPointer { composite in
                    groupOfRow.withUnsafeMutableBufferPointer { groupOfRow in
                        rows.forEachRow { row in
                            let slot = Int(composite[row])
                            if slots[slot] < 0 { slots[slot] = newGroup(row) }
                            groupOfRow[row] = slots[slot]
                        }
                    }
                }
            }
        } else if space != nil {
            var table: [Int64: Int32] = [:]
            rows.forEachRow { row in
                var composite: Int64 = 0
                for key in keys { composite = composite * Int64(key.cardinality) + Int64(key.ids[row]) }
                if let group = table[composite] {
                    groupOfRow[row] = group
                } else {
                    let group = newGroup(row)
                    table[composite] = group
                    groupOfRow[row] = group
                }
            }
        } else {
            var table: [[Int32]: Int32] = [:]
            rows.forEachRow { row in
                let composite = keys.map { $0.ids[row] }
                if let group = table[composite] {
                    groupOfRow[row] = group
                } else {
                    let group = newGroup(row)
                    table[composite] = group
                    groupOfRow[row] = group
                }
            }
        }
        self.groupOfRow = groupOfRow
        self.groupCount = count
        self.keyIds = keyIds
    }

    /// Groups in the natural order of their key values (missing values last).
    func sortedGroups() -> [Int] {
        (0..<groupCount).sorted { a, b in
            for (k, key) in keys.enumerated() {
                let ra = key.rank[Int(keyIds[k][a])], rb = key.rank[Int(keyIds[k][b])]
                if ra != rb { return ra < rb }
            }
            return a < b
        }
    }

    /// The key columns, one row per group in `order`.
    func keyColumns(order: [Int]) -> [Column] {
        keys.enumerated().map { k, key in
            key.labels.gathered(order.map { keyIds[k][$0] }, name: key.name)
        }
    }
}
