/// An exact decimal: `unscaled` × 10^-`scale`, as Arrow's Decimal128 holds it (Spark's
/// DECIMAL(p,s), which sums and averages of decimals give).
public struct SparkDecimal: Sendable, Hashable, CustomStringConvertible {
    public let unscaled: Int128
    public let scale: Int

    public init(unscaled: Int128, scale: Int) {
        self.unscaled = unscaled
        self.scale = scale
    }

    /// The nearest Double (exact for the small values Funnel's counts and rates give).
    public var doubleValue: Double {
        var value = Double(unscaled)
        if scale > 0 {
            for _ in 0..<scale { value /= 10 }
        } else if scale < 0 {
            for _ in 0..<(-scale) { value *= 10 }
        }
        return value
    }

    /// The decimal written out exactly: `-12.50` for unscaled -1250 at scale 2.
    public var description: String {
        let negative = unscaled < 0
        let magnitude = unscaled.magnitude
        var digits = String(magnitude)
        if scale <= 0 {
            digits += String(repeating: "0", count: -scale)
            return (negative ? "-" : "") + digits
        }
        if digits.count <= scale {
            digits = String(repeating: "0", count: scale - digits.count + 1) + digits
        }
        let point = digits.index(digits.endIndex, offsetBy: -scale)
        return (negative ? "-" : "") + digits[..<point] + "." + digits[point...]
    }
}
