import FunnelStore

/// Puts rows in the order of several columns. Each column is first turned into one
/// comparable number per row (text by its rank among the distinct values), so the
/// sort compares integers and doubles only. Missing values sort last either way,
/// as in DuckDB; ties keep the rows' original order.
enum RowSorter {
    struct Key {
        let column: Column
        let descending: Bool
    }

    static func sort(_ rows: [Int32], by keys: [Key]) -> [Int32] {
        guard !keys.isEmpty else { return rows }
        let prepared = keys.map { key in (values: sortValues(key.column), descending: key.descending,
                                          column: key.column) }
        return rows.enumerated().sorted { a, b in
            let ra = Int(a.element), rb = Int(b.element)
            for key in prepared {
                let na = key.column.isNull(ra), nb = key.column.isNull(rb)
                if na != nb { return nb }
                if na { continue }
                let va = key.values[ra], vb = key.values[rb]
                if va != vb { return key.descending ? va > vb : va < vb }
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    private static func sortValues(_ column: Column) -> [Double] {
        switch column.values {
        case .int(let v): return v.map(Double.init)
        case .double(let v): return v
        case .date(let v):
            // A date-time sorts by its time within its day; a plain date before every time of its day.
            guard let minutes = column.minutes, minutes.count == v.count else { return v.map(Double.init) }
            return v.indices.map { Double(v[$0]) + Double(Int(minutes[$0]) + 1) / Double(TimeOfDay.minutesPerDay + 1) }
        case .bool(let bits): return (0..<column.count).map { bits[$0] ? 1 : 0 }
        case .enumeration(let codes, _): return codes.map(Double.init)
        case .string(let codes, let dictionary):
            let order = (0..<dictionary.count).sorted {
                (dictionary[Int32($0)] ?? "") < (dictionary[Int32($1)] ?? "")
            }
            var rank = [Double](repeating: 0, count: dictionary.count)
            for (position, code) in order.enumerated() { rank[code] = Double(position) }
            return codes.map { $0 >= 0 && Int($0) < rank.count ? rank[Int($0)] : 0 }
        }
    }
}
