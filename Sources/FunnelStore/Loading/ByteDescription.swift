/// How messages show input: the token found where something else was expected, and
/// values quoted the way they would be written in JSON.
enum ByteDescription {
    /// The longest value text a message repeats; longer values are cut with "…".
    static let quoteLimit = 40

    /// What is at `offset`, for "expected X, found Y": `'x'`, `'yes'` for a bare word,
    /// `'中' (U+4E2D)`, `a NUL byte`, `byte 0xFF (not UTF-8)`, `the end of the file`.
    static func found(in bytes: UnsafeBufferPointer<UInt8>, at offset: Int, lines: Bool = false) -> String {
        guard offset >= 0, offset < bytes.count else { return "the end of the file" }
        let b = bytes[offset]
        switch b {
        case 0x0A where lines:
            return "the end of the line"
        case 0x00:
            return "a NUL byte"
        case 0x01..<0x20, 0x7F:
            return "the control character U+\(hex(UInt32(b), width: 4))"
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            // A bare word (yes, NaN, undefined, True): show all of it.
            var end = offset
            while end < bytes.count, end - offset < quoteLimit, isWordByte(bytes[end]) { end += 1 }
            return "'" + String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self) + "'"
        case 0x20..<0x7F:
            return "'" + String(Character(Unicode.Scalar(b))) + "'"
        default:
            guard let (scalar, _) = UTF8Text.scalar(bytes, at: offset) else {
                return "byte 0x\(hex(UInt32(b), width: 2)) (not UTF-8)"
            }
            return "'\(Character(scalar))' (U+\(hex(scalar.value, width: 4)))"
        }
    }

    /// A string value as JSON would write it, cut at `quoteLimit` characters.
    static func quoted(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        quoted(String(decoding: bytes, as: UTF8.self))
    }

    static func quoted(_ text: String) -> String {
        var result = "\""
        var characters = 0
        for scalar in text.unicodeScalars {
            if characters == quoteLimit {
                result += "…"
                break
            }
            characters += 1
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20 || scalar.value == 0x7F:
                result += "\\u" + hex(scalar.value, width: 4)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    /// A number's text as written, cut like a string.
    static func number(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes.prefix(quoteLimit), as: UTF8.self)
        return bytes.count > quoteLimit ? text + "…" : text
    }

    static func hex(_ value: UInt32, width: Int) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func isWordByte(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x5F
    }
}
