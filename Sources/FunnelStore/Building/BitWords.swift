/// Bit runs kept as `[UInt64]` words (row `i` is bit `i & 63` of word `i >> 6`), as the
/// column builders keep presence and boolean values while rows arrive.
enum BitWords {
    /// Appends the first `count` bits of `source` after the first `offset` bits of
    /// `target`, which must hold exactly the words those `offset` bits need.
    static func append(_ source: [UInt64], count: Int, to target: inout [UInt64], at offset: Int) {
        guard count > 0 else { return }
        let shift = UInt64(offset & 63)
        let neededWords = (offset + count + 63) >> 6
        target.reserveCapacity(neededWords)
        for k in 0..<((count + 63) >> 6) {
            var word = k < source.count ? source[k] : 0
            let bitsHere = min(64, count - k << 6)
            if bitsHere < 64 { word &= (1 << UInt64(bitsHere)) - 1 }
            let position = offset + k << 6
            let index = position >> 6
            if shift == 0 {
                target.append(word)
            } else {
                if index == target.count { target.append(0) }
                target[index] |= word << shift
                let spill = word >> (64 - shift)
                if index + 1 < neededWords { target.append(spill) }
            }
        }
        while target.count < neededWords { target.append(0) }
    }
}
