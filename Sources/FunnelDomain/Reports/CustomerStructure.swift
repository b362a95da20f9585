import FunnelStore

/// The cards being followed at T broken down by grade, channel, model, source, card
/// age or any other card field (客户结构分析, domain.md §6): each value's count and share.
///
/// Rows come in the field's own order for a choice or yes/no field such as grade and
/// channel (every value listed, 0 included, then cards without one), in band order for
/// card age, and by count, largest first (ties by name), for open lists such as model,
/// source and consultant.
public struct CustomerStructure: Sendable {
    public let asOf: Day
    /// The field broken down by; `nil` for the card-age band.
    public let field: String?
    /// Cards following at T within the filter.
    public let following: Bitmap
    public let rows: [ShareRow]
    /// Whether every value is a row, 0 included (a choice, yes/no, the age bands), so
    /// two tables line up; an open list has a row only for the values it has.
    public let listsEveryValue: Bool

    public var total: Int { following.cardinality }

    /// The dimension broken down by, when it is one of the report's own.
    public var dimension: StructureDimension? {
        guard let field else { return .ageBand }
        return StructureDimension(field: field)
    }

    /// The structure by a dimension, its field's values looked up in the dataset.
    public init(evaluator: KPIEvaluator, asOf: Day, dimension: StructureDimension, cards: Bitmap? = nil) {
        self.init(evaluator: evaluator, asOf: asOf, dimension: dimension,
                  values: dimension.field.flatMap { evaluator.dataset.customers.column($0) }, cards: cards)
    }

    /// The structure by a dimension whose field's values are `values` (`nil` for the
    /// age band, or a field the data lacks).
    public init(evaluator: KPIEvaluator, asOf: Day, dimension: StructureDimension, values: Column?,
                cards: Bitmap? = nil) {
        self.init(evaluator: evaluator, asOf: asOf, field: dimension.field, values: values, cards: cards)
    }

    /// The structure by a card field (`nil`: the card-age band) whose values as of T are
    /// `values` (`nil` for a field the data lacks: every card is without a value).
    public init(evaluator: KPIEvaluator, asOf: Day, field: String?, values: Column?, cards: Bitmap? = nil) {
        self.asOf = asOf
        self.field = field
        let facts = evaluator.fields.facts(asOf: asOf)
        let n = facts.count
        let following = cards.map { facts.following & Bitmap.resized($0, to: n) } ?? facts.following
        self.following = following
        let total = following.cardinality

        guard let field else {
            listsEveryValue = true
            let empty = [UInt64](repeating: 0, count: (n + 63) >> 6)
            var words = [[UInt64]](repeating: empty, count: CardAgeBand.all.count)
            following.forEachRow { c in
                words[CardAgeBand.index(of: facts.cardAge[c])][c >> 6] |= 1 << UInt64(c & 63)
            }
            rows = zip(CardAgeBand.all, words).map { band, bits in
                let cards = Bitmap(words: bits, count: n)
                return ShareRow(key: .value(band.description), chineseLabel: band.chineseLabel, cards: cards,
                                count: cards.cardinality, share: .ratio(cards.cardinality, over: total))
            }
            return
        }
        guard let column = values else {
            // No such field in the data: every card is without a value.
            listsEveryValue = false
            rows = [ShareRow(key: .missing, chineseLabel: "未填写", cards: following, count: total,
                             share: .ratio(total, over: total))]
            return
        }
        let key = GroupKey(column, name: field)
        let ids = key.ids.first ?? []
        var groupOfRow = [Int32](repeating: -1, count: ids.count)
        following.forEachRow { row in if row < ids.count { groupOfRow[row] = ids[row] } }
        let bitmaps = Grouping.bitmaps(of: groupOfRow, groups: key.cardinality)
        let counts = bitmaps.map(\.cardinality)
        var vocabulary: EnumVocabulary?
        var ordered = false
        switch column.values {
        case .enumeration(_, let v):
            vocabulary = v
            ordered = true
        case .bool:
            ordered = true
        default:
            break
        }
        listsEveryValue = ordered
        let labels = (0..<key.valueCount).map { key.values.text(at: $0) ?? "" }
        // Vocabulary fields list every value, even at 0; open lists only those present.
        var order = Array(1..<(key.valueCount + 1))
        if !ordered {
            order = order.filter { counts[$0] > 0 }
            order.sort { a, b in
                counts[a] != counts[b] ? counts[a] > counts[b] : labels[a - 1] < labels[b - 1]
            }
        }
        var rows = order.map { id in
            let label = labels[id - 1]
            return ShareRow(key: .value(label), chineseLabel: vocabulary?.chineseWord(UInt8(id - 1)) ?? label,
                            cards: bitmaps[id], count: counts[id], share: .ratio(counts[id], over: total))
        }
        if counts[0] > 0 {
            rows.append(ShareRow(key: .missing, chineseLabel: "未填写", cards: bitmaps[0], count: counts[0],
                                 share: .ratio(counts[0], over: total)))
        }
        self.rows = rows
    }
}
