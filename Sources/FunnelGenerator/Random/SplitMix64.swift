/// SplitMix64 (Steele, Lea and Flood 2014): a tiny, well-mixed 64-bit generator.
///
/// Used only to expand one user seed into the state of `Xoshiro256StarStar` and to
/// derive independent per-card streams. All arithmetic is wrapping integer
/// arithmetic, so the sequence is identical on every platform and compiler.
struct SplitMix64: Sendable {
    private(set) var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// The SplitMix64 finalizer: a bijective scrambler of 64-bit values.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
