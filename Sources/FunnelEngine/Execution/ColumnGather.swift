import FunnelStore

extension Column {
    /// The values at `rows` (a row of -1 gives null): used to reach a card's fields from
    /// its follow-ups and traffic, and to put selected rows in order.
    func gathered(_ rows: [Int32], name: String? = nil) -> Column {
        let n = rows.count
        var present = Bitmap(count: n)
        for (i, row) in rows.enumerated() where row >= 0 && Int(row) < count && !isNull(Int(row)) {
            present.insert(i)
        }
        func pick<T>(_ source: [T], _ fallback: T) -> [T] {
            rows.map { $0 >= 0 && Int($0) < source.count ? source[Int($0)] : fallback }
        }
        let values: ColumnValues
        switch self.values {
        case .int(let v): values = .int(pick(v, 0))
        case .double(let v): values = .double(pick(v, 0))
        case .bool(let v):
            var bits = Bitmap(count: n)
            for (i, row) in rows.enumerated() where row >= 0 && v[Int(row)] { bits.insert(i) }
            values = .bool(bits)
        case .date(let v): values = .date(pick(v, 0))
        case .string(let codes, let dictionary): values = .string(codes: pick(codes, -1), dictionary: dictionary)
        case .enumeration(let codes, let vocabulary):
            values = .enumeration(codes: pick(codes, EnumVocabulary.nullCode), vocabulary: vocabulary)
        }
        let times = minutes.map { pick($0, TimeOfDay.none) }
        return Column(name: name ?? self.name, values: values, present: present, count: n, minutes: times)
    }

    /// The same values (and times of day) under another name.
    func renamed(_ name: String) -> Column {
        with(present: present, name: name)
    }
}
