/// Dictionary-encodes strings while a column is built: an open-addressing hash table
/// over the bytes, so the loader interns a value straight from the input buffer
/// without creating a `String` for it.
struct StringInterner: Sendable {
    private(set) var dictionary = StringDictionary()
    /// Slots hold `code + 1`; 0 marks an empty slot.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var hashes: [UInt32] = []

    init() {}

    /// An index over an existing dictionary whose values are distinct, for look-ups.
    init(indexing existing: StringDictionary) {
        var slotCount = 64
        while slotCount < existing.count * 2 + 2 { slotCount *= 2 }
        slots = Array(repeating: 0, count: slotCount)
        hashes.reserveCapacity(existing.count)
        dictionary = existing
        let mask = slotCount - 1
        for code in 0..<Int32(existing.count) {
            let hash = existing.withBytes(of: code) { StringInterner.hash($0) }
            hashes.append(hash)
            var slot = Int(hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = code + 1
        }
    }

    /// The code of `value` if it is in the dictionary.
    func lookup(_ value: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = StringInterner.hash(value)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { return nil }
            let code = entry - 1
            if hashes[Int(code)] == hash && equals(code, value) { return code }
            slot = (slot + 1) & mask
        }
    }

    /// The code of `value`, appending it to the dictionary when new.
    mutating func intern(_ value: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = StringInterner.hash(value)
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let entry = slots[slot]
            if entry == 0 { break }
            let code = entry - 1
            if hashes[Int(code)] == hash && equals(code, value) { return code }
            slot = (slot + 1) & mask
        }
        let code = dictionary.append(bytes: value)
        hashes.append(hash)
        slots[slot] = code + 1
        if dictionary.count * 2 > slots.count { grow() }
        return code
    }

    mutating func intern(_ value: String) -> Int32 {
        var copy = value
        return copy.withUTF8 { intern($0) }
    }

    private func equals(_ code: Int32, _ value: UnsafeBufferPointer<UInt8>) -> Bool {
        dictionary.withBytes(of: code) { stored in
            guard stored.count == value.count else { return false }
            guard let a = stored.baseAddress, let b = value.baseAddress else { return true }
            return memcmp(a, b, value.count) == 0
        }
    }

    private mutating func grow() {
        let newCount = slots.count * 2
        var newSlots = [Int32](repeating: 0, count: newCount)
        let mask = newCount - 1
        for code in 0..<hashes.count {
            var slot = Int(hashes[code]) & mask
            while newSlots[slot] != 0 { slot = (slot + 1) & mask }
            newSlots[slot] = Int32(code) + 1
        }
        slots = newSlots
    }

    /// FNV-1a, then a final mix so that short keys differing in the last byte spread.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes {
            h ^= UInt64(b)
            h &*= 0x100_0000_01b3
        }
        h ^= h >> 33
        h &*= 0xff51_afd7_ed55_8ccd
        h ^= h >> 33
        return UInt32(truncatingIfNeeded: h)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
