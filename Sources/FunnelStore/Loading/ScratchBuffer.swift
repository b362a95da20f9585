/// A growable byte buffer that outlives each use, for decoding strings with escapes.
///
/// It is a class so the scanner can hand out a pointer into it that stays valid until
/// the next string is decoded, with no copy and no allocation per string.
final class ScratchBuffer {
    // Only the one scanner that owns the buffer touches it, so the run-time exclusivity
    // checks of class properties would only cost time on every decoded byte.
    @exclusivity(unchecked) private(set) var pointer: UnsafeMutablePointer<UInt8>
    @exclusivity(unchecked) private(set) var capacity: Int
    @exclusivity(unchecked) var count = 0

    init(capacity: Int = 256) {
        self.capacity = max(16, capacity)
        pointer = .allocate(capacity: self.capacity)
    }

    deinit { pointer.deallocate() }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(to: count + 1) }
        pointer[count] = byte
        count += 1
    }

    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress, !bytes.isEmpty else { return }
        if count + bytes.count > capacity { grow(to: count + bytes.count) }
        (pointer + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    /// Appends a Unicode scalar value as UTF-8; the caller guarantees it is a valid scalar.
    func appendScalar(_ value: UInt32) {
        switch value {
        case 0..<0x80:
            append(UInt8(value))
        case 0x80..<0x800:
            append(UInt8(0xC0 | (value >> 6)))
            append(UInt8(0x80 | (value & 0x3F)))
        case 0x800..<0x10000:
            append(UInt8(0xE0 | (value >> 12)))
            append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            append(UInt8(0x80 | (value & 0x3F)))
        default:
            append(UInt8(0xF0 | ((value >> 18) & 0x07)))
            append(UInt8(0x80 | ((value >> 12) & 0x3F)))
            append(UInt8(0x80 | ((value >> 6) & 0x3F)))
            append(UInt8(0x80 | (value & 0x3F)))
        }
    }

    var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: pointer, count: count) }

    private func grow(to needed: Int) {
        var newCapacity = capacity
        while newCapacity < needed { newCapacity = newCapacity <= Int.max / 2 ? newCapacity * 2 : needed }
        let newPointer = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newPointer.initialize(from: pointer, count: count)
        pointer.deallocate()
        pointer = newPointer
        capacity = newCapacity
    }
}
