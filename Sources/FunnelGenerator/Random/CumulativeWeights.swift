/// Integer weights prepared for drawing among many items (days of a year, hundreds
/// of consultants) with a binary search instead of a linear scan.
struct CumulativeWeights: Sendable {
    /// `bounds[i]` is the sum of the weights of items `0...i`.
    private let bounds: [Int]

    init(_ weights: [Int]) {
        var running = 0
        bounds = weights.map { running += max(0, $0); return running }
    }

    var total: Int { bounds.last ?? 0 }
    var count: Int { bounds.count }

    /// An item index drawn in proportion to its weight; 0 when all weights are 0.
    func draw(_ rng: inout Xoshiro256StarStar) -> Int {
        guard total > 0 else { return 0 }
        let r = rng.below(total)
        var lo = 0
        var hi = bounds.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if bounds[mid] > r { hi = mid } else { lo = mid + 1 }
        }
        return lo
    }
}
