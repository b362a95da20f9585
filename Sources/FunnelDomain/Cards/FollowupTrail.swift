import FunnelStore

/// Each card's follow-ups as two flat arrays laid out card after card, in date order:
/// the date and a byte of flags (visit kind, test drive, intro, negotiation in the low
/// four bits; the grade the follow-up set, plus one, in the high four, 0 for none).
///
/// The follow-ups table is in file order, so walking a card's follow-ups through
/// `CardLinks` jumps around memory for every row. Copying the few bytes the derived
/// fields need into card order once per dataset turns every later "as of T" pass into
/// a sequential scan. The copy itself is one random read per follow-up (a gather of
/// date and flags packed in one word), which is most of its cost.
struct FollowupTrail: Sendable {
    static let visit: UInt8 = 1
    static let testDrive: UInt8 = 2
    static let intro: UInt8 = 4
    static let negotiation: UInt8 = 8
    /// The high four bits hold the grade set, plus one (0: the follow-up sets none).
    static let gradeShift: UInt8 = 4

    /// The grade code a follow-up's flags say it set, if any.
    static func grade(_ flags: UInt8) -> UInt8? {
        let stored = flags >> gradeShift
        return stored == 0 ? nil : stored - 1
    }

    /// `offsets[c] ..< offsets[c + 1]` index card `c`'s follow-ups in `dates`/`flags`.
    let offsets: [Int32]
    let dates: [Int32]
    let flags: [UInt8]

    init(dataset: Dataset) {
        let cardCount = dataset.customers.rowCount
        let followups = dataset.followups
        let rowCount = followups.rowCount

        // Date and flags of each row, packed so the gather below reads one word per row.
        let dateColumn = followups.column("date")?.daysOrMax ?? []
        var packed = [UInt64](repeating: UInt64(UInt32(bitPattern: Int32.max)), count: rowCount)
        if dateColumn.count == rowCount {
            for row in 0..<rowCount { packed[row] = UInt64(UInt32(bitPattern: dateColumn[row])) }
        }
        if case .enumeration(let kinds, let vocabulary)? = followups.column("kind")?.values,
           vocabulary == FollowupKind.vocabulary, kinds.count == rowCount {
            let visitBit = UInt64(FollowupTrail.visit) << 32
            for row in 0..<rowCount where kinds[row] == FollowupKind.visit.rawValue { packed[row] |= visitBit }
        }
        if case .enumeration(let grades, let vocabulary)? = followups.column("grade")?.values,
           vocabulary == Grade.vocabulary, grades.count == rowCount {
            for row in 0..<rowCount where Int(grades[row]) < vocabulary.tokens.count {
                packed[row] |= UInt64((grades[row] + 1) << FollowupTrail.gradeShift) << 32
            }
        }
        for (name, flag) in [("test_drive", FollowupTrail.testDrive), ("intro", FollowupTrail.intro),
                             ("negotiation", FollowupTrail.negotiation)] {
            guard case .bool(let bits)? = followups.column(name)?.values, bits.count == rowCount else { continue }
            let bit = UInt64(flag) << 32
            bits.forEachRow { packed[$0] |= bit }
        }

        let (offsets, rows) = FollowupTrail.cardOrder(dataset.links, cardCount: cardCount, rowCount: rowCount)
        var dates = [Int32](repeating: 0, count: rows.count)
        var flags = [UInt8](repeating: 0, count: rows.count)
        for k in 0..<rows.count {
            let word = packed[Int(rows[k])]
            dates[k] = Int32(bitPattern: UInt32(truncatingIfNeeded: word))
            flags[k] = UInt8(truncatingIfNeeded: word >> 32)
        }
        for card in 0..<cardCount {
            FollowupTrail.sortIfNeeded(&dates, &flags, Int(offsets[card])..<Int(offsets[card + 1]))
        }
        self.offsets = offsets
        self.dates = dates
        self.flags = flags
    }

    /// The links' per-card follow-up lists when they are well formed (they are, from
    /// the assembler), otherwise the same lists rebuilt from `followupCard`; either way
    /// every offset and row is in range, so the loops above cannot trap.
    private static func cardOrder(_ links: CardLinks, cardCount: Int, rowCount: Int) -> ([Int32], [Int32]) {
        let offsets = links.followupOffsets, rows = links.followupRows
        var wellFormed = offsets.count == cardCount + 1 && offsets.first == 0 && Int(offsets[cardCount]) == rows.count
        if wellFormed {
            for card in 0..<cardCount where offsets[card + 1] < offsets[card] {
                wellFormed = false
                break
            }
        }
        if wellFormed {
            for row in rows where row < 0 || Int(row) >= rowCount {
                wellFormed = false
                break
            }
        }
        if wellFormed { return (offsets, rows) }

        let cards = links.followupCard.count == rowCount ? links.followupCard : Array(repeating: -1, count: rowCount)
        var rebuilt = [Int32](repeating: 0, count: cardCount + 1)
        for card in cards where card >= 0 && Int(card) < cardCount { rebuilt[Int(card) + 1] += 1 }
        for i in stride(from: 1, through: cardCount, by: 1) { rebuilt[i] += rebuilt[i - 1] }
        var next = rebuilt
        var order = [Int32](repeating: 0, count: Int(rebuilt[cardCount]))
        for row in 0..<rowCount {
            let card = Int(cards[row])
            guard card >= 0 && card < cardCount else { continue }
            order[Int(next[card])] = Int32(row)
            next[card] += 1
        }
        return (rebuilt, order)
    }

    /// The links promise date order; a hand-built dataset may not keep it, and the
    /// kernels stop at the first date after T, so restore it rather than trust it.
    private static func sortIfNeeded(_ dates: inout [Int32], _ flags: inout [UInt8], _ range: Range<Int>) {
        guard range.count > 1 else { return }
        var sorted = true
        for i in (range.lowerBound + 1)..<range.upperBound where dates[i] < dates[i - 1] {
            sorted = false
            break
        }
        guard !sorted else { return }
        let pairs = range.map { (dates[$0], flags[$0]) }.sorted { $0.0 < $1.0 }
        for (offset, pair) in pairs.enumerated() {
            dates[range.lowerBound + offset] = pair.0
            flags[range.lowerBound + offset] = pair.1
        }
    }
}
