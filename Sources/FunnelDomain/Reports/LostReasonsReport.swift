import FunnelStore

/// Cards lost in a period by reason (战败原因分析, domain.md §6): the five reasons of
/// seed 002 §2.6 in its order, then cards lost with no reason given, each with its
/// count and share. Every reason is listed, with 0 where nothing was lost for it,
/// so two periods' tables line up.
public struct LostReasonsReport: Sendable {
    public let window: AsOfPeriod
    /// Cards lost in P within the filter.
    public let lost: Bitmap
    public let rows: [ShareRow]

    public var total: Int { lost.cardinality }

    public init(basis: KPIBasis, cards: Bitmap? = nil) {
        window = basis.window
        let n = basis.cardCount
        let lost = cards.map { basis.prospects.losses & Bitmap.resized($0, to: n) } ?? basis.prospects.losses
        self.lost = lost
        let vocabulary = LostReason.vocabulary
        let stored = basis.evaluator.fields.cards.lostReason
        let codes = stored.count == n ? stored : [UInt8](repeating: EnumVocabulary.nullCode, count: n)
        let total = lost.cardinality
        var words = [[UInt64]](repeating: [UInt64](repeating: 0, count: (n + 63) >> 6),
                               count: vocabulary.tokens.count + 1)
        lost.forEachRow { c in
            let code = Int(codes[c])
            let slot = code < vocabulary.tokens.count ? code : vocabulary.tokens.count
            words[slot][c >> 6] |= 1 << UInt64(c & 63)
        }
        rows = words.enumerated().map { slot, bits in
            let cards = Bitmap(words: bits, count: n)
            let count = cards.cardinality
            let isReason = slot < vocabulary.tokens.count
            let key: KPIGroupKey = isReason ? .value(vocabulary.tokens[slot]) : .missing
            let chinese = isReason ? vocabulary.chineseWord(UInt8(slot)) ?? key.description : "未填写"
            return ShareRow(key: key, chineseLabel: chinese,
                            cards: cards, count: count, share: .ratio(count, over: total))
        }
    }
}
