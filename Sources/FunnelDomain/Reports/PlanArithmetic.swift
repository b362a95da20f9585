/// Whole-number arithmetic for plans: `⌈a × b ÷ c⌉` without floating point, so 5 × 5
/// is 25 and never 25.000000001 rounded up to 26; `nil` on a zero divisor or overflow.
enum PlanArithmetic {
    static func ceilDiv(_ a: Int, times b: Int, over c: Int) -> Int? {
        guard c > 0, a >= 0, b >= 0 else { return nil }
        let (product, overflow) = a.multipliedReportingOverflow(by: b)
        guard !overflow else { return nil }
        return product / c + (product % c == 0 ? 0 : 1)
    }
}
