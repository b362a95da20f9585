/// Mobile numbers that look random but never collide by accident.
///
/// The card index goes through a four-round Feistel permutation of the eight
/// subscriber digits, so two cards (of up to 100 million) share a phone only when
/// the generator makes one a deliberate duplicate (same phone and model: 重复客户).
/// The round keys come from the seed.
struct PhoneBook: Sendable {
    /// Mobile prefixes of the three carriers.
    private static let prefixes = [
        "138", "139", "137", "136", "135", "150", "151", "152", "158", "159", "182", "187", "188",
        "130", "131", "132", "155", "156", "186", "133", "153", "180", "189",
    ]
    private let keys: [UInt64]
    private let prefixKey: UInt64

    init(seed: UInt64) {
        var expander = SplitMix64(seed: seed ^ 0x0_9404_E800)
        keys = (0..<4).map { _ in expander.next() }
        prefixKey = expander.next()
    }

    /// The mobile number of card `index`; distinct for distinct indices below 100 million
    /// (the eight permuted digits alone are distinct, whatever the prefix).
    func mobile(_ index: Int) -> String {
        let prefixes = PhoneBook.prefixes
        var left = (index / 10_000) % 10_000
        var right = index % 10_000
        for key in keys {
            let mixed = Int(SplitMix64.mix(UInt64(right) ^ key) % 10_000)
            (left, right) = (right, (left + mixed) % 10_000)
        }
        let prefix = prefixes[Int(SplitMix64.mix(UInt64(index) ^ prefixKey) % UInt64(prefixes.count))]
        return prefix + PhoneBook.digits(left * 10_000 + right, width: 8)
    }

    /// A Shanghai or Suzhou landline: a valid phone that is not a mobile.
    func landline(_ rng: inout Xoshiro256StarStar) -> String {
        let area = rng.chance(permille: 700) ? "021-" : "0512-"
        return area + String(rng.int(5...6)) + PhoneBook.digits(rng.below(10_000_000), width: 7)
    }

    /// A phone a data-quality check must reject: too short, too long, or with a letter.
    /// Each is distinct, so invalid phones never make accidental duplicates.
    func invalid(_ index: Int, _ rng: inout Xoshiro256StarStar) -> String {
        let mobile = self.mobile(index)
        switch rng.below(3) {
        case 0: return String(mobile.prefix(6))
        case 1: return mobile + String(rng.int(10...99))  // 13 digits: no landline either
        default: return String(mobile.dropLast()) + "O"  // the letter O for a zero
        }
    }

    static func digits(_ value: Int, width: Int) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }
}
