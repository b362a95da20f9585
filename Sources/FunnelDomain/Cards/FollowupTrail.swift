import FunnelStore

/// Each card's follow-ups as two flat arrays laid out card after card, in date order:
/// the date and a byte of flags (visit kind, test drive, intro, negotiation).
///
/// The follow-ups table is in file order, so walking a card's follow-ups through
/// `CardLinks` jumps around memory for every row. Copying the few bytes the derived
/// fields need into card order once per dataset turns every later "as of T" pass into
/// a sequential scan.
struct FollowupTrail: Sendable {
    static let visit: UInt8 = 1
    static let testDrive: UInt8 = 2
    static let intro: UInt8 = 4
    static let negotiation: UInt8 = 8

    /// `offsets[c] ..< offsets[c + 1]` index card `c`'s follow-ups in `dates`/`flags`.
    let offsets: [Int32]
    let dates: [Int32]
    let flags: [UInt8]

    init(dataset: Dataset) {
        let cardCount = dataset.customers.rowCount
        let followups = dataset.followups
        let rowCount = followups.rowCount
        let links = dataset.links
        let dates = followups.column("date")?.daysOrMax ?? []
        let rowDates = dates.count == rowCount ? dates : Array(repeating: .max, count: rowCount)

        var rowFlags = [UInt8](repeating: 0, count: rowCount)
        if case .enumeration(let kinds, let vocabulary)? = followups.column("kind")?.values,
           vocabulary == FollowupKind.vocabulary, kinds.count == rowCount {
            for row in 0..<rowCount where kinds[row] == FollowupKind.visit.rawValue {
                rowFlags[row] |= FollowupTrail.visit
            }
        }
        for (name, flag) in [("test_drive", FollowupTrail.testDrive), ("intro", FollowupTrail.intro),
                             ("negotiation", FollowupTrail.negotiation)] {
            guard case .bool(let bits)? = followups.column(name)?.values, bits.count == rowCount else { continue }
            bits.forEachRow { rowFlags[$0] |= flag }
        }

        var offsets = [Int32](repeating: 0, count: cardCount + 1)
        var trailDates: [Int32] = []
        var trailFlags: [UInt8] = []
        trailDates.reserveCapacity(links.followupRows.count)
        trailFlags.reserveCapacity(links.followupRows.count)
        for card in 0..<cardCount {
            let first = trailDates.count
            for row in links.followups(ofCard: card) where row >= 0 && Int(row) < rowCount {
                trailDates.append(rowDates[Int(row)])
                trailFlags.append(rowFlags[Int(row)])
            }
            FollowupTrail.sortIfNeeded(&trailDates, &trailFlags, from: first)
            offsets[card + 1] = Int32(trailDates.count)
        }
        self.offsets = offsets
        self.dates = trailDates
        self.flags = trailFlags
    }

    /// The links promise date order; a hand-built dataset may not keep it, and the
    /// kernels stop at the first date after T, so restore it rather than trust it.
    private static func sortIfNeeded(_ dates: inout [Int32], _ flags: inout [UInt8], from first: Int) {
        let end = dates.count
        guard end - first > 1 else { return }
        var sorted = true
        for i in (first + 1)..<end where dates[i] < dates[i - 1] {
            sorted = false
            break
        }
        guard !sorted else { return }
        let pairs = (first..<end).map { (dates[$0], flags[$0]) }.sorted { $0.0 < $1.0 }
        for (offset, pair) in pairs.enumerated() {
            dates[first + offset] = pair.0
            flags[first + offset] = pair.1
        }
    }
}
