import FunnelDomain
import Testing
@testable import FunnelOutput

/// Numbers as people read them (grouped by thousands) and as programs read them
/// (never grouped; a rate to six significant digits).
@Suite struct NumberTextTests {
    @Test(arguments: [(0, "0"), (999, "999"), (1_000, "1,000"), (50_000, "50,000"), (1_234_567, "1,234,567"),
                      (-1_234, "-1,234"), (-999, "-999"), (Int(Int64.min), "-9,223,372,036,854,775,808")])
    func grouped(value: Int, text: String) {
        #expect(NumberText.grouped(value) == text)
    }

    /// Only the digits of a plain decimal's whole part are grouped; anything else is
    /// left as it is, so a separator never lands inside another kind of text.
    @Test(arguments: [("12345.678", "12,345.678"), ("-12345.5", "-12,345.5"), ("1234", "1,234"), ("123.4567", "123.4567"),
                      ("n/a", "n/a"), ("1e+20", "1e+20"), ("inf", "inf"), ("", ""), ("-", "-"), ("12a45", "12a45"),
                      ("1234.5x", "1234.5x")])
    func grouping(text: String, grouped: String) {
        #expect(NumberText.grouping(text) == grouped)
    }

    @Test(arguments: [(0.7307692307692307, "0.730769"), (0.1, "0.1"), (1.0, "1"), (0.0, "0"), (0.625, "0.625"),
                      (2.0 / 3.0, "0.666667"), (1.0 / 3.0, "0.333333"), (0.038461538461538464, "0.0384615"),
                      (1.25, "1.25"), (12.345678, "12.3457"), (0.000123456789, "0.000123457"), (-0.7307692307692307, "-0.730769"),
                      (123456789.0, "123457000"), (0.9999996, "1"), (0.99999949, "0.999999")])
    func significant(value: Double, text: String) {
        #expect(NumberText.significant(value) == text)
    }

    @Test func significantLeavesWhatIsNotANumberAlone() {
        #expect(NumberText.significant(.infinity) == "inf")
        #expect(NumberText.significant(.nan) == "nan")
    }

    /// What reads back is the rounded number: no binary tail.
    @Test func significantReadsBackAsTheRoundedNumber() {
        for numerator in 0...60 {
            for denominator in [7, 13, 26, 39, 49, 300] {
                let rate = Double(numerator) / Double(denominator)
                let text = NumberText.significant(rate)
                let back = Double(text) ?? .nan
                #expect(abs(back - rate) <= abs(rate) * 5e-6, "\(rate) \(text)")
                #expect(text.filter(\.isNumber).drop { $0 == "0" }.count <= 6, "\(rate) \(text)")
            }
        }
    }

    /// The numbers notes and explanations quote are grouped as table cells are.
    @Test func prose() {
        #expect(NumberText.decimal(12_345.678, places: 1) == "12,345.7")
        #expect(NumberText.decimal(70, places: 1) == "70.0")
        #expect(NumberText.term(50_000) == "50,000")
        #expect(NumberText.term(2.714) == "2.71")
        #expect(NumberText.percent(12.5) == "1,250.0%")
        #expect(NumberText.value(50_000, kind: .count) == "50,000")
    }
}
