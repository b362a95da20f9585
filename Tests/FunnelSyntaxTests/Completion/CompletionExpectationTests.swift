import Testing
@testable import FunnelSyntax

/// What the parser expects at the cursor, and how the completer turns that into
/// candidates, without data: a small fixed catalog stands in for the engine's.
/// (Completion over real data is tested in FunnelCLITests/CompletionTests.)
@Suite struct CompletionExpectationTests {
    /// Two tables; `visits` links to `people` through `person`.
    struct Catalog: CompletionCatalog {
        func tables(chinese: Bool) -> [String] { ["people", "visits"] + (chinese ? ["人"] : []) }
        func fields(in scope: FieldScope, chinese: Bool) -> [String] {
            switch scope {
            case .table("people"), .cards: ["name", "grade", "joined"]
            case .table("visits"): ["person", "day", "note"]
            default: ["name", "grade", "joined", "person", "day", "note"]
            }
        }
        func links(in scope: FieldScope) -> [String] { scope == .table("visits") ? ["person"] : [] }
        func fields(through link: String, in scope: FieldScope, chinese: Bool) -> [String] {
            link == "person" ? fields(in: .table("people"), chinese: chinese) : []
        }
        func dateFields(in scope: FieldScope) -> [String] { ["joined", "day"] }
        func values(of field: [String], in scope: FieldScope, chinese: Bool) -> [String] {
            field.last == "grade" ? ["H", "A", "new lead"] : []
        }
        var structureDimensions: [String] { ["grade", "age band"] }
        func resultColumns(of items: [AggregateItem]) -> [String] { items.map(\.function.rawValue) }
        var kpiNames: [String] { ["close_rate"] }
        func terms(ofKPI kpi: String) -> [String] { kpi == "close_rate" ? ["deliveries", "base"] : [] }
        var helpTopics: [String] { ["select", "kpis"] }
        var variables: [String] { ["m", "big"] }
    }

    let completer = Completer(catalog: Catalog())

    func texts(_ before: String, after: String = "") -> [String] {
        completer.complete(before: before, after: after).candidates.map(\.text)
    }

    @Test(arguments: [
        ("", [FunnelSyntax.Expectation.statement]),
        ("count people; ", [.statement]),
        ("select ", [.symbol(.star), .table, .field(.namedLater(orEveryTable: false))]),
        ("select * ", [.keyword("from")]),
        ("select people where ", [.field(.table("people")), .keyword("not"), .symbol(.leftParen)]),
        ("select visits where person.", [.subfield(link: "person", .table("visits"))]),
        ("select people where grade = ", [.value(.field(["grade"], .table("people")))]),
        ("select people where grade is ", [.keyword("not"), .keyword("null")]),
        ("kpi ", [.kpiName]),
        ("kpi close_rate for 2010-10 by ", [.field(.cards), .grain]),
        ("explain kpi close_rate for 2010-10 term ", [.term(kpi: "close_rate")]),
        ("structure by ", [.structureDimension]),
        ("select people limit ", [.number]),
        ("help ", [.helpTopic]),
        ("let ", []),
        ("frobnicate ", []),
        ("count people & ", []),
    ])
    func theParserSaysWhatMayCome(before: String, expectations: [FunnelSyntax.Expectation]) {
        #expect(Parser.expectations(before: before) == expectations)
    }

    @Test func aStatementDoneLeavesItsOptionalPartsAndANewLine() {
        #expect(Parser.expectations(before: "count people by grade ") == [
            .symbol(.dot), .symbol(.comma), .keyword("where"), .keyword("pivot"), .keyword("order"), .keyword("limit"),
            .keyword("as"),
        ])
        #expect(Parser.expectations(before: "count people\n").contains(.statement))
        #expect(!Parser.expectations(before: "count people ").contains(.statement))
    }

    @Test func keywordsComeAsTheirPhrases() {
        #expect(texts("count people ") == ["from", "where", "by", "order by", "limit", "as of"])
        #expect(texts("lo") == ["lost reasons"])
        #expect(texts("plan deliveries 3 ") == ["close rate", "for", "using"])
        #expect(texts("select ") == ["*", "people", "visits"])
    }

    @Test func theTableAfterTheCursorScopesAFieldList() {
        #expect(texts("select ", after: " from visits") == ["*", "people", "visits", "person", "day", "note", "person."])
        #expect(texts("select name, ") == ["name", "grade", "joined", "person", "day", "note"])
        #expect(texts("select name, n", after: " from people where grade = H") == ["name"])
    }

    @Test func valuesAreQuotedToReadBack() {
        #expect(texts("select people where grade = ") == ["H", "A", "\"new lead\""])
        #expect(texts("select people where grade = 'n") == ["'new lead'"])
        #expect(texts("select people where grade in (H, $") == ["$big", "$m"])
        #expect(texts("select people as of ") == ["today"])
        #expect(texts("select $").isEmpty)
    }

    @Test func aLinkWaitsForItsField() {
        let completion = completer.complete(before: "select visits where pers")
        #expect(completion.candidates == [.init("person"), .init("person.", terminator: "")])
        #expect(completion.action == .insert("person"))
        #expect(texts("select visits where person.") == ["name", "grade", "joined"])
    }

    @Test func nothingWhereAWordCannotBeTyped() {
        #expect(texts("select people where joined = 2010-1").isEmpty)
        #expect(texts("select people & wh").isEmpty)
        #expect(texts("select people where grade = \"a\\q").isEmpty)
        #expect(completer.complete(before: "zzz").action == .none)
    }

    @Test func actionInsertsWhatTheChoicesShare() {
        let shared = Completion(replacing: "c", candidates: [.init("created"), .init("credit")])
        #expect(shared.action == .insert("cre"))
        let listed = Completion(replacing: "cre", candidates: [.init("created"), .init("credit")])
        #expect(listed.action == .list(["created", "credit"]))
        let folder = Completion(replacing: "ex", candidates: [.init("examples/", terminator: "")])
        #expect(folder.action == .insert("examples/"))
        #expect(Completion.nothing.action == .none)
        #expect(Completion(replacing: "", candidates: [.init("a"), .init("a")]).candidates.count == 1)
    }
}
