/// Finds an enum field's code straight from the input bytes: the English tokens in any
/// ASCII case and the Chinese words, compared as two machine words without making a
/// `String` per value.
///
/// Anything the fast comparison does not match goes to `EnumVocabulary.code(for:)`,
/// so the accepted spellings are exactly the vocabulary's, Unicode case rules included.
/// A class, so handing the matcher to each value costs one reference, not a copy.
final class EnumMatcher: Sendable {
    let vocabulary: EnumVocabulary

    /// One spelling of up to 16 bytes as two little-endian words, zero-padded; English
    /// tokens stored lowercased.
    private struct Spelling: Sendable {
        let length: Int
        let head: UInt64
        let tail: UInt64
        let code: UInt8
        let caseless: Bool
    }

    private let spellings: [Spelling]

    init(_ vocabulary: EnumVocabulary) {
        self.vocabulary = vocabulary
        var spellings: [Spelling] = []
        for (code, token) in vocabulary.tokens.enumerated() {
            for (word, isToken) in [(token.lowercased(), true)] + vocabulary.chinese[code].map({ ($0, false) }) {
                var bytes = Array(word.utf8)
                // Longer spellings are left to the slow path.
                guard bytes.count <= 16 else { continue }
                let length = bytes.count
                bytes += repeatElement(0, count: 16 - length)
                let (head, tail) = bytes.withUnsafeBytes {
                    ($0.loadUnaligned(fromByteOffset: 0, as: UInt64.self), $0.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
                }
                spellings.append(Spelling(length: length, head: head, tail: tail, code: UInt8(code), caseless: isToken))
            }
        }
        self.spellings = spellings
    }

    func code(for value: UnsafeBufferPointer<UInt8>) -> UInt8? {
        if value.count <= 16, let base = value.baseAddress {
            var words: (UInt64, UInt64) = (0, 0)
            withUnsafeMutableBytes(of: &words) { $0.baseAddress?.copyMemory(from: base, byteCount: value.count) }
            let (head, tail) = words
            let lowerHead = Self.asciiLowercased(head), lowerTail = Self.asciiLowercased(tail)
            for spelling in spellings where spelling.length == value.count {
                if spelling.caseless {
                    if lowerHead == spelling.head && lowerTail == spelling.tail { return spelling.code }
                } else if head == spelling.head && tail == spelling.tail {
                    return spelling.code
                }
            }
        }
        return vocabulary.code(for: String(decoding: value, as: UTF8.self))
    }

    /// `A`-`Z` to `a`-`z` in each byte of a word; other bytes (UTF-8 included) unchanged.
    @inline(__always)
    private static func asciiLowercased(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let heptets = word & (0x7F &* ones)
        let atLeastA = heptets &+ ((0x80 - 0x41) &* ones)
        let aboveZ = heptets &+ ((0x80 - 0x5B) &* ones)
        let upper = atLeastA & ~aboveZ & ~word & (0x80 &* ones)
        return word | (upper >> 2)
    }
}
