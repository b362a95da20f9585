/// xoshiro256** (Blackman and Vigna 2018), the generator behind every random choice.
///
/// We deliberately avoid `SystemRandomNumberGenerator` and the standard library's
/// `random(in:using:)`: the first is not seedable and the second's algorithm is an
/// implementation detail that may change between Swift releases. Every helper here
/// is plain integer arithmetic (no floating point, no libm), so a seed yields the
/// same dataset byte for byte on any machine.
struct Xoshiro256StarStar: Sendable {
    private var s0: UInt64
    private var s1: UInt64
    private var s2: UInt64
    private var s3: UInt64

    /// A generator for one `stream` of a dataset seeded with `seed`. Streams are
    /// independent: card 7's choices do not shift when card 6 draws more numbers,
    /// which keeps the demo's calibration stable while the simulation is tuned.
    init(seed: UInt64, stream: UInt64 = 0) {
        var expander = SplitMix64(seed: seed ^ SplitMix64.mix(stream &+ 0x5EED_F0CC_2010_1031))
        s0 = expander.next()
        s1 = expander.next()
        s2 = expander.next()
        s3 = expander.next()
        if s0 | s1 | s2 | s3 == 0 { s0 = 1 }  // the all-zero state is the one fixed point
    }

    mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// A uniform integer in `0..<bound` (Lemire's multiply-and-reject); 0 when `bound <= 0`.
    mutating func below(_ bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        let b = UInt64(bound)
        var product = next().multipliedFullWidth(by: b)
        if product.low < b {
            let threshold = (0 &- b) % b
            while product.low < threshold { product = next().multipliedFullWidth(by: b) }
        }
        return Int(product.high)
    }

    /// A uniform integer in the closed range; the lower bound when the range is empty.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with probability `permille / 1000`.
    mutating func chance(permille: Int) -> Bool { below(1000) < permille }

    /// An index drawn with the given non-negative integer weights; 0 if they sum to 0.
    mutating func pick(_ weights: [Int]) -> Int {
        var total = 0
        for w in weights { total += max(0, w) }
        var r = below(total)
        for (index, w) in weights.enumerated() where w > 0 {
            if r < w { return index }
            r -= w
        }
        return 0
    }
}
