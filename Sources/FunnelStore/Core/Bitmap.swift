/// A fixed-length set of row numbers, 64 rows to a word.
///
/// Selections, boolean columns and null masks are all bitmaps, so combining
/// conditions is word-wise `&`, `|` and `~` rather than a loop over rows.
public struct Bitmap: Hashable, Sendable {
    public private(set) var words: [UInt64]
    public let count: Int

    /// A bitmap of `count` rows, all set or all clear.
    public init(count: Int, allSet: Bool = false) {
        self.count = max(0, count)
        let wordCount = (self.count + 63) >> 6
        words = Array(repeating: allSet ? ~0 : 0, count: wordCount)
        if allSet { clearTail() }
    }

    /// Wraps raw words (row `i` is bit `i & 63` of word `i >> 6`); bits past `count` are cleared.
    public init(words: [UInt64], count: Int) {
        self.count = max(0, count)
        let wordCount = (self.count + 63) >> 6
        if words.count == wordCount {
            // The usual case (a kernel built exactly these words): keep the array, no copy.
            self.words = words
        } else {
            var w = Array(words.prefix(wordCount))
            if w.count < wordCount { w.append(contentsOf: repeatElement(0, count: wordCount - w.count)) }
            self.words = w
        }
        clearTail()
    }

    /// A bitmap with exactly the given rows set; rows out of range are ignored.
    public init(count: Int, rows: some Sequence<Int>) {
        self.init(count: count)
        for row in rows where row >= 0 && row < self.count { insert(row) }
    }

    public subscript(row: Int) -> Bool {
        get {
            guard row >= 0, row < count else { return false }
            return words[row >> 6] & (1 << UInt64(row & 63)) != 0
        }
        set {
            guard row >= 0, row < count else { return }
            if newValue {
                words[row >> 6] |= 1 << UInt64(row & 63)
            } else {
                words[row >> 6] &= ~(1 << UInt64(row & 63))
            }
        }
    }

    public mutating func insert(_ row: Int) { self[row] = true }
    public mutating func remove(_ row: Int) { self[row] = false }

    /// Number of rows set.
    public var cardinality: Int {
        words.withUnsafeBufferPointer { words in
            var total = 0
            for word in words { total &+= word.nonzeroBitCount }
            return total
        }
    }

    public var isEmpty: Bool { words.allSatisfy { $0 == 0 } }

    /// The set rows in increasing order.
    public var rows: [Int] {
        var result: [Int] = []
        result.reserveCapacity(cardinality)
        forEachRow { result.append($0) }
        return result
    }

    /// Calls `body` with each set row, in increasing order.
    @inlinable
    public func forEachRow(_ body: (Int) throws -> Void) rethrows {
        for (wordIndex, word) in words.enumerated() {
            var w = word
            while w != 0 {
                let bit = w.trailingZeroBitCount
                try body(wordIndex << 6 + bit)
                w &= w - 1
            }
        }
    }

    public static func & (lhs: Bitmap, rhs: Bitmap) -> Bitmap { lhs.combined(with: rhs, &) }
    public static func | (lhs: Bitmap, rhs: Bitmap) -> Bitmap { lhs.combined(with: rhs, |) }

    /// Rows in `lhs` and not in `rhs`.
    public static func - (lhs: Bitmap, rhs: Bitmap) -> Bitmap { lhs.combined(with: rhs) { $0 & ~$1 } }

    public static prefix func ~ (operand: Bitmap) -> Bitmap {
        let inverted = [UInt64](unsafeUninitializedCapacity: operand.words.count) { out, initialized in
            operand.words.withUnsafeBufferPointer { a in
                for i in 0..<a.count { out[i] = ~a[i] }
            }
            initialized = operand.words.count
        }
        return Bitmap(words: inverted, count: operand.count)
    }

    public func isSubset(of other: Bitmap) -> Bool {
        precondition(count == other.count, "bitmaps of different lengths")
        return zip(words, other.words).allSatisfy { $0 & ~$1 == 0 }
    }

    private func combined(with other: Bitmap, _ op: (UInt64, UInt64) -> UInt64) -> Bitmap {
        precondition(count == other.count, "bitmaps of different lengths")
        // Written once into fresh storage through unsafe buffers: copying `self` and
        // assigning word by word would copy the array and check its uniqueness per word.
        let n = min(words.count, other.words.count)
        let combined = [UInt64](unsafeUninitializedCapacity: n) { out, initialized in
            words.withUnsafeBufferPointer { a in
                other.words.withUnsafeBufferPointer { b in
                    for i in 0..<n { out[i] = op(a[i], b[i]) }
                }
            }
            initialized = n
        }
        return Bitmap(words: combined, count: count)
    }

    /// Keeps the unused bits of the last word clear so `cardinality` stays exact.
    private mutating func clearTail() {
        let used = count & 63
        if used != 0, let last = words.indices.last {
            words[last] &= (1 << UInt64(used)) - 1
        }
    }
}
