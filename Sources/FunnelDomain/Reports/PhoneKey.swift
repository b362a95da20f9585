/// A phone number reduced to what identifies it, for finding duplicate cards: its
/// digits, ignoring spaces, dashes, brackets, dots and a leading country code
/// (`+86`, `0086`, or `86` before an 11-digit mobile), packed with their count in one
/// integer so `010-87654321` and `01087654321` match and `0108765432` does not.
///
/// Fewer than 7 digits, more than 18, or any other character: no key, since such a
/// text identifies no one (the `complete` rule flags it).
enum PhoneKey {
    static func key(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var digits: [UInt8] = []
        digits.reserveCapacity(bytes.count)
        var plus = false
        for b in bytes {
            switch b {
            case 0x30...0x39: digits.append(b - 0x30)
            case 0x20, 0x09, 0x2D, 0x28, 0x29, 0x2E: continue
            case 0x2B where digits.isEmpty && !plus: plus = true
            default: return nil
            }
        }
        var body = digits[...]
        if body.starts(with: [0, 0, 8, 6]) {
            body = body.dropFirst(4)
        } else if plus && body.starts(with: [8, 6]) {
            body = body.dropFirst(2)
        } else if body.count == 13 && body.starts(with: [8, 6, 1]) {
            body = body.dropFirst(2)
        }
        guard (7...18).contains(body.count) else { return nil }
        var value: UInt64 = 0
        for d in body { value = value * 10 + UInt64(d) }
        return UInt64(body.count) << 60 | value
    }

    static func key(_ text: String) -> UInt64? {
        var copy = text
        return copy.withUTF8 { key($0) }
    }
}
