import FunnelStore

/// A complete card (档案完备 / 有效卡, domain.md §3 after seed 000): a non-blank name,
/// a valid phone (`PhoneRule`) and a non-blank model. A card missing any of the three
/// is not a valid card. It does not depend on the as-of day.
public enum CardCompleteness {
    /// Whether the text has anything but spaces (ASCII whitespace and the full-width
    /// space U+3000, which Chinese input methods produce).
    public static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                i += 1
            } else if b == 0xE3, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                i += 3
            } else {
                return false
            }
        }
        return true
    }

    public static func isBlank(_ text: String?) -> Bool {
        guard var copy = text else { return true }
        return copy.withUTF8 { isBlank($0) }
    }

    /// The rule for one card's values (`nil` = not given).
    public static func isComplete(name: String?, phone: String?, model: String?) -> Bool {
        guard let phone else { return false }
        return !isBlank(name) && !isBlank(model) && PhoneRule.isValid(phone)
    }

    /// The rule over a whole customers table: each distinct value is checked once,
    /// then rows look their codes up. A missing or non-string column makes no card complete.
    public static func bitmap(customers: Table) -> Bitmap {
        let count = customers.rowCount
        guard let names = validCodes(customers.column("name"), count: count, { !isBlank($0) }),
              let phones = validCodes(customers.column("phone"), count: count, { PhoneRule.isValid($0) }),
              let models = validCodes(customers.column("model"), count: count, { !isBlank($0) })
        else { return Bitmap(count: count) }
        var words = [UInt64](repeating: 0, count: (count + 63) >> 6)
        for row in 0..<count where names.valid(row) && phones.valid(row) && models.valid(row) {
            words[row >> 6] |= 1 << UInt64(row & 63)
        }
        return Bitmap(words: words, count: count)
    }

    /// Per-code verdicts of a string column, and its codes.
    private struct CodeVerdicts {
        let codes: [Int32]
        let ok: [Bool]
        func valid(_ row: Int) -> Bool {
            guard row < codes.count else { return false }
            let code = Int(codes[row])
            return code >= 0 && code < ok.count && ok[code]
        }
    }

    private static func validCodes(_ column: Column?, count: Int,
                                   _ test: (UnsafeBufferPointer<UInt8>) -> Bool) -> CodeVerdicts? {
        guard let column, case .string(let codes, let dictionary) = column.values, codes.count == count else {
            return nil
        }
        let ok = (0..<Int32(dictionary.count)).map { code in dictionary.withBytes(of: code) { test($0) } }
        return CodeVerdicts(codes: codes, ok: ok)
    }
}
