import FunnelStore

/// Counting intersections of bitmaps without building them: a KPI term is the size
/// of a few sets intersected with a filter, asked once per group, so it is done
/// word by word in cache-sized chunks and nothing is allocated per term but a
/// small scratch buffer.
enum BitmapMath {
    /// `|a ∩ b ∩ ...|`; 0 for no bitmaps. Bitmaps of unequal length are read to the
    /// shortest.
    static func intersectionCount(_ maps: [Bitmap]) -> Int {
        guard let first = maps.first else { return 0 }
        if maps.count == 1 { return first.cardinality }
        let wordCount = maps.reduce(first.words.count) { min($0, $1.words.count) }
        let chunk = 512
        var scratch = [UInt64](repeating: 0, count: chunk)
        var total = 0
        var start = 0
        while start < wordCount {
            let end = min(start + chunk, wordCount)
            let length = end - start
            scratch.withUnsafeMutableBufferPointer { s in
                first.words.withUnsafeBufferPointer { w in
                    for i in 0..<length { s[i] = w[start + i] }
                }
                for map in maps.dropFirst() {
                    map.words.withUnsafeBufferPointer { w in
                        for i in 0..<length { s[i] &= w[start + i] }
                    }
                }
                for i in 0..<length { total &+= s[i].nonzeroBitCount }
            }
            start = end
        }
        return total
    }

    /// `a ∩ b ∩ ...` as a bitmap of `count` rows (all clear for no bitmaps).
    static func intersection(_ maps: [Bitmap], count: Int) -> Bitmap {
        guard let first = maps.first else { return Bitmap(count: count) }
        return maps.dropFirst().reduce(Bitmap.resized(first, to: count)) { $0 & Bitmap.resized($1, to: count) }
    }

    /// The rows whose value in `values` passes `test`, as a bitmap.
    static func rows(where values: [Int32], _ test: (Int32) -> Bool) -> Bitmap {
        var words = [UInt64](repeating: 0, count: (values.count + 63) >> 6)
        values.withUnsafeBufferPointer { v in
            for row in 0..<v.count where test(v[row]) { words[row >> 6] |= 1 << UInt64(row & 63) }
        }
        return Bitmap(words: words, count: values.count)
    }

    /// The rows whose code in `codes` is one of `wanted`.
    static func rows(withCodes codes: [UInt8], in wanted: [UInt8]) -> Bitmap {
        var table = [Bool](repeating: false, count: 256)
        for code in wanted { table[Int(code)] = true }
        var words = [UInt64](repeating: 0, count: (codes.count + 63) >> 6)
        for row in 0..<codes.count where table[Int(codes[row])] { words[row >> 6] |= 1 << UInt64(row & 63) }
        return Bitmap(words: words, count: codes.count)
    }
}
