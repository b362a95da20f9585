import Foundation
import Testing
@testable import FunnelStore

/// The three input shapes of docs/data.md, and what a load keeps from them.
@Suite struct DatasetLoaderShapeTests {
    @Test func oneJSONFileLoadsEveryTable() throws {
        let data = try Load.dataset(sampleDocument, file: "data/binjiang.json")
        #expect(data.name == "东风日产 滨江店")
        #expect(data.dealer == "东风日产 滨江店")
        #expect(data.asOf?.description == "2010-10-31")
        #expect(data.sources == ["data/binjiang.json"])
        #expect(data.customers.rowCount == 3)
        #expect(data.followups.rowCount == 4)
        #expect(data.traffic.rowCount == 3)
        #expect(data.targets.rowCount == 1)
        #expect(data.targets.column("month")?.text(at: 0) == "2010-10-01")
        #expect(data.targets.column("deliveries")?.text(at: 0) == "5")
    }

    @Test func chineseKeysAndEnumWordsReadLikeEnglish() throws {
        let customers = try Load.dataset(sampleDocument).customers
        #expect(customers.column("id")?.text(at: 2) == "C3")
        #expect(customers.column("name")?.text(at: 2) == "王五")
        #expect(customers.column("channel")?.text(at: 2) == "outreach")
        #expect(customers.column("grade")?.text(at: 2) == "B")
        #expect(customers.column("kind")?.text(at: 2) == "retail")
        // English tokens in any case.
        #expect(customers.column("channel")?.text(at: 1) == "phone")
        #expect(customers.column("grade")?.text(at: 1) == "H")
        let traffic = try Load.dataset(sampleDocument).traffic
        #expect(traffic.column("kind")?.text(at: 2) == "call")
        #expect(traffic.column("result")?.text(at: 2) == "none")
    }

