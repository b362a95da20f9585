import FunnelDomain

/// Number text without Foundation or a locale. For people (table and markdown cells,
/// notes, explanations, plans): fixed decimals with thousands separators, `70.0%`,
/// `2.71`, `50,000`. For programs (csv and json): `significant` gives a rate its six
/// significant digits, and nothing there is ever grouped. Table cells go through
/// `CellText`, which picks between the two.
public enum NumberText {
    /// `1234567` as `1,234,567`, `-1234` as `-1,234`; below 1,000 as it is.
    public static func grouped(_ value: Int64) -> String {
        grouping(String(value))
    }

    public static func grouped(_ value: Int) -> String { grouped(Int64(value)) }

    /// Commas between the thousands of the whole part of a plain decimal text:
    /// `-12345.678` → `-12,345.678`. Text that is not such a number (`n/a`, `1e+20`,
    /// `inf`) is left as it is, so a separator never lands inside something else.
    public static func grouping(_ text: String) -> String {
        var bytes = Array(text.utf8)
        let sign = bytes.first == UInt8(ascii: "-") ? 1 : 0
        let point = bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
        let whole = bytes[sign..<point]
        guard whole.count > 3, whole.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }),
              bytes[point...].dropFirst().allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        else { return text }
        var position = point - 3
        while position > sign {
            bytes.insert(UInt8(ascii: ","), at: position)
            position -= 3
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `value` to `digits` significant digits (1...17), as the shortest text that reads
    /// back as that rounded number, for csv and json: `0.7307692307692307` → `0.730769`,
    /// `0.5` → `0.5`, `1` → `1`. A rate never needs more: six digits tell 0.0001%
    /// apart, and the doubles' tails are noise a reader should not have to trim.
    public static func significant(_ value: Double, digits: Int = 6) -> String {
        guard value.isFinite, value != 0 else { return value.isFinite ? "0" : String(value) }
        let digits = min(max(digits, 1), 17)
        // The power of ten that puts the first digit in the units place, found by
        // stepping: a rate is within a few powers of ten of 1.
        var exponent = 0
        var magnitude = abs(value)
        while magnitude >= 10 { magnitude /= 10; exponent += 1 }
        while magnitude < 1 { magnitude *= 10; exponent -= 1 }
        let shift = digits - 1 - exponent
        var scale = 1.0
        for _ in 0..<abs(shift) { scale *= 10 }
        guard scale.isFinite, scale > 0 else { return shortest(value) }
        // Multiplying and dividing by an exact power of ten gives the double nearest the
        // rounded decimal, whose shortest text is that decimal.
        let rounded = shift >= 0 ? (value * scale).rounded(.toNearestOrAwayFromZero) / scale
                                 : (value / scale).rounded(.toNearestOrAwayFromZero) * scale
        return shortest(rounded)
    }

    /// The shortest text that reads back as the same double; whole numbers without
    /// `.0` (`3`, not `3.0`), as csv and json write them.
    public static func shortest(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// `value` rounded half away from zero to `places` decimals (0...6), trailing
    /// zeros kept, thousands grouped: `decimal(2.5, places: 1)` is `2.5`,
    /// `decimal(70, places: 1)` is `70.0`, `decimal(12345, places: 0)` is `12,345`.
    public static func decimal(_ value: Double, places: Int) -> String {
        grouping(ungroupedDecimal(value, places: places))
    }

    /// `decimal` without separators.
    static func ungroupedDecimal(_ value: Double, places: Int) -> String {
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

    /// A number as a formula shows it: whole numbers plain (`160`, `50,000`), others to
    /// at most two decimals with trailing zeros dropped (`2.71`, `0.5`).
    public static func term(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 9e15 { return grouped(Int64(value)) }
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
