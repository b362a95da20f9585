/// The raw size of what the store holds: the bytes of the column arrays (values, codes,
/// dictionaries, null masks) at their element counts, without allocator slack or
/// array headers. The benchmark compares the process's memory after loading with this.
extension Column {
    public var byteCount: Int {
        let mask = present.map { $0.words.count * 8 } ?? 0
        switch values {
        case .int(let v): return mask + v.count * 8
        case .double(let v): return mask + v.count * 8
        case .bool(let v): return mask + v.words.count * 8
        case .date(let v): return mask + v.count * 4 + (minutes?.count ?? 0) * 2
        case .string(let codes, let dictionary):
            return mask + codes.count * 4 + dictionary.bytes.count + dictionary.offsets.count * 4
        case .enumeration(let codes, _): return mask + codes.count
        }
    }
}

extension Table {
    /// The raw bytes of every column of the table.
    public var byteCount: Int { columns.reduce(0) { $0 + $1.byteCount } }
}

extension CardLinks {
    /// The raw bytes of the card links (row indexes built at load time).
    public var byteCount: Int {
        (followupCard.count + trafficCard.count + followupOffsets.count + followupRows.count) * 4
    }
}

extension Dataset {
    /// The raw bytes of the columns of all four tables.
    public var columnBytes: Int { tables.reduce(0) { $0 + $1.byteCount } }
}