    @Test func absentFieldsTakeTheirDefaultsAndNullsStayNull() throws {
        let data = try Load.dataset(sampleDocument)
        #expect(data.customers.column("kind")?.text(at: 0) == "retail")
        #expect(data.customers.column("key_questions")?.text(at: 1) == nil)
        #expect(data.followups.column("intro")?.text(at: 0) == "false")
        let nulls = try Load.dataset(#"{"followups": [{"customer": "X", "date": "2010-10-01", "kind": "call", "#
            + #""intro": null, "grade": null}]}"#)
        #expect(nulls.followups.column("intro")?.isNull(0) == true)
        #expect(nulls.followups.column("grade")?.isNull(0) == true)
    }

    @Test func dateTimesKeepTheirDateAndTime() throws {
        let data = try Load.dataset(sampleDocument)
        #expect(data.customers.column("created")?.text(at: 1) == "2010-10-02T09:30")
        #expect(data.customers.column("created")?.day(at: 1)?.description == "2010-10-02")
        #expect(data.followups.column("date")?.text(at: 0) == "2010-10-05T14:00")
        #expect(data.followups.column("date")?.text(at: 1) == "2010-10-03")
        #expect(data.traffic.column("time")?.text(at: 0) == "2010-10-01T10:00")
    }

    @Test func numbersInStringFieldsKeepTheirText() throws {
        let data = try Load.dataset(sampleDocument)
        #expect(data.customers.column("phone")?.text(at: 1) == "13900139000")
        #expect(data.customers.column("phone")?.text(at: 2) == "0571-88886666")
    }

    @Test func unknownTopLevelKeysAreSkipped() throws {
        let data = try Load.dataset(sampleDocument)
        #expect(data.customers.column("version") == nil)
    }

    @Test(arguments: [
        ("age", "[34, 28, null]", "int", ["34", "28", nil]),
        ("budget", "[15.5, 20, 9]", "double", ["15.5", "20.0", "9.0"]),
        ("vip", "[true, false, null]", "bool", ["true", "false", nil]),
        ("birthday", #"["1980-05-01", "1990-01-31T08:00", null]"#, "date", ["1980-05-01", "1990-01-31T08:00", nil]),
        ("city", #"["杭州", "Ningbo", "\u676d\u5dde"]"#, "string", ["杭州", "Ningbo", "杭州"]),
        ("wish", #"[{"color": "white"}, [1, 2], "none"]"#, "string", [#"{"color": "white"}"#, "[1, 2]", "none"]),
    ] as [(String, String, String, [String?])])
    func extraFieldsStayAsTypedColumns(key: String, values: String, type: String, expected: [String?]) throws {
        let valueList = try #require(Load.valueList(values))
        let records = valueList.enumerated().map { index, value in
            #"{"id": "C\#(index)", "created": "2010-10-01", "\#(key)": \#(value)}"#
        }
        let data = try Load.dataset(#"{"customers": ["# + records.joined(separator: ",\n") + "]}")
        let column = try #require(data.customers.column(key))
        #expect(column.type.description == type)
        #expect((0..<3).map { column.text(at: $0) } == expected)
    }

    @Test func followupsAreLinkedToTheirCardRow() throws {
        let data = try Load.dataset(sampleDocument)
        #expect(data.links.followupCard == [0, 0, 2, -1])
        #expect(data.links.trafficCard == [0, -1, -1])
        // Card C1's follow-ups in date order: the call of the 3rd, then the visit of the 5th.
        #expect(Array(data.links.followups(ofCard: 0)) == [1, 0])
        #expect(Array(data.links.followups(ofCard: 2)) == [2])
    }

    @Test func warningsCountWhatDidNotStopTheLoad() throws {
        let warnings = try Load.dataset(sampleDocument, file: "d.json").warnings
        #expect(warnings.map(\.summary) == [
            "follow-ups name an unknown card (kept, tied to no card)",
            "traffic entries captured or followed up without a card",
            "cards delivered before they were ordered",
        ])
        #expect(warnings.map(\.count) == [1, 1, 1])
        #expect(warnings.first?.description == """
            warning: 1 follow-ups name an unknown card (kept, tied to no card)
              d.json: followups record 4, field 'customer': no card has id 'C9'
            """)
    }

    @Test func aFolderOfJSONLinesWithMeta() throws {
        let folder = try TemporaryFolder()
        try folder.write("shop/meta.json", #"{"dealer": "Shop A", "as_of": "2010-10-31"}"#)
        try folder.write("shop/customers.jsonl", """
            {"id": "C1", "created": "2010-10-01", "grade": "A"}

            {"id": "C2", "created": "2010-10-02", "grade": "B"}\r
            """)
        try folder.write("shop/followups.jsonl", """
            {"customer": "C2", "date": "2010-10-03", "kind": "call"}
            {"customer": "C7", "date": "2010-10-04", "kind": "call"}

            """)
        try folder.write("shop/notes.txt", "not read")
        let data = try DatasetLoader().load(paths: [folder.path + "/shop"])
        #expect(data.name == "Shop A")
        #expect(data.asOf?.description == "2010-10-31")
        #expect(data.customers.rowCount == 2)
        #expect(data.followups.rowCount == 2)
        #expect(data.traffic.rowCount == 0)
        #expect(data.links.followupCard == [1, -1])
        #expect(data.sources == ["meta.json", "customers.jsonl", "followups.jsonl"].map { folder.path + "/shop/" + $0 })
        // Rows remember their line: the unknown card is on line 2.
        #expect(data.warnings.first?.examples.first?.description
            == "\(folder.path)/shop/followups.jsonl:2: line 2, field 'customer': no card has id 'C7'")
    }

    @Test func severalInputsConcatenateRowsAndTakeTheLatestAsOf() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.json", #"{"as_of": "2010-10-15", "customers": [{"id": "A1", "created": "2010-10-01"}]}"#)
        try folder.write("b/meta.json", #"{"dealer": "B", "as_of": "2010-10-31"}"#)
        try folder.write("b/customers.jsonl", #"{"id": "B1", "created": "2010-10-02"}"#)
        try folder.write("b/followups.jsonl", #"{"customer": "A1", "date": "2010-10-03", "kind": "call"}"#)
        let third = try folder.write("c.json", #"{"dealer": "C", "as_of": "2010-10-20", "customers": [{"id": "C1", "created": "2010-10-03"}]}"#)
        let data = try DatasetLoader().load(paths: [first, folder.path + "/b/", third])
        #expect(data.name == "B")
        #expect(data.dealer == "B")
        #expect(data.asOf?.description == "2010-10-31")
        #expect((0..<3).map { data.customers.column("id")?.text(at: $0) } == ["A1", "B1", "C1"])
        #expect(data.links.followupCard == [0])
        #expect(data.sources.count == 5)
    }

    @Test func withoutADealerTheNameIsTheFirstFilesBaseName() throws {
        #expect(try Load.dataset("{}", file: "/tmp/x/october.json").name == "october")
        #expect(try Load.dataset("", file: "customers.jsonl").name == "customers")
        #expect(try Load.dataset(#"{"dealer": " "}"#, file: "october.json").name == "october")
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        let data = try DatasetLoader().load(bytes: [0xEF, 0xBB, 0xBF] + Array(#"{"as_of": "2010-10-31"}"#.utf8),
                                            file: "bom.json")
        #expect(data.asOf?.description == "2010-10-31")
    }

    @Test func integerFieldsTakeWholeNumbersWrittenAsDoubles() throws {
        let data = try Load.dataset(#"{"customers": [{"id": "C1", "created": "2010-10-01", "key_questions": 7.0}]}"#)
        #expect(data.customers.column("key_questions")?.text(at: 0) == "7")
    }
}

extension Load {
    /// Splits a JSON array's text into its elements' texts (top level only), for building records.
    static func valueList(_ text: String) -> [String]? {
        var values: [String] = []
        var depth = 0
        var inString = false
        var escaped = false
        var current = ""
        for character in text.dropFirst().dropLast() {
            if inString {
                current.append(character)
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"": inString = true; current.append(character)
            case "[", "{": depth += 1; current.append(character)
            case "]", "}": depth -= 1; current.append(character)
            case "," where depth == 0:
                values.append(current.trimmingCharacters(in: .whitespaces)); current = ""
            default: current.append(character)
            }
        }
        values.append(current.trimmingCharacters(in: .whitespaces))
        return values
    }
}
