import FunnelOutput
import Testing
@testable import FunnelSyntax

/// The keyword table against what the parser does with each word, so a word added
/// to one and not the other shows.
@Suite struct KeywordTests {
    @Test func eachWordIsListedOnce() {
        let words = Keyword.all.map(\.word)
        #expect(Set(words).count == words.count)
        #expect(words.allSatisfy { $0 == $0.lowercased() })
    }

    /// (A two-word report's first word with its second: `lost reasons`.)
    @Test(arguments: Keyword.statements)
    func everyStatementWordStartsAStatement(word: String) {
        do {
            _ = try Parser.parse(Keyword.phrase(for: word))
        } catch {
            if case .unknownStatement = error.kind { Issue.record("\(word): \(error.message)") }
        }
    }

    @Test(arguments: Keyword.words(.reserved))
    func aReservedWordIsNoName(word: String) {
        #expect(throws: SyntaxError.self) { try Parser.parse("count customers where \(word) = 1") }
    }

    /// (`pivot` is a clause of its own word: it takes nothing after it.)
    @Test(arguments: Keyword.words(.clause).filter { $0 != "pivot" })
    func aClauseWordOpensAClause(word: String) {
        do {
            _ = try Parser.parse("select customers \(word)")
            Issue.record("\(word) took nothing after it")
        } catch {
            #expect(error.isIncomplete, "\(word): \(error.message)")
        }
    }

    @Test func pivotIsAClauseOfOneWord() throws {
        let parsed = try Parser.parse("count customers by consultant, grade pivot where grade = H")
        #expect(parsed.first?.clauses?.pivot != nil)
        #expect(parsed.first?.clauses?.groups.count == 2)
        #expect(throws: SyntaxError.self) { try Parser.parse("count customers by consultant pivot pivot") }
        #expect(try Parser.parse("count customers by consultant, grade\npivot").count == 1)
    }

    /// A line opening with a continuation word goes on with the statement above,
    /// where a statement word starts one of its own.
    @Test(arguments: Keyword.words(.continuation))
    func aContinuationWordContinuesTheLineAbove(word: String) throws {
        #expect((try? Parser.parse("select customers\n\(word)"))?.count != 2, "\(word)")
        #expect(try Parser.parse("select customers\nhelp").count == 2)
    }

    @Test func phrasesAreWhatCompletionInserts() {
        #expect(Keyword.phrase(for: "order") == "order by")
        #expect(Keyword.phrase(for: "as") == "as of")
        #expect(Keyword.phrase(for: "lost") == "lost reasons")
        #expect(Keyword.phrase(for: "where") == "where")
        #expect(Keyword.phrase(for: "reasons") == "reasons")
        #expect(Keyword.grains == ["day", "week", "month", "quarter", "year", "hour", "weekday"])
    }
}
