import FunnelStore

/// The days on which each card first reached the steps the KPI sets test against T:
/// its first and second distinct showroom-visit days and its first test drive. They do
/// not depend on T, so they are found once per dataset, and a period's `visited`,
/// `returned` and `testDriven` sets are then one comparison per card
/// (`firstVisit <= T` is `visits >= 1` as of T, `secondVisit <= T` is `visits >= 2`),
/// instead of a walk over every follow-up for each period.
///
/// Visit days are those of domain.md §3 `visits`: the capture day of a walk-in card and
/// the days of follow-ups of kind `visit`, counted once each. `Int32.max` means never.
/// Like `CardFacts`, a card counts only once it exists (captured by T): consumers
/// intersect with `existing(asOf:)`.
public struct CardMilestones: Sendable {
    public let count: Int
    public let created: [Int32]
    public let firstVisit: [Int32]
    public let secondVisit: [Int32]
    public let firstTestDrive: [Int32]
    /// The day a card left the stock: the earlier of its delivery and loss.
    public let exit: [Int32]

    init(cards: CardColumns, trail: FollowupTrail) {
        let n = cards.count
        var first = [Int32](repeating: .max, count: n)
        var second = first, drive = first
        let walkin = Channel.walkin.rawValue
        let offsets = trail.offsets, dates = trail.dates, flags = trail.flags
        for c in 0..<n {
            var v1 = Int32.max, v2 = Int32.max, d1 = Int32.max
            @inline(__always) func visit(_ day: Int32) {
                if day == v1 || day == v2 { return }
                if day < v1 {
                    v2 = v1
                    v1 = day
                } else if day < v2 {
                    v2 = day
                }
            }
            if cards.channel[c] == walkin { visit(cards.created[c]) }
            var j = Int(offsets[c])
            let end = Int(offsets[c + 1])
            while j < end {
                let f = flags[j]
                if f & FollowupTrail.visit != 0 { visit(dates[j]) }
                if f & FollowupTrail.testDrive != 0 && dates[j] < d1 { d1 = dates[j] }
                j += 1
            }
            first[c] = v1
            second[c] = v2
            drive[c] = d1
        }
        count = n
        created = cards.created
        firstVisit = first
        secondVisit = second
        firstTestDrive = drive
        exit = zip(cards.delivered, cards.lost).map { min($0, $1) }
    }

    /// The sets nearly every KPI of a period needs, in one pass over three day columns
    /// (two cores for large tables): opening (captured before P, still in stock the day
    /// before P), new (captured in P up to T), existing (captured by T), and visited by T.
    public func coreSets(_ window: AsOfPeriod) -> (opening: Bitmap, new: Bitmap, existing: Bitmap, visited: Bitmap) {
        let n = count
        // New cards are those of P (up to its last day); visits are read at T, which in
        // a cohort is after P's end.
        let start = window.start.rawValue, t = window.asOf.rawValue
        let dayBefore = start &- 1
        let span = UInt32(bitPattern: window.lastDay.rawValue &- start)
        let wordCount = (n + 63) >> 6
        var opening = [UInt64](repeating: 0, count: wordCount)
        var new = opening, existing = opening, visited = opening
        created.withUnsafeBufferPointer { created in
        exit.withUnsafeBufferPointer { exit in
        firstVisit.withUnsafeBufferPointer { first in
        opening.withUnsafeMutableBufferPointer { opening in
        new.withUnsafeMutableBufferPointer { new in
        existing.withUnsafeMutableBufferPointer { existing in
        visited.withUnsafeMutableBufferPointer { visited in
            let rows = min(n, created.count, exit.count, first.count)
            RowHalves.run(count: rows) { range in
                var base = range.lowerBound
                while base < range.upperBound {
                    let end = min(base + 64, range.upperBound)
                    var o: UInt64 = 0, w: UInt64 = 0, e: UInt64 = 0, v: UInt64 = 0
                    for c in base..<end {
                        let shift = UInt64(c & 63)
                        let made = created[c]
                        o |= UInt64(made < start && exit[c] > dayBefore ? 1 : 0) << shift
                        w |= UInt64(UInt32(bitPattern: made &- start) <= span ? 1 : 0) << shift
                        e |= UInt64(made <= t ? 1 : 0) << shift
                        v |= UInt64(first[c] <= t ? 1 : 0) << shift
                    }
                    let word = base >> 6
                    opening[word] = o
                    new[word] = w
                    existing[word] = e
                    visited[word] = v & e
                    base = end
                }
            }
        }
        }
        }
        }
        }
        }
        }
        return (Bitmap(words: opening, count: n), Bitmap(words: new, count: n), Bitmap(words: existing, count: n),
                Bitmap(words: visited, count: n))
    }

    /// The cards' sets at T, in one pass over the four day columns (on two cores for
    /// large tables): captured by T, and of those, visited, returned and test-driven by T.
    public func sets(asOf day: Day) -> (existing: Bitmap, visited: Bitmap, returned: Bitmap, testDriven: Bitmap) {
        let n = count, t = day.rawValue
        let wordCount = (n + 63) >> 6
        var existing = [UInt64](repeating: 0, count: wordCount)
        var visited = existing, returned = existing, driven = existing
        created.withUnsafeBufferPointer { created in
        firstVisit.withUnsafeBufferPointer { first in
        secondVisit.withUnsafeBufferPointer { second in
        firstTestDrive.withUnsafeBufferPointer { drive in
        existing.withUnsafeMutableBufferPointer { existing in
        visited.withUnsafeMutableBufferPointer { visited in
        returned.withUnsafeMutableBufferPointer { returned in
        driven.withUnsafeMutableBufferPointer { driven in
            let rows = min(n, created.count, first.count, second.count, drive.count)
            RowHalves.run(count: rows) { range in
                var base = range.lowerBound
                while base < range.upperBound {
                    let end = min(base + 64, range.upperBound)
                    var e: UInt64 = 0, v: UInt64 = 0, r: UInt64 = 0, d: UInt64 = 0
                    for c in base..<end {
                        let shift = UInt64(c & 63)
                        e |= UInt64(created[c] <= t ? 1 : 0) << shift
                        v |= UInt64(first[c] <= t ? 1 : 0) << shift
                        r |= UInt64(second[c] <= t ? 1 : 0) << shift
                        d |= UInt64(drive[c] <= t ? 1 : 0) << shift
                    }
                    let word = base >> 6
                    existing[word] = e
                    visited[word] = v & e
                    returned[word] = r & e
                    driven[word] = d & e
                    base = end
                }
            }
        }
        }
        }
        }
        }
        }
        }
        }
        return (Bitmap(words: existing, count: n), Bitmap(words: visited, count: n),
                Bitmap(words: returned, count: n), Bitmap(words: driven, count: n))
    }
}
