extension Bitmap {
    /// The rows of a day column whose day is on or before `t`, built 64 rows to a word
    /// (on two cores for large columns). Null days are stored as 0 here and so count as
    /// early days: callers that care intersect with the column's `present` mask.
    public static func rows(of days: [Int32], atOrBefore t: Int32) -> Bitmap {
        let n = days.count
        var words = [UInt64](repeating: 0, count: (n + 63) >> 6)
        words.withUnsafeMutableBufferPointer { out in
            days.withUnsafeBufferPointer { days in
                RowHalves.run(count: n) { rows in
                    var row = rows.lowerBound
                    while row < rows.upperBound {
                        let end = min(row + 64, rows.upperBound)
                        var word: UInt64 = 0
                        for i in row..<end { word |= UInt64(days[i] <= t ? 1 : 0) << UInt64(i & 63) }
                        out[row >> 6] = word
                        row = end
                    }
                }
            }
        }
        return Bitmap(words: words, count: n)
    }
}
