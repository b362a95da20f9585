/// Dictionary-encodes strings while a column is built: an open-addressing hash table
/// over the bytes, so the loader interns a value straight from the input buffer
/// without creating a `String` for it.
///
/// Each slot holds a value's hash and code together, so a probe that misses costs one
/// memory access (high-cardinality columns such as card ids are all cache misses) and
/// growing the table rehashes nothing.
struct StringInterner: Sendable {
    private(set) var dictionary = StringDictionary()
    /// `hash << 32 | (code + 1)`; 0 marks an empty slot.
    private var slots: [UInt64] = Array(repeating: 0, count: 64)
    /// The code `intern` returned last, or -1.
    private var lastCode: Int32 = -1

    init() {}

    /// An index over an existing dictionary whose values are distinct, for look-ups.
    init(indexing existing: StringDictionary) {
        var slotCount = 64
        while slotCount < existing.count * 2 + 2 { slotCount *= 2 }
        slots = Array(repeating: 0, count: slotCount)
        dictionary = existing
        let mask = slotCount - 1
        for code in 0..<Int32(existing.count) {
            let hash = existing.withBytes(of: code) { StringInterner.hash($0) }
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = StringInterner.entry(hash: hash, code: code)
        }
    }

    /// The code of `value` if it is in the dictionary.
    func lookup(_ value: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = StringInterner.hash(value)
        let (_, code) = probe(value, hash: hash)
        return code
    }

    /// The code of `value`, appending it to the dictionary when new.
    ///
    /// The value interned last is tried first: exports sorted by card repeat the same
    /// card id, consultant and the like on consecutive rows, and comparing with bytes
    /// still in cache saves a probe that would miss it.
    mutating func intern(_ value: UnsafeBufferPointer<UInt8>) -> Int32 {
        if lastCode >= 0 && equals(lastCode, value) { return lastCode }
        lastCode = internProbing(value)
        return lastCode
    }

    private mutating func internProbing(_ value: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = StringInterner.hash(value)
        let (slot, found) = probe(value, hash: hash)
        if let found { return found }
        let code = dictionary.append(bytes: value)
        slots[slot] = StringInterner.entry(hash: hash, code: code)
        if dictionary.count * 2 > slots.count { grow() }
        return code
    }

    /// Interns every value of another dictionary, in its code order, and returns the
    /// code here of each of its codes.
    mutating func codes(adding other: StringDictionary) -> [Int32] {
        (0..<Int32(other.count)).map { code in other.withBytes(of: code) { intern($0) } }
    }

    mutating func intern(_ value: String) -> Int32 {
        var copy = value
        return copy.withUTF8 { intern($0) }
    }

    /// The slot holding `value`, with its code; or the empty slot where it would go.
    @inline(__always)
    private func probe(_ value: UnsafeBufferPointer<UInt8>, hash: UInt32) -> (Int, Int32?) {
        slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while true {
                let entry = slots[slot]
                if entry == 0 { return (slot, nil) }
                if UInt32(truncatingIfNeeded: entry >> 32) == hash {
                    let code = Int32(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                    if equals(code, value) { return (slot, code) }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always)
    private static func entry(hash: UInt32, code: Int32) -> UInt64 {
        UInt64(hash) << 32 | UInt64(UInt32(bitPattern: code + 1))
    }

    @inline(__always)
    private func equals(_ code: Int32, _ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = Int(dictionary.offsets[Int(code)]), end = Int(dictionary.offsets[Int(code) + 1])
        guard end - start == value.count else { return false }
        guard let b = value.baseAddress, value.count > 0 else { return true }
        return dictionary.bytes.withUnsafeBufferPointer { stored in
            guard let a = stored.baseAddress else { return false }
            return ByteCompare.equal(a + start, b, count: value.count)
        }
    }

    private mutating func grow() {
        let newCount = slots.count * 2
        var newSlots = [UInt64](repeating: 0, count: newCount)
        let mask = newCount - 1
        for entry in slots where entry != 0 {
            var slot = Int(UInt32(truncatingIfNeeded: entry >> 32)) & mask
            while newSlots[slot] != 0 { slot = (slot + 1) & mask }
            newSlots[slot] = entry
        }
        slots = newSlots
    }

    /// Eight bytes at a time; the last partial word is read as an overlapping load (or
    /// two, or three bytes, for short values), then a final mix so that keys differing
    /// in one byte spread over the whole table.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        let count = bytes.count
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(count)
        guard let base = bytes.baseAddress, count > 0 else { return UInt32(truncatingIfNeeded: h) }
        let raw = UnsafeRawPointer(base)
        @inline(__always) func mix(_ word: UInt64) {
            h = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
        }
        if count >= 8 {
            var i = 0
            while i + 8 <= count {
                mix(raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                i += 8
            }
            if i < count { mix(raw.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self)) }
        } else if count >= 4 {
            let first = UInt64(raw.loadUnaligned(fromByteOffset: 0, as: UInt32.self))
            let last = UInt64(raw.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            mix(first << 32 | last)
        } else {
            mix(UInt64(base[0]) << 16 | UInt64(base[count >> 1]) << 8 | UInt64(base[count - 1]))
        }
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return UInt32(truncatingIfNeeded: h)
    }
}
