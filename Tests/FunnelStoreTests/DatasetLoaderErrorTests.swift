import Testing
@testable import FunnelStore
#if canImport(Glibc)
import Glibc
#endif

/// One input that must not load, and the exact text the user reads.
struct BadInput: Sendable, CustomTestStringConvertible {
    let name: String
    let file: String
    let bytes: [UInt8]
    let expected: String

    init(_ name: String, file: String = "data.json", _ text: String, _ expected: String) {
        self.init(name, file: file, bytes: Array(text.utf8), expected)
    }

    init(_ name: String, file: String = "data.json", bytes: [UInt8], _ expected: String) {
        self.name = name
        self.file = file
        self.bytes = bytes
        self.expected = expected
    }

    var testDescription: String { name }
}

private let grades = "one of O (O级), H (H级), A (A级), B (B级), C (C级), N (N级)"
private let dateExpectation = "a date YYYY-MM-DD (or YYYY-MM-DDTHH:MM[:SS])"
private let cards = #"{"customers": ["#
private let deep = String(repeating: "[", count: 10_000)

/// Every way a load can fail, each with the full message (docs/data.md, "Errors").
@Suite struct DatasetLoaderErrorTests {
    static let malformedJSON: [BadInput] = [
        BadInput("truncated file", cards + #"{"id": "C1", "created": "2010-10-01"}"#,
                 "data.json:1:53: unexpected end of file: expected ']' to close the array opened at 1:15"),
        BadInput("truncated inside a string", #"{"customers": [{"id": "C1"#,
                 "data.json:1:26: unexpected end of file inside the string that starts at 1:23"),
        BadInput("trailing comma in an array", cards + #"{"id": "C1", "created": "2010-10-01"},]}"#,
                 "data.json:1:54: expected a value after ',', found ']' (JSON allows no comma before ']')"),
        BadInput("trailing comma in an object", cards + #"{"id": "C1", "created": "2010-10-01",}]}"#,
                 "data.json:1:53: expected a string key after ',', found '}' (JSON allows no comma before '}')"),
        BadInput("missing comma", "{\"customers\": [\n  {\"id\": \"C1\"}\n  {\"id\": \"C2\"}\n]}",
                 "data.json:3:3: expected ',' or ']' after a value in an array, found '{'"),
        BadInput("truncated after a key", #"{"a": "#,
                 "data.json:1:7: unexpected end of file: expected a value (the object opened at 1:1 is not closed)"),
        BadInput("missing comma between members", #"{"id": "C1" "name": "x"}"#,
                 "data.json:1:13: expected ',' or '}' after a value in an object, found '\"'"),
        BadInput("lone minus", #"{"a": -}"#, "data.json:1:8: expected a digit after '-', found '}'"),
        BadInput("short unicode escape", #"{"a": "\u12G4"}"#,
                 #"data.json:1:8: invalid escape '\u12G4' in a string: \u must be followed by four hex digits"#),
        BadInput("control character in a string", bytes: Array(#"{"x": "a"#.utf8) + [1] + Array(#""}"#.utf8),
                 #"data.json:1:9: a string cannot hold the control character U+0001; write it as \u0001"#),
        BadInput("unquoted key", #"{customers: []}"#,
                 "data.json:1:2: expected a string key or '}' in an object, found 'customers' (keys must be in double quotes)"),
        BadInput("missing colon", #"{"customers" []}"#, "data.json:1:14: expected ':' after the key \"customers\", found '['"),
        BadInput("bare word", #"{"customers": [{"id": "C1", "created": "2010-10-01", "age": NaN}]}"#,
                 "data.json:1:61: expected a value, found 'NaN'"),
        BadInput("leading zero", #"{"x": 0571}"#,
                 "data.json:1:7: a JSON number cannot have leading zeros: 0571 (write it as a string if it is a code or a phone number)"),
        BadInput("lone surrogate", #"{"x": "\uD83D!"}"#,
                 #"data.json:1:8: lone surrogate '\uD83D' in a string: a high surrogate \uD800-\uDBFF must be followed by a low surrogate \uDC00-\uDFFF"#),
        BadInput("invalid escape", #"{"x": "C:\data"}"#,
                 #"data.json:1:10: invalid escape '\d' in a string: JSON allows only \" \\ \/ \b \f \n \r \t and \uXXXX"#),
        BadInput("line break in a string", "{\"x\": \"two\nlines\"}",
                 #"data.json:1:11: the string that starts at 1:7 is not closed on its line (a line break inside a string must be written \n)"#),
        BadInput("NUL byte in a string", bytes: Array(#"{"x": ""#.utf8) + Array(repeating: 0x61, count: 5000) + [0] + Array(#""}"#.utf8),
                 #"data.json:1:5008: a string cannot hold a NUL byte; write it as \u0000"#),
        BadInput("invalid UTF-8 (GBK text)", bytes: Array(#"{"customers": [{"name": ""#.utf8) + [0xD5, 0xC5, 0xC8, 0xFD] + Array(#""}]}"#.utf8),
                 "data.json:1:26: invalid UTF-8 in a string (byte 0xD5): the file must be UTF-8 text; GBK and other encodings are not supported"),
        BadInput("text after the object", "{\"customers\": []}\n{\"followups\": []}",
                 "data.json:2:1: expected the end of the file after the top-level object, found '{'"),
        BadInput("10,000 levels deep in a known field", cards + #"{"id": "C1", "created": "2010-10-01", "grade": "# + deep,
                 "data.json:1:572: arrays and objects are nested more than 512 levels deep; Funnel reads at most 512"),
        BadInput("10,000 levels deep in an unknown field", cards + #"{"id": "C1", "created": "2010-10-01", "wish": "# + deep,
                 "data.json:1:571: arrays and objects are nested more than 512 levels deep; Funnel reads at most 512"),
        BadInput("10,000 levels deep at the top", #"{"x": "# + deep,
                 "data.json:1:518: arrays and objects are nested more than 512 levels deep; Funnel reads at most 512"),
    ]

    static let notFunnelData: [BadInput] = [
        BadInput("empty file", "", #"data.json: empty file: expected a JSON object such as {"customers": [...]}"#),
        BadInput("blank file", " \n\t\n", #"data.json: empty file: expected a JSON object such as {"customers": [...]}"#),
        BadInput("binary garbage", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48],
                 "data.json: not a text file (a NUL byte at offset 8): expected UTF-8 JSON text"),
        BadInput("gzip file", bytes: [0x1F, 0x8B, 0x08, 0x00, 0x12], "data.json: the file is gzip-compressed: decompress it first (gunzip)"),
        BadInput("zip archive", bytes: [0x50, 0x4B, 0x03, 0x04, 0x14],
                 "data.json: the file is a zip archive (an Excel workbook?), not JSON text: export the data as JSON"),
        BadInput("UTF-16 file", bytes: [0xFF, 0xFE, 0x7B, 0x00, 0x7D, 0x00], "data.json: the file is UTF-16 text: save it as UTF-8"),
        BadInput("a JSON file that is an array", #"[{"id": "C1", "created": "2010-10-01"}]"#,
                 #"data.json:1:1: expected a JSON object at the top of the file, found an array; put the records under their table: {"customers": [...]}"#),
        BadInput("a table that is not an array", #"{"customers": {"id": "C1"}}"#,
                 "data.json:1:15: field 'customers': expected an array of records, found an object"),
        BadInput("a record that is not an object", #"{"customers": ["C1"]}"#,
                 #"data.json:1:16: customers record 1: expected an object (one record), found the string "C1""#),
        BadInput("a JSON Lines line that is an array", file: "customers.jsonl",
                 "{\"id\": \"C1\", \"created\": \"2010-10-01\"}\n[\"C2\", \"2010-10-02\"]\n",
                 "customers.jsonl:2:1: line 2: expected an object (one record per line), found an array"),
        BadInput("a JSON Lines record over two lines", file: "customers.jsonl", "{\"id\": \"C1\",\n \"created\": \"2010-10-01\"}\n",
                 "customers.jsonl:1:13: expected a string key after ',', found the end of the line (a JSON Lines record must be on one line)"),
        BadInput("two JSON Lines records on one line", file: "customers.jsonl",
                 #"{"id": "C1", "created": "2010-10-01"} {"id": "C2", "created": "2010-10-01"}"#,
                 "customers.jsonl:1:39: line 1: expected the end of the line after the record, found '{' (JSON Lines holds one record per line)"),
        BadInput("JSON Lines of no known table", file: "leads.jsonl", "{}",
                 "leads.jsonl: cannot tell which table this JSON Lines file holds: name it customers.jsonl, followups.jsonl, traffic.jsonl or targets.jsonl"),
    ]

    static let badValues: [BadInput] = [
        BadInput("unknown enum value", cards + #"{"id": "C1", "created": "2010-10-01", "grade": "Z"}]}"#,
                 #"data.json:1:63: customers record 1, field 'grade': unknown value "Z": expected \#(grades)"#),
        BadInput("wrong type", cards + #"{"id": "C1", "created": "2010-10-01", "key_questions": "5"}]}"#,
                 #"data.json:1:71: customers record 1, field 'key_questions': expected an integer from 0 to 7, found the string "5""#),
        BadInput("bool for a string", cards + #"{"id": "C1", "created": "2010-10-01", "phone": true}]}"#,
                 "data.json:1:63: customers record 1, field 'phone': expected a string, found true"),
        BadInput("int out of range", cards + #"{"id": "C1", "created": "2010-10-01", "key_questions": 9}]}"#,
                 "data.json:1:71: customers record 1, field 'key_questions': 9 is out of range: expected an integer from 0 to 7"),
        BadInput("int beyond 64 bits", #"{"targets": [{"month": "2010-10", "deliveries": 99999999999999999999}]}"#,
                 "data.json:1:49: targets record 1, field 'deliveries': 99999999999999999999 is out of range: expected an integer from 0 to 1000000"),
        BadInput("fraction for an int", cards + #"{"id": "C1", "created": "2010-10-01", "key_questions": 2.5}]}"#,
                 "data.json:1:71: customers record 1, field 'key_questions': 2.5 is not a whole number: expected an integer from 0 to 7"),
        BadInput("impossible date", cards + #"{"id": "C1", "created": "2010-02-30"}]}"#,
                 #"data.json:1:40: customers record 1, field 'created': "2010-02-30" is not a real date (2010-02 has 28 days): expected \#(dateExpectation)"#),
        BadInput("month 13", cards + #"{"id": "C1", "created": "2010-13-01"}]}"#,
                 #"data.json:1:40: customers record 1, field 'created': "2010-13-01" is not a real date (there is no month 13): expected \#(dateExpectation)"#),
        BadInput("not a date", cards + #"{"id": "C1", "created": "10/01/2010"}]}"#,
                 #"data.json:1:40: customers record 1, field 'created': "10/01/2010" is not a date: expected \#(dateExpectation)"#),
        BadInput("bad time", cards + #"{"id": "C1", "created": "2010-10-01T25:00"}]}"#,
                 #"data.json:1:40: customers record 1, field 'created': "2010-10-01T25:00" has a date but not a valid time after it: expected \#(dateExpectation)"#),
        BadInput("bad month", #"{"targets": [{"month": "2010-13"}]}"#,
                 #"data.json:1:24: targets record 1, field 'month': "2010-13" is not a month: expected a month YYYY-MM"#),
        BadInput("bad as_of", #"{"as_of": 20101031}"#,
                 "data.json:1:11: field 'as_of': expected \(dateExpectation), found the number 20101031"),
        BadInput("missing required field", cards + #"{"id": "C1", "grade": "A"}]}"#,
                 "data.json:1:16: customers record 1: missing required field 'created'"),
        BadInput("missing required fields", #"{"followups": [{"note": "called back"}]}"#,
                 "data.json:1:16: followups record 1: missing required fields 'customer', 'date' and 'kind'"),
        BadInput("required field null", cards + #"{"id": null, "created": "2010-10-01"}]}"#,
                 "data.json:1:23: customers record 1, field 'id': a required field cannot be null"),
        BadInput("duplicate key", cards + #"{"id": "C1", "created": "2010-10-01", "grade": "A", "级别": "B"}]}"#,
                 #"data.json:1:74: customers record 1, field 'grade': duplicate key "级别": the record already has this field"#),
        BadInput("duplicate unknown key", cards + #"{"id": "C1", "created": "2010-10-01", "age": 30, "age": 31}]}"#,
                 #"data.json:1:72: customers record 1, field 'age': duplicate key "age": the record already has this field"#),
        BadInput("duplicate table", #"{"customers": [], "客户": []}"#,
                 #"data.json:1:25: field 'customers': duplicate key "客户": the file already has it"#),
        BadInput("several problems", file: "followups.jsonl",
                 "{\"customer\": \"C1\", \"date\": \"2010-10-01\", \"kind\": \"fax\"}\n\n{\"customer\": \"C1\", \"date\": \"2010-10-01\", \"kind\": \"call\", \"intro\": 1}\n",
                 """
                 problems in the data (2):
                   followups.jsonl:1:50: line 1, field 'kind': unknown value "fax": expected one of visit (展厅接待/进店), call (电话), message (短信/微信), home_visit (上门)
                   followups.jsonl:3:67: line 3, field 'intro': expected true or false, found the number 1
                 """),
    ]

    @Test(arguments: malformedJSON + notFunnelData + badValues)
    func failsWithItsMessage(input: BadInput) {
        #expect(Load.failure(input.bytes, file: input.file) == input.expected)
    }

    @Test func duplicateCardIdsAreListedAndCounted() {
        let records = (0..<30).map { #"{"id": "C\#($0 % 5)", "created": "2010-10-01"}"# }
        let expected = ["duplicate card ids (25):"]
            + (6...25).map { "  data.json: customers record \($0), field 'id': card id 'C\(($0 - 1) % 5)' is already used by data.json customers record \(($0 - 1) % 5 + 1)" }
            + ["  ... and 5 more"]
        #expect(Load.failure(cards + records.joined(separator: ",\n") + "]}") == expected.joined(separator: "\n"))
    }

    @Test func tooManyUnknownKeysStopTheLoad() {
        let records = (0...1000).map { #"{"id": "C\#($0)", "created": "2010-10-01", "k\#($0)": 1}"# }
        #expect(Load.failure(cards + records.joined(separator: ",\n") + "]}") == "data.json:1001:1: customers record 1001: "
            + "more than 1000 different unknown keys in customers: Funnel keeps at most 1000 extra columns per table")
    }

    @Test func morethanTwentyProblemsAreCounted() {
        let lines = (1...23).map { #"{"id": "C\#($0)", "created": "someday"}"# }
        let failure = Load.failure(lines.joined(separator: "\n"), file: "customers.jsonl")
        #expect(failure.hasPrefix("problems in the data (23):\n  customers.jsonl:1:25: line 1, field 'created': \"someday\" is not a date"))
        #expect(failure.hasSuffix("\n  ... and 3 more"))
        #expect(failure.split(separator: "\n").count == 22)
    }

    @Test func pathsThatCannotBeRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("empty/readme.txt", "no tables here")
        try folder.write("shop/customers.jsonl", #"{"id": "C1", "created": "2010-10-01"}"#)
        let missing = folder.path + "/nope.json"
        #expect(Load.failure(paths: [missing]) == "\(missing): no such file or folder")
        #expect(Load.failure(paths: [folder.path + "/empty"]) == "\(folder.path)/empty: the folder holds none of "
            + "customers.jsonl, followups.jsonl, traffic.jsonl, targets.jsonl: expected JSON Lines table files (and an optional meta.json)")
        #expect(Load.failure(paths: [folder.path + "/shop", missing, folder.path + "/shop/customers.jsonl/x"]) == """
            inputs that cannot be read (2):
              \(missing): no such file or folder
              \(folder.path)/shop/customers.jsonl/x: no such file or folder (a part of the path is not a folder)
            """)
        #expect(Load.failure(paths: []) == "no input given: name a JSON file or a folder of JSON Lines files")
        let fifo = folder.path + "/pipe.json"
        #expect(mkfifo(fifo, 0o600) == 0)
        #expect(Load.failure(paths: [fifo]) == "\(fifo): not a regular file or folder")
        if getuid() != 0 {
            let locked = try folder.write("locked.json", "{}")
            #expect(chmod(locked, 0) == 0)
            #expect(Load.failure(paths: [locked]) == "\(locked): permission denied: the file cannot be read")
        }
    }

    @Test func aFailedLoadKeepsNothing() throws {
        // The same loader loads good data after a failure, unaffected by it.
        let loader = DatasetLoader()
        #expect(throws: LoadFailure.self) { try loader.load(bytes: Array("{".utf8), file: "bad.json") }
        #expect(try loader.load(bytes: Array(sampleDocument.utf8), file: "good.json").customers.rowCount == 3)
    }
}
