/// Finds an enum field's code straight from the input bytes: the English tokens in any
/// ASCII case and the Chinese words, compared without making a `String` per value.
///
/// Anything the fast comparison does not match goes to `EnumVocabulary.code(for:)`,
/// so the accepted spellings are exactly the vocabulary's, Unicode case rules included.
struct EnumMatcher: Sendable {
    let vocabulary: EnumVocabulary
    /// All spellings back to back; spelling `k` is `bytes[starts[k] ..< starts[k + 1]]`.
    private let bytes: [UInt8]
    private let starts: [Int]
    private let codes: [UInt8]
    /// Whether spelling `k` is an English token, compared ignoring ASCII case.
    private let caseless: [Bool]

    init(_ vocabulary: EnumVocabulary) {
        self.vocabulary = vocabulary
        var bytes: [UInt8] = []
        var starts = [0]
        var codes: [UInt8] = []
        var caseless: [Bool] = []
        for (code, token) in vocabulary.tokens.enumerated() {
            for (word, isToken) in [(token, true)] + vocabulary.chinese[code].map({ ($0, false) }) {
                bytes += Array(word.utf8)
                starts.append(bytes.count)
                codes.append(UInt8(code))
                caseless.append(isToken)
            }
        }
        self.bytes = bytes
        self.starts = starts
        self.codes = codes
        self.caseless = caseless
    }

    func code(for value: UnsafeBufferPointer<UInt8>) -> UInt8? {
        let found: UInt8? = bytes.withUnsafeBufferPointer { spellings in
            for k in codes.indices {
                let start = starts[k], length = starts[k + 1] - start
                guard length == value.count else { continue }
                var equal = true
                if caseless[k] {
                    for i in 0..<length where Self.asciiLower(value[i]) != Self.asciiLower(spellings[start + i]) {
                        equal = false
                        break
                    }
                } else {
                    for i in 0..<length where value[i] != spellings[start + i] {
                        equal = false
                        break
                    }
                }
                if equal { return codes[k] }
            }
            return nil
        }
        if let found { return found }
        return vocabulary.code(for: String(decoding: value, as: UTF8.self))
    }

    @inline(__always)
    private static func asciiLower(_ b: UInt8) -> UInt8 {
        b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
    }
}
