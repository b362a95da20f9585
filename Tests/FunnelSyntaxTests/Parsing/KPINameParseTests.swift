import Testing
@testable import FunnelSyntax

/// A KPI name as people write it (docs/kpis.md): words joined by hyphens, or by
/// blanks before `for` or `,`.
@Suite struct KPINameParseTests {
    /// The names read; each name's range covers its text as typed.
    @Test(arguments: [
        ("kpi overall-visit-rate for 2010-10", ["overall-visit-rate"]),
        ("kpi Overall Visit Rate for 2010-10", ["Overall Visit Rate"]),
        ("kpi overall visit rate, first-visit-rate for 2010-10", ["overall visit rate", "first-visit-rate"]),
        ("explain kpi close rate for 2010-10", ["close rate"]),
        ("kpi 首次进店率 for 2010-10", ["首次进店率"]),
        // Blanks join words only when `for` or `,` follows them; a hyphen always.
        ("kpi first-visit-rate", ["first-visit-rate"]),
    ])
    func aKPINameMayBeSeveralWords(text: String, names: [String]) throws {
        let tokens = Lexer.allTokens(text)
        var parser = Parser(tokens: tokens)
        parser.index = text.hasPrefix("explain") ? 2 : 1
        var found: [String] = []
        let source = SourceText(text)
        repeat {
            if !found.isEmpty { parser.index += 1 }
            let name = try parser.kpiName()
            #expect(source.slice(name.range) == name.text)
            found.append(name.text)
        } while parser.current.kind == .symbol(.comma)
        #expect(found == names)
    }

    /// The name is `new_cards`; `fro` stands where `for` goes.
    @Test func wordsBeforeSomethingElseAreNotAName() {
        do {
            _ = try Parser.parse("kpi new_cards fro 2010-10")
        } catch {
            #expect(error.range == SourceRange(14, 17))
            return
        }
        Issue.record("parsed")
    }

    /// Tab after a name of several words offers what follows a name.
    @Test func completionAfterANameOfSeveralWords() {
        #expect(Parser.expectations(before: "kpi close rate ") == [.symbol(.comma), .keyword("for")])
    }
}
