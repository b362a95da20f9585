/// The value of a KPI for one period, filter and group: the numerator, the
/// denominator (`nil` for a count) and their quotient.
///
/// A denominator of 0 makes the value undefined (`value == nil`): a rate over no
/// cards is not 0% and must not look like it. The denominator is a `Double` only
/// because a prorated target (`plan_achievement`) can be fractional; every other
/// denominator is a whole count (see `denominatorCount`).
public struct KPIValue: Hashable, Sendable, CustomStringConvertible {
    /// The count, or the rate's numerator.
    public let numerator: Int
    /// The rate's or average's denominator; `nil` for a count.
    public let denominator: Double?
    /// The count itself, or numerator ÷ denominator; `nil` when the denominator is 0.
    public let value: Double?

    /// A count.
    public static func count(_ count: Int) -> KPIValue {
        KPIValue(numerator: count, denominator: nil, value: Double(count))
    }

    /// A rate or average; undefined when `denominator` is 0 (or not a number).
    public static func ratio(_ numerator: Int, over denominator: Double) -> KPIValue {
        let defined = denominator != 0 && denominator.isFinite
        return KPIValue(numerator: numerator, denominator: denominator,
                        value: defined ? Double(numerator) / denominator : nil)
    }

    /// A rate or average with a whole-number denominator.
    public static func ratio(_ numerator: Int, over denominator: Int) -> KPIValue {
        ratio(numerator, over: Double(denominator))
    }

    /// An undefined rate whose denominator could not be found at all (no target).
    public static func undefined(numerator: Int) -> KPIValue {
        KPIValue(numerator: numerator, denominator: nil, value: nil)
    }

    public var isDefined: Bool { value != nil }

    /// The denominator when it is a whole number (every KPI but a prorated target).
    public var denominatorCount: Int? {
        guard let denominator, denominator.rounded() == denominator, abs(denominator) < 9e15 else { return nil }
        return Int(denominator)
    }

    /// `210 / 300 = 0.7`, for test failures and debugging (results are worded by the output layer).
    public var description: String {
        guard let denominator else { return value == nil ? "\(numerator) / —" : "\(numerator)" }
        let shown = denominatorCount.map(String.init) ?? String(denominator)
        return "\(numerator) / \(shown) = " + (value.map { String($0) } ?? "undefined")
    }
}
