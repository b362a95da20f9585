/// What counts as a valid contact phone for a complete card (domain.md §3, seed 000):
/// a mobile or a landline, checked byte by byte.
///
/// - Mobile: exactly 11 digits, the first `1` (`13812345678`).
/// - Landline: a local number of 7 or 8 digits not starting with `0`, optionally
///   preceded by an area code (`0` then 2 or 3 digits) and optionally a dash between
///   them: `87654321`, `010-87654321`, `0755-8765432`, `01087654321`. That is 7 to 12
///   digits in all, as domain.md says.
///
/// Spaces and tabs around the number are ignored; anything else (inner spaces,
/// brackets, `+86`, extensions, letters, full-width digits) makes it invalid. This is
/// stricter than "7 to 12 digits" on purpose: a 9- or 10-digit number without an area
/// code is almost always a mobile with digits missing, which is what the rule is for.
public enum PhoneRule {
    public static func isValid(_ text: String) -> Bool {
        var copy = text
        return copy.withUTF8 { isValid($0) }
    }

    public static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var lo = 0, hi = bytes.count
        while lo < hi, bytes[lo] == 0x20 || bytes[lo] == 0x09 { lo += 1 }
        while hi > lo, bytes[hi - 1] == 0x20 || bytes[hi - 1] == 0x09 { hi -= 1 }
        let n = hi - lo
        guard n >= 7 else { return false }
        @inline(__always) func isDigit(_ i: Int) -> Bool { bytes[i] >= 0x30 && bytes[i] <= 0x39 }

        // Where the dash is, if any; more than one, or any other non-digit, fails.
        var dash = -1
        for i in lo..<hi where !isDigit(i) {
            guard bytes[i] == UInt8(ascii: "-"), dash < 0 else { return false }
            dash = i
        }
        if dash >= 0 {
            let area = dash - lo, local = hi - dash - 1
            return (3...4).contains(area) && bytes[lo] == UInt8(ascii: "0")
                && (7...8).contains(local) && bytes[dash + 1] != UInt8(ascii: "0")
        }
        if n == 11 && bytes[lo] == UInt8(ascii: "1") { return true }
        if bytes[lo] != UInt8(ascii: "0") { return (7...8).contains(n) }
        // An area code run into the local number: try a 3- and a 4-digit code.
        for area in 3...4 {
            let local = n - area
            if (7...8).contains(local) && bytes[lo + area] != UInt8(ascii: "0") { return true }
        }
        return false
    }
}
