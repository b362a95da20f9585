import Testing
@testable import FunnelStore

/// The scanner reads JSON as RFC 8259 defines it, byte by byte.
@Suite struct JSONScannerTests {
    /// The string value of a one-string JSON text, or the error message.
    static func string(_ bytes: [UInt8]) -> String {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            do throws(JSONSyntaxError) {
                _ = try scanner.nextValue()
                let value = try scanner.readString()
                return String(decoding: value, as: UTF8.self)
            } catch {
                return "error at \(error.offset): \(error.message)"
            }
        }
    }

    static func string(_ text: String) -> String { string(Array(text.utf8)) }

    @Test(arguments: [
        (#""plain""#, "plain"),
        (#""客户 \"VIP\"""#, "客户 \"VIP\""),
        (#""tab\tnew\nline\r \/ \\ \b\f""#, "tab\tnew\nline\r / \\ \u{8}\u{C}"),
        (#""\u676d\u5DDE""#, "杭州"),
        (#""\uD83D\uDE97 car""#, "🚗 car"),
        (#""\u0000""#, "\u{0}"),
        (#""a long string with an escape at the very end of it, past the first eight bytes\"""#,
         "a long string with an escape at the very end of it, past the first eight bytes\""),
        (#""1234567""#, "1234567"), (#""12345678""#, "12345678"), (#""""#, ""),
    ])
    func decodesStrings(json: String, value: String) {
        #expect(Self.string(json) == value)
    }

    @Test(arguments: [
        ([0x22, 0xC0, 0x80, 0x22], "error at 1: invalid UTF-8 in a string (byte 0xC0)"),   // overlong NUL
        ([0x22, 0xED, 0xA0, 0x80, 0x22], "error at 1: invalid UTF-8 in a string (byte 0xED)"), // encoded surrogate
        ([0x22, 0xF5, 0x80, 0x80, 0x80, 0x22], "error at 1: invalid UTF-8 in a string (byte 0xF5)"), // past U+10FFFF
        ([0x22, 0xE6, 0x9D, 0x22], "error at 1: invalid UTF-8 in a string (byte 0xE6)"),   // cut short
        ([0x22, 0x80, 0x22], "error at 1: invalid UTF-8 in a string (byte 0x80)"),          // lone continuation
        ([0x22, 0x61, 0x01, 0x22], "error at 2: a string cannot hold the control character U+0001; write it as \\u0001"),
    ] as [([UInt8], String)])
    func rejectsWhatJSONForbidsInStrings(bytes: [UInt8], message: String) {
        #expect(Self.string(bytes).hasPrefix(message))
    }

    static func number(_ text: String) -> String {
        Array(text.utf8).withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            do throws(JSONSyntaxError) {
                let number = try scanner.readNumber()
                return "\(number.integer.map(String.init) ?? "nil") \(number.isIntegerSyntax) end \(number.end)"
            } catch {
                return "error: \(error.message)"
            }
        }
    }

    @Test(arguments: [
        ("0", "0 true end 1"), ("-0", "0 true end 2"), ("42,", "42 true end 2"),
        ("9223372036854775807", "9223372036854775807 true end 19"),
        ("-9223372036854775808", "-9223372036854775808 true end 20"),
        ("9223372036854775808", "nil true end 19"), ("-9223372036854775809", "nil true end 20"),
        ("184467440737095516160", "nil true end 21"),
        ("1.5", "nil false end 3"), ("-2e10", "nil false end 5"), ("3E+2]", "nil false end 4"),
        ("01", "error: a JSON number cannot have leading zeros: 01 (write it as a string if it is a code or a phone number)"),
        ("-x", "error: expected a digit after '-', found 'x'"), ("1.e5", "error: expected a digit after the decimal point, found 'e5'"),
        ("1e", "error: expected a digit in the exponent, found the end of the file"),
    ])
    func readsNumbers(text: String, result: String) {
        #expect(Self.number(text) == result)
    }

    @Test func skipsAnyValueAndChecksIt() {
        let text = #"  {"a": [1, -2.5e3, true, false, null, {"b": {}}, [], [[]], "x\u00e9"], "c": "🚗"} "#
        Array(text.utf8).withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            #expect(throws: Never.self) { try scanner.skipValue() }
            #expect(throws: Never.self) { try scanner.expectEnd(after: "the value") }
        }
    }

    @Test func nestingBeyondTheLimitIsAnErrorNotACrash() {
        for depth in [512, 513, 100_000] {
            let text = String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
            let outcome: String = Array(text.utf8).withUnsafeBufferPointer { buffer in
                var scanner = JSONScanner(buffer)
                do throws(JSONSyntaxError) {
                    try scanner.skipValue()
                    return "ok"
                } catch {
                    return "error at \(error.offset)"
                }
            }
            #expect(outcome == (depth <= JSONScanner.maxDepth ? "ok" : "error at 512"))
        }
    }

    @Test func aByteOrderMarkIsSkippedAndTakesNoColumn() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{x".utf8)
        #expect(Load.failure(bytes) == "data.json:1:2: expected a string key or '}' in an object, found 'x' (keys must be in double quotes)")
        #expect(Load.failure([0xEF, 0xBB, 0xBF] + Array("\n{\"id\": \"C1\", \"created\": \"2010-10-01\"}".utf8),
                             file: "customers.jsonl") == "loaded")
    }

    @Test func columnsCountCharactersNotBytes() {
        #expect(Load.failure(#"{"客户档案": [{"卡号": "C1", "留档日期": "2010-10-01", "意向级别": "Q"}]}"#)
            == "data.json:1:54: customers record 1, field 'grade': unknown value \"Q\": expected one of O (O级), H (H级), A (A级), B (B级), C (C级), N (N级)")
    }
}
