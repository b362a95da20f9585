/// UTF-8 checks on raw input bytes, shared by the scanner and the message texts.
enum UTF8Text {
    /// Whether the bytes start with the UTF-8 byte-order mark (EF BB BF), which some
    /// Windows tools (Excel's "CSV UTF-8", Notepad) write and the loader skips.
    static func hasByteOrderMark(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
    }

    /// The index just past the well-formed multi-byte sequence whose lead byte is at `i`,
    /// or `nil` when it is not well-formed UTF-8 (overlong forms, surrogates, values past
    /// U+10FFFF and truncated sequences are all rejected, per RFC 3629).
    @inline(__always)
    static func sequenceEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let n = bytes.count
        let lead = bytes[i]
        @inline(__always) func continuation(_ j: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            j < n && bytes[j] >= low && bytes[j] <= high
        }
        switch lead {
        case 0xC2...0xDF:
            return continuation(i + 1) ? i + 2 : nil
        case 0xE0:
            return continuation(i + 1, 0xA0) && continuation(i + 2) ? i + 3 : nil
        case 0xE1...0xEC, 0xEE...0xEF:
            return continuation(i + 1) && continuation(i + 2) ? i + 3 : nil
        case 0xED:
            return continuation(i + 1, 0x80, 0x9F) && continuation(i + 2) ? i + 3 : nil
        case 0xF0:
            return continuation(i + 1, 0x90) && continuation(i + 2) && continuation(i + 3) ? i + 4 : nil
        case 0xF1...0xF3:
            return continuation(i + 1) && continuation(i + 2) && continuation(i + 3) ? i + 4 : nil
        case 0xF4:
            return continuation(i + 1, 0x80, 0x8F) && continuation(i + 2) && continuation(i + 3) ? i + 4 : nil
        default:
            return nil
        }
    }

    /// The character starting at `i` and the index after it, when the bytes there are well-formed.
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Unicode.Scalar, Int)? {
        guard i >= 0, i < bytes.count else { return nil }
        let lead = bytes[i]
        if lead < 0x80 { return (Unicode.Scalar(lead), i + 1) }
        guard let end = sequenceEnd(bytes, at: i) else { return nil }
        var value = UInt32(lead) & (end - i == 2 ? 0x1F : end - i == 3 ? 0x0F : 0x07)
        for j in (i + 1)..<end { value = value << 6 | UInt32(bytes[j] & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, end)
    }
}
