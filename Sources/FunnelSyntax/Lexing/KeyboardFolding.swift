/// What a Chinese keyboard types, read as the ASCII it means. A Chinese input method
/// in full-width mode types `Ｈ`, `２０１０－１０`, `＞＝`, `（`, `，`; the ideographic
/// space U+3000 between words; `、` between the items of a list. The lexer reads the
/// text folded (every full-width form U+FF01–U+FF5E as its ASCII character, U+3000 as a
/// space, `、` as a comma), so `ｗｈｅｒｅ` is the keyword and `２０１０－１０` a month,
/// while every place it reports is a byte offset of the text as typed, so a caret
/// stands under the character the user typed.
///
/// The quotes a Chinese keyboard types (“ ” ‘ ’ 「 」 『 』) are not folded: each opens
/// a string that its own closing quote ends (`QuotePair`).
public struct KeyboardFolding: Sendable {
    /// The text as the lexer reads it.
    let bytes: [UInt8]
    /// Where each byte of `bytes` starts in the text as typed, and one more: the
    /// typed text's length. A folded character's one byte spans its three.
    let offsets: [Int]

    init(_ typed: [UInt8]) {
        var bytes: [UInt8] = []
        var offsets: [Int] = []
        bytes.reserveCapacity(typed.count)
        offsets.reserveCapacity(typed.count + 1)
        var i = 0
        while i < typed.count {
            offsets.append(i)
            if let ascii = KeyboardFolding.folded(typed, at: i) {
                bytes.append(ascii)
                i += 3
            } else {
                bytes.append(typed[i])
                i += 1
            }
        }
        offsets.append(typed.count)
        self.bytes = bytes
        self.offsets = offsets
    }

    /// The ASCII byte the three-byte character at `i` folds to, if it is one that does.
    static func folded(_ typed: [UInt8], at i: Int) -> UInt8? {
        guard i + 2 < typed.count else { return nil }
        let (a, b, c) = (typed[i], typed[i + 1], typed[i + 2])
        switch (a, b) {
        case (0xEF, 0xBC) where (0x81...0xBF).contains(c):  // U+FF01 ！ ... U+FF3F ＿
            return 0x21 + (c - 0x81)
        case (0xEF, 0xBD) where (0x80...0x9E).contains(c):  // U+FF40 ｀ ... U+FF5E ～
            return 0x60 + (c - 0x80)
        case (0xE3, 0x80) where c == 0x80:  // U+3000 ideographic space
            return UInt8(ascii: " ")
        case (0xE3, 0x80) where c == 0x81:  // U+3001 、 ideographic comma
            return UInt8(ascii: ",")
        default:
            return nil
        }
    }

    /// `text` as the lexer reads it (for a word typed in full-width letters: what it
    /// names).
    public static func fold(_ text: String) -> String {
        String(decoding: KeyboardFolding(Array(text.utf8)).bytes, as: UTF8.self)
    }
}

/// A pair of the quotes a Chinese keyboard types: “…”, ‘…’, 「…」, 『…』.
public struct QuotePair: Sendable {
    public let open: Character
    public let close: Character

    public static let all: [QuotePair] = [
        QuotePair(open: "\u{201C}", close: "\u{201D}"),  // “ ”
        QuotePair(open: "\u{2018}", close: "\u{2019}"),  // ‘ ’
        QuotePair(open: "\u{300C}", close: "\u{300D}"),  // 「 」
        QuotePair(open: "\u{300E}", close: "\u{300F}"),  // 『 』
    ]

    /// The quote that ends a string `open` starts: its pair's, or itself (`"`, `'`).
    public static func closing(for open: Character) -> Character {
        all.first { $0.open == open }?.close ?? open
    }

    /// Whether `bytes` at `i` hold one of these quotes, opening or closing.
    static func quote(in bytes: [UInt8], at i: Int) -> (pair: QuotePair, opens: Bool)? {
        guard i < bytes.count, bytes[i] == 0xE2 || bytes[i] == 0xE3 else { return nil }
        for pair in all {
            if matches(pair.open, bytes, at: i) { return (pair, true) }
            if matches(pair.close, bytes, at: i) { return (pair, false) }
        }
        return nil
    }

    static func matches(_ character: Character, _ bytes: [UInt8], at i: Int) -> Bool {
        let utf8 = Array(character.utf8)
        return i + utf8.count <= bytes.count && bytes[i..<(i + utf8.count)].elementsEqual(utf8)
    }
}
