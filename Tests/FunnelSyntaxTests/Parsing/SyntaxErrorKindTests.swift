import FunnelOutput
import Testing
@testable import FunnelSyntax

/// Syntax errors are values: the facts, separate from their English (which
/// ParserErrorTests checks word for word).
@Suite struct SyntaxErrorKindTests {
    func error(_ text: String) throws -> SyntaxError {
        do {
            _ = try Parser.parse(text)
        } catch {
            return error
        }
        throw Failure.parsed
    }

    enum Failure: Error { case parsed }

    @Test func aMistypedStatementCarriesItsCandidates() throws {
        let error = try error("selct customers")
        #expect(error.kind == .unknownStatement("selct", candidates: Keyword.statements))
        #expect(error.message == "unknown statement 'selct' — did you mean 'select'?")
    }

    @Test func anExpectationCarriesTheTokenFound() throws {
        let error = try error("select customers where grade H")
        guard case .expected(.comparison(after: "grade"), let found, _) = error.kind else {
            Issue.record("\(error.kind)")
            return
        }
        #expect(found?.text == "H" && found?.range == error.range)
    }

    @Test func theEndOfAListPointsAtItsOpener() throws {
        let error = try error("select customers where grade in (H, A")
        #expect(error.kind == .expected(.listContinuation, found: nil))
        #expect(error.range == SourceRange(32, 33) && error.isIncomplete)
    }

    @Test func lexicalFactsAreKeptAsTyped() throws {
        #expect(try error("select customers where created = 2010-1-05").kind == .malformedDate("2010-1-05"))
        #expect(try error("count customers where name = 'x").kind == .unclosedString(quote: "'"))
        #expect(try error("select customers where grade = H where grade = A").kind == .repeatedClause("where"))
        #expect(try error("select customers and grade = H").kind == .misplacedKeyword("and"))
    }
}
