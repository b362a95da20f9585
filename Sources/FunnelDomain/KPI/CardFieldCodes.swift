import FunnelStore

/// A stored customers field of text, enum or yes/no type as a small id per card:
/// 0 for no value, `1...labels.count` for the values. Text columns already hold
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
        switch column.values {
        case .string(let codes, let dictionary):
            guard dictionary.count < limit else { return nil }
            labels = (0..<Int32(dictionary.count)).map { dictionary[$0] ?? "" }
            for c in 0..<min(n, codes.count) where codes[c] >= 0 && !column.isNull(c) { ids[c] = codes[c] + 1 }
            ordered = false
        case .enumeration(let codes, let vocabulary):
            labels = vocabulary.tokens
            for c in 0..<min(n, codes.count) where Int(codes[c]) < labels.count && !column.isNull(c) {
                ids[c] = Int32(codes[c]) + 1
            }
            ordered = true
        case .bool(let bits):
            labels = ["false", "true"]
            for c in 0..<n where !column.isNull(c) { ids[c] = bits[c] ? 2 : 1 }
            ordered = true
        default:
            return nil
        }
        self.ids = ids
    }

    /// Per id (`0...labels.count`), the cards of `selection` with it, counted and as
    /// bitmaps (an id with no card gets an empty bitmap).
    func split(_ selection: Bitmap) -> (counts: [Int], bitmaps: [Bitmap]) {
        let n = ids.count
        let idCount = labels.count + 1
        var counts = [Int](repeating: 0, count: idCount)
        var words = [[UInt64]](repeating: [], count: idCount)
        Bitmap.resized(selection, to: n).forEachRow { c in
            let id = Int(ids[c])
            counts[id] += 1
            if words[id].isEmpty { words[id] = [UInt64](repeating: 0, count: (n + 63) >> 6) }
            words[id][c >> 6] |= 1 << UInt64(c & 63)
        }
        return (counts, words.map { Bitmap(words: $0, count: n) })
    }
}
