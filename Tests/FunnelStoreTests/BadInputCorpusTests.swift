import Testing
@testable import FunnelStore

/// The bad-input list of issue 7 for the loader, item by item. Most inputs already
/// live in DatasetLoaderErrorTests with their full message; this suite names which
/// case answers each item (so the list reads whole and cannot lose one) and adds
/// the items that had none.
@Suite struct BadInputCorpusTests {
    static let existing = DatasetLoaderErrorTests.malformedJSON + DatasetLoaderErrorTests.notFunnelData
        + DatasetLoaderErrorTests.badValues

    /// Issue item → the name of the DatasetLoaderErrorTests case that covers it.
    static let covered: [(item: String, name: String)] = [
        ("truncated JSON", "truncated file"),
        ("truncated JSON", "truncated inside a string"),
        ("truncated JSON", "truncated after a key"),
        ("wrong types", "wrong type"),
        ("wrong types", "bool for a string"),
        ("wrong types", "fraction for an int"),
        ("numbers out of range", "int out of range"),
        ("numbers out of range", "int beyond 64 bits"),
        ("impossible dates", "impossible date"),
        ("impossible dates", "month 13"),
        ("NUL bytes", "NUL byte in a string"),
        ("invalid UTF-8", "invalid UTF-8 (GBK text)"),
        ("10,000-deep nesting", "10,000 levels deep in a known field"),
        ("10,000-deep nesting", "10,000 levels deep in an unknown field"),
        ("10,000-deep nesting", "10,000 levels deep at the top"),
        ("duplicate keys", "duplicate key"),
        ("duplicate keys", "duplicate unknown key"),
        ("duplicate keys", "duplicate table"),
        ("an empty file", "empty file"),
        ("an empty file", "blank file"),
    ]

    /// Items no earlier case had.
    static let added: [BadInput] = [
        BadInput("NUL byte between values", bytes: Array(#"{"customers": []"#.utf8) + [0] + Array("}".utf8),
                 "data.json: not a text file (a NUL byte at offset 16): expected UTF-8 JSON text"),
        BadInput("invalid UTF-8 in a key", bytes: Array(#"{"customers": [{""#.utf8) + [0xC3, 0x28] + Array(#"": 1}]}"#.utf8),
                 "data.json:1:18: invalid UTF-8 in a string (byte 0xC3): the file must be UTF-8 text; GBK and other encodings are not supported"),
        BadInput("a number too big for a double", #"{"customers": [{"id": "C1", "created": "2010-10-01", "budget": 1e400}]}"#,
                 "data.json:1:64: customers record 1, field 'budget': 1e400 is out of range: expected a number"),
        BadInput("impossible date in a JSON Lines table", file: "followups.jsonl",
                 #"{"customer": "C1", "date": "2010-02-30", "kind": "call"}"#,
                 #"followups.jsonl:1:28: line 1, field 'date': "2010-02-30" is not a real date (2010-02 has 28 days): expected a date YYYY-MM-DD (or YYYY-MM-DDTHH:MM[:SS])"#),
    ]

    @Test(arguments: covered.map { "\($0.item): \($0.name)" })
    func anEarlierCaseCoversIt(entry: String) throws {
        let name = String(entry.split(separator: ": ", maxSplits: 1).last ?? "")
        let input = try #require(Self.existing.first { $0.name == name }, "no loader error case named '\(name)'")
        #expect(Load.failure(input.bytes, file: input.file) == input.expected)
    }

    @Test(arguments: added)
    func failsWithItsMessage(input: BadInput) {
        #expect(Load.failure(input.bytes, file: input.file) == input.expected)
    }

    /// Decided: a UTF-8 byte-order mark is accepted and skipped (Windows Notepad and
    /// Excel write one; refusing the file would help nobody), and columns are counted
    /// after it. docs/data.md says so.
    @Test func aByteOrderMarkIsAccepted() throws {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let data = try DatasetLoader().load(bytes: bom + Array(#"{"customers": [{"id": "C1", "created": "2010-10-01"}]}"#.utf8),
                                            file: "excel.json")
        #expect(data.customers.rowCount == 1)
        let lines = try DatasetLoader().load(bytes: bom + Array(#"{"customer": "C1", "date": "2010-10-01", "kind": "call"}"#.utf8),
                                             file: "followups.jsonl")
        #expect(lines.followups.rowCount == 1)
        #expect(Load.failure(bom + Array("{x".utf8)) == "data.json:1:2: expected a string key or '}' in an object, found 'x' (keys must be in double quotes)")
    }

    /// A 100 MB string value, made here rather than committed: it loads whole.
    @Test func aHundredMegabyteStringValueLoads() throws {
        let size = 100 << 20
        let piece = Array("王伟 ok ".utf8)
        var value = [UInt8]()
        value.reserveCapacity(size + piece.count)
        while value.count < size { value += piece }
        let bytes = Array(#"{"customers": [{"id": "C1", "created": "2010-10-01", "note": ""#.utf8) + value
            + Array(#""}]}"#.utf8)
        let data = try DatasetLoader().load(bytes: bytes, file: "big.json")
        #expect(data.customers.column("note")?.text(at: 0)?.utf8.count == value.count)
    }

    @Test func aFolderWithNoTablesIsRefused() throws {
        let folder = try TemporaryFolder()
        try folder.write("export/readme.txt", "the tables were not exported")
        try folder.write("export/customers.csv", "id,created\nC1,2010-10-01\n")
        #expect(Load.failure(paths: [folder.path + "/export"]) == "\(folder.path)/export: the folder holds none of "
            + "customers.jsonl, followups.jsonl, traffic.jsonl, targets.jsonl: expected JSON Lines table files (and an optional meta.json)")
    }
}
