import FunnelStore

/// The traffic table read once into the forms KPIs need: each entry's day
/// (`Int32.max` when missing, so it is in no period), its result as two bitmaps, and
/// its card.
struct TrafficColumns: Sendable {
    let count: Int
    let time: [Int32]
    let captured: Bitmap
    let followup: Bitmap
    /// Card row of each entry, -1 for none.
    let card: [Int32]

    init(dataset: Dataset) {
        let traffic = dataset.traffic
        let n = traffic.rowCount
        count = n
        let days = traffic.column("time")?.daysOrMax ?? []
        time = days.count == n ? days : Array(repeating: .max, count: n)
        var captured = [UInt64](repeating: 0, count: (n + 63) >> 6), followup = captured
        if case .enumeration(let codes, let vocabulary)? = traffic.column("result")?.values,
           vocabulary == TrafficResult.vocabulary, codes.count == n {
            let capturedCode = TrafficResult.captured.rawValue, followupCode = TrafficResult.followup.rawValue
            for row in 0..<n {
                let bit: UInt64 = 1 << UInt64(row & 63)
                if codes[row] == capturedCode { captured[row >> 6] |= bit }
                if codes[row] == followupCode { followup[row >> 6] |= bit }
            }
        }
        self.captured = Bitmap(words: captured, count: n)
        self.followup = Bitmap(words: followup, count: n)
        let links = dataset.links.trafficCard
        card = links.count == n ? links : Array(repeating: -1, count: n)
    }

    /// Entries dated in the window: `start <= time <= min(end, T)`.
    func inPeriod(_ window: AsOfPeriod) -> Bitmap {
        let start = window.start.rawValue, t = window.lastDay.rawValue
        var words = [UInt64](repeating: 0, count: (count + 63) >> 6)
        // `start <= d <= t` as one unsigned comparison of d - start; two cores for large tables.
        let span = UInt32(bitPattern: t &- start)
        words.withUnsafeMutableBufferPointer { out in
            time.withUnsafeBufferPointer { days in
                RowHalves.run(count: days.count) { rows in
                    var row = rows.lowerBound
                    while row < rows.upperBound {
                        let end = min(row + 64, rows.upperBound)
                        var word: UInt64 = 0
                        for i in row..<end {
                            word |= UInt64(UInt32(bitPattern: days[i] &- start) <= span ? 1 : 0) << UInt64(i & 63)
                        }
                        out[row >> 6] = word
                        row = end
                    }
                }
            }
        }
        return Bitmap(words: words, count: count)
    }
}
