import Testing
@testable import FunnelSyntax

/// Completion over random statements from the grammar: Tab anywhere in one never
/// traps, and at the start of each of its words the parser expected something,
/// so the expectations cover the whole grammar.
@Suite struct CompletionPropertyTests {
    /// Offers the statement's own words wherever a name or value goes.
    struct Echo: CompletionCatalog {
        let words: [String]
        func tables(chinese: Bool) -> [String] { words }
        func fields(in scope: FieldScope, chinese: Bool) -> [String] { words }
        func links(in scope: FieldScope) -> [String] { ["customer"] }
        func fields(through link: String, in scope: FieldScope, chinese: Bool) -> [String] { words }
        func dateFields(in scope: FieldScope) -> [String] { words }
        func values(of field: [String], in scope: FieldScope, chinese: Bool) -> [String] { words }
        var structureDimensions: [String] { words }
        func resultColumns(of items: [AggregateItem]) -> [String] { words }
        var kpiNames: [String] { words }
        func terms(ofKPI kpi: String) -> [String] { words }
        var helpTopics: [String] { words }
        var variables: [String] { ["m"] }
    }

    @Test(arguments: [11, 12, 13] as [UInt64])
    func everyWordOfAStatementWasExpected(seed: UInt64) {
        var random = RandomStatement(seed: seed)
        for _ in 0..<150 {
            let text = StatementPrinter.text(random.statement())
            let tokens = Lexer.allTokens(text)
            let completer = Completer(catalog: Echo(words: tokens.filter { $0.kind == .word }.map(\.text)))
            var cursor = text.startIndex
            while cursor < text.endIndex {
                _ = completer.complete(before: String(text[..<cursor]), after: String(text[cursor...]))
                cursor = text.index(after: cursor)
            }
            let bytes = Array(text.utf8)
            for (n, token) in tokens.enumerated() where token.kind == .word {
                if n > 0, tokens[n - 1].isKeyword("let") { continue }  // a new name: nothing to offer
                let before = String(decoding: bytes[..<token.range.start], as: UTF8.self)
                #expect(!Parser.expectations(before: before).isEmpty, "seed \(seed): \(text) at '\(token.text)'")
            }
        }
    }
}
