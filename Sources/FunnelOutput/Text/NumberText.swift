import FunnelDomain

/// Fixed-decimal text for the numbers notes, explanations and plans quote, without
/// Foundation: `70.0%`, `2.71`, `25`. Table cells have `CellText`; these are for the
/// sentences the output layer writes (formulas, notes, plan arithmetic).
public enum NumberText {
    /// `value` rounded half away from zero to `places` decimals (0...6), trailing
    /// zeros kept: `decimal(2.5, places: 1)` is `2.5`, `decimal(70, places: 1)` is `70.0`.
    public static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
        let places = min(max(places, 0), 6)
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * scale).rounded(.toNearestOrAwayFromZero)
        guard scaled < 9e15 else { return String(value) }
        let whole = UInt64(scaled)
        let unit = UInt64(scale)
        let sign = value < 0 && whole != 0 ? "-" : ""
        guard places > 0 else { return sign + String(whole) }
        let fraction = String(whole % unit)
        return sign + String(whole / unit) + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }

    /// A number as a formula shows it: whole numbers plain (`160`), others to at most
    /// two decimals with trailing zeros dropped (`2.71`, `0.5`).
    public static func term(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 9e15 { return String(Int(value)) }
        var text = decimal(value, places: 2)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    /// A rate as a percentage with one decimal: `0.7` → `70.0%`.
    public static func percent(_ rate: Double) -> String { decimal(rate * 100, places: 1) + "%" }

    /// A value of a KPI of this kind: percent for a rate, two decimals for an average,
    /// the whole number for a count.
    public static func value(_ value: Double, kind: KPIKind) -> String {
        switch kind {
        case .rate: percent(value)
        case .average: decimal(value, places: 2)
        case .count: term(value)
        }
    }
}
