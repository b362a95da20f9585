import Foundation
@testable import FunnelGenerator
import FunnelStore
import Testing

/// The hand-written JSON encoding agrees with a real JSON parser.
@Suite struct JSONBytesTests {
    private func encoded(_ text: String) -> String {
        var out: [UInt8] = []
        JSONBytes.string(text, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    @Test(arguments: ["", "王伟", "say \"hi\"", "back\\slash", "line\nbreak\r\ttab", "\u{0}\u{1}\u{1F}\u{7F}",
                      "emoji 🚗 and \u{2028}", "/slash/"])
    func stringsRoundTrip(text: String) throws {
        let json = "[" + encoded(text) + "]"
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]
        #expect(parsed == [text])
    }

    @Test func escapesAreTheShortForms() {
        #expect(encoded("a\"b\\c\nd") == #""a\"b\\c\nd""#)
        #expect(encoded("\u{1}") == #""\u0001""#)
    }

    @Test(arguments: [0, 7, 10, 99, 100, 12_345, -1, -908, Int.max, Int.min])
    func integers(value: Int) {
        var out: [UInt8] = []
        JSONBytes.int(value, into: &out)
        #expect(String(decoding: out, as: UTF8.self) == String(value))
    }

    @Test func paddingDatesAndTimes() throws {
        var out: [UInt8] = []
        JSONBytes.zeroPadded(42, width: 6, into: &out)
        out.append(UInt8(ascii: " "))
        JSONBytes.zeroPadded(1_234_567, width: 6, into: &out)
        out.append(UInt8(ascii: " "))
        let day = try #require(Day(year: 2010, month: 10, day: 5))
        JSONBytes.time(day, minute: 14 * 60 + 30, hasTime: true, into: &out)
        JSONBytes.time(day, minute: 14 * 60 + 30, hasTime: false, into: &out)
        JSONBytes.day(try #require(Day(year: 905, month: 1, day: 9)), into: &out)
        #expect(String(decoding: out, as: UTF8.self) == #"000042 1234567 "2010-10-05T14:30""2010-10-05""0905-01-09""#)
    }
}
