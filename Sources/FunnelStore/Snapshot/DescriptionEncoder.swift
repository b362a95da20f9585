/// Writes the description section: little-endian numbers, and text as a UInt32 byte
/// count followed by its UTF-8 bytes.
struct DescriptionEncoder {
    private(set) var bytes: [UInt8] = []

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func uint32(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func int64(_ value: Int64) {
        let bits = UInt64(bitPattern: value)
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt64(shift))) }
    }

    mutating func int(_ value: Int) { int64(Int64(value)) }

    /// A count of what follows (strings, columns), as a UInt32.
    mutating func count(_ value: Int) { uint32(UInt32(clamping: value)) }

    mutating func text(_ value: String) {
        let utf8 = Array(value.utf8)
        count(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func flag(_ value: Bool) { byte(value ? 1 : 0) }

    mutating func optionalText(_ value: String?) {
        flag(value != nil)
        if let value { text(value) }
    }

    mutating func optionalInt(_ value: Int?) {
        flag(value != nil)
        if let value { int(value) }
    }
}
