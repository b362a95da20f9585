import FunnelStore

/// A stored customers field of text, enum or yes/no type as a small id per card:
/// 0 for no value (null, or text of spaces only), `1...labels.count` for the values. Text columns already hold
/// dictionary codes and enums vocabulary codes, so this is one pass, no hashing.
struct CardFieldCodes: Sendable {
    /// Id of each card.
    let ids: [Int32]
    /// The value of each id `1...`, at `labels[id - 1]`.
    let labels: [String]
    /// Whether labels are in a meaningful order already (enum vocabulary, false/true);
    /// text labels are in dictionary order and get sorted by whoever shows them.
    let ordered: Bool

    /// `nil` for a column of another type, or a text column with `limit` values or more.
    init?(column: Column, count n: Int, limit: Int) {
        var ids = [Int32](repeating: 0, count: n)
        let present = column.present
        switch column.values {
        case .string(let codes, let dictionary):
            guard dictionary.count < limit else { return nil }
            labels = (0..<Int32(dictionary.count)).map { dictionary[$0] ?? "" }
            // Null rows hold -1, so code + 1 is 0 for them whatever the mask says; blank
            // text (spaces only) is no value either, as for a complete card's fields.
            let usable = (0..<Int32(dictionary.count)).map { code in
                !dictionary.withBytes(of: code) { CardCompleteness.isBlank($0) }
            }
            for c in 0..<min(n, codes.count) {
                let code = Int(codes[c])
                ids[c] = code >= 0 && code < usable.count && usable[code] ? Int32(code) + 1 : 0
            }
            ordered = false
        case .enumeration(let codes, let vocabulary):
            labels = vocabulary.tokens
            let known = UInt8(clamping: labels.count)
            for c in 0..<min(n, codes.count) where codes[c] < known { ids[c] = Int32(codes[c]) + 1 }
            ordered = true
        case .bool(let bits):
            labels = ["false", "true"]
            for c in 0..<n { ids[c] = bits[c] ? 2 : 1 }
            ordered = true
        default:
            return nil
        }
        if let present {
            for c in 0..<n where !present[c] { ids[c] = 0 }
        }
        self.ids = ids
    }

    /// Per id (`0...labels.count`), the cards of `selection` with it, counted and as
    /// bitmaps (an id with no card gets an empty bitmap).
    func split(_ selection: Bitmap) -> (counts: [Int], bitmaps: [Bitmap]) {
        let bitmaps = CardFieldCodes.bitmaps(of: ids, groups: labels.count + 1,
                                             within: Bitmap.resized(selection, to: ids.count))
        return (bitmaps.map(\.cardinality), bitmaps)
    }

    /// One bitmap per group of the rows of `selection` (all rows when `nil`), from each
    /// row's group (`0..<groups`; anything else is in none), in one pass into one flat
    /// buffer.
    static func bitmaps(of groupOfRow: [Int32], groups: Int, within selection: Bitmap? = nil) -> [Bitmap] {
        let n = groupOfRow.count
        let wordCount = (n + 63) >> 6
        guard groups > 0 else { return [] }
        var flat = [UInt64](repeating: 0, count: groups * wordCount)
        flat.withUnsafeMutableBufferPointer { out in
            groupOfRow.withUnsafeBufferPointer { group in
                func put(_ row: Int) {
                    let g = Int(group[row])
                    if g >= 0 && g < groups { out[g * wordCount + (row >> 6)] |= 1 << UInt64(row & 63) }
                }
                if let selection {
                    selection.forEachRow(put)
                } else {
                    for row in 0..<n { put(row) }
                }
            }
        }
        return (0..<groups).map { g in Bitmap(words: Array(flat[(g * wordCount)..<((g + 1) * wordCount)]), count: n) }
    }
}
