import FunnelStore

/// Appends JSON tokens to a byte array without Foundation: strings with RFC 8259
/// escaping, integers, dates and date-times.
enum JSONBytes {
    /// `"text"`, escaping quotes, backslashes and control characters; other UTF-8
    /// passes through unchanged.
    static func string(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\""))
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\\"))
            case 0x0A: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
            case 0x08: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "b"))
            case 0x0C: out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "f"))
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"),
                                        hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The escaped, quoted bytes of `text`, for values written many times.
    static func quoted(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        string(text, into: &out)
        return out
    }

    /// A decimal integer.
    static func int(_ value: Int, into out: inout [UInt8]) {
        if value < 0 {
            out.append(UInt8(ascii: "-"))
            // -Int.min does not fit an Int; its digits come from the magnitude instead.
            digits(value.magnitude, into: &out)
        } else {
            digits(UInt(value), into: &out)
        }
    }

    /// `value` as at least `width` digits (`C000042`, years).
    static func zeroPadded(_ value: Int, width: Int, into out: inout [UInt8]) {
        let magnitude = value.magnitude
        var count = 1
        var limit: UInt = 10
        while magnitude >= limit && count < 19 { limit *= 10; count += 1 }
        if magnitude >= limit { count += 1 }
        if value < 0 { out.append(UInt8(ascii: "-")) }
        if count < width { for _ in count..<width { out.append(UInt8(ascii: "0")) } }
        digits(magnitude, into: &out)
    }

    private static func digits(_ value: UInt, into out: inout [UInt8]) {
        var divisor: UInt = 1
        while divisor <= value / 10 { divisor *= 10 }
        while divisor > 0 {
            out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / divisor % 10))
            divisor /= 10
        }
    }

    /// `YYYY-MM-DD` without quotes.
    static func dayDigits(_ day: Day, into out: inout [UInt8]) {
        let (y, m, d) = day.civil
        zeroPadded(y, width: 4, into: &out)
        out.append(UInt8(ascii: "-"))
        twoDigits(m, into: &out)
        out.append(UInt8(ascii: "-"))
        twoDigits(d, into: &out)
    }

    /// `"YYYY-MM-DD"`.
    static func day(_ day: Day, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        dayDigits(day, into: &out)
        out.append(UInt8(ascii: "\""))
    }

    /// `"YYYY-MM-DDTHH:MM"` when `hasTime`, else `"YYYY-MM-DD"`.
    static func time(_ day: Day, minute: Int16, hasTime: Bool, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        dayDigits(day, into: &out)
        if hasTime {
            let clamped = max(0, min(1439, Int(minute)))
            out.append(UInt8(ascii: "T"))
            twoDigits(clamped / 60, into: &out)
            out.append(UInt8(ascii: ":"))
            twoDigits(clamped % 60, into: &out)
        }
        out.append(UInt8(ascii: "\""))
    }

    @inline(__always)
    static func twoDigits(_ value: Int, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value / 10 % 10))
        out.append(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
    }

    @inline(__always)
    static func literal(_ text: StaticString, into out: inout [UInt8]) {
        text.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    static func bool(_ value: Bool, into out: inout [UInt8]) {
        value ? literal("true", into: &out) : literal("false", into: &out)
    }
}
