import FunnelOutput
import Testing
@testable import FunnelSyntax

/// A bad character or token fails the whole statement it is in. It used to cut the
/// token stream, so the text before it parsed as a statement of its own and ran
/// (`count customers where created >= 2010-10-01 & channel = walkin` printed 100,
/// then the error). Each script here is a good statement, the one under test, and
/// `help` on the next line; `⟦ ⟧` marks where the error must point (and is not part
/// of the text).
@Suite struct StatementAtomicLexingTests {
    @Test(arguments: [
        ("count customers where created >= 2010-10-01 ⟦&⟧ channel = walkin", "unexpected character '&'"),
        ("count customers where grade = H ⟦&⟧", "unexpected character '&'"),
        ("count customers where grade = H ⟦|⟧", "unexpected character '|'"),
        ("select customers ⟦@⟧", "unexpected character '@'"),
        ("kpi new_cards for 2010⟦/⟧10", "unexpected character '/'"),
        ("kpi new_cards for 2010-10 ⟦^⟧ 7", "unexpected character '^'"),
        ("count customers where visited ⟦!⟧", "unexpected character '!' (write != for 'not equal')"),
        ("count traffic⟦\u{7}⟧", "unexpected control character U+0007"),
        ("count customers by consultant ⟦~⟧", "unexpected character '~'"),
        ("funnel for 2010-10 ⟦\\⟧", "unexpected character '\\'"),
        ("select customers limit 5 ⟦`⟧", "unexpected character '`'"),
        ("help ⟦$⟧", "expected a variable name after '$'"),
        ("count customers where created in ⟦2010-13x⟧",
         "'2010-13x' is neither a number nor a date: dates are written YYYY-MM-DD, periods YYYY-MM, YYYY-Www, YYYY-Qn or YYYY"),
        ("count customers where key_questions > ⟦3abc⟧",
         "'3abc' is neither a number nor a date: dates are written YYYY-MM-DD, periods YYYY-MM, YYYY-Www, YYYY-Qn or YYYY"),
        ("count customers where created in ⟦2010-1-0⟧",
         "'2010-1-0' is not a date or period: write YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY-Qn or YYYY"),
        ("count followups where note = 'a⟦\\q⟧b'", "unknown escape '\\q' in a string: use \\\" \\' \\\\ \\n or \\t"),
        ("count customers where name = ⟦\"⟧王伟", "this string has no closing \""),
    ])
    func aBadTokenFailsItsWholeStatement(marked: String, message: String) throws {
        let (statement, spot) = try unmark(marked)
        let prefix = "count customers\n"
        let script = prefix + statement + "\nhelp"
        let results = Parser.parseEach(script)
        let unclosed = message.hasPrefix("this string has no closing")
        // An open quote takes the rest of the text with it, `help` included.
        try #require(results.count == (unclosed ? 2 : 3), "\(results)")
        #expect(throws: Never.self) { try results[0].get() }
        guard case .failure(let error) = results[1] else {
            Issue.record("the statement ran: \(results[1])")
            return
        }
        #expect(error.message == message)
        let offset = prefix.utf8.count
        #expect(error.range == SourceRange(offset + spot.start, offset + spot.end))
        #expect(error.isIncomplete == unclosed)
        if !unclosed { #expect(throws: Never.self) { try results[2].get() } }
    }

    @Test func aCommentIsNotAnError() throws {
        let results = Parser.parseEach("count customers where grade = H # and then &\nhelp -- @ too")
        #expect(results.count == 2)
        for result in results { #expect(throws: Never.self) { try result.get() } }
    }

    @Test func theStatementsAfterAFailingOneStillParse() throws {
        let results = Parser.parseEach("count customers & x; count traffic ~; count followups\nhelp @\nhelp")
        let failures = results.map { result -> String? in
            if case .failure(let error) = result { return error.message }
            return nil
        }
        #expect(failures == ["unexpected character '&'", "unexpected character '~'", nil,
                             "unexpected character '@'", nil])
    }

    @Test func aWholeScriptStillFailsAtItsFirstBadCharacter() {
        #expect(throws: SyntaxError(.unexpectedCharacter("&"), at: SourceRange(16, 17))) {
            try Parser.parse("count customers & x; selct ~")
        }
        #expect(Parser.isIncomplete("count customers where name = \"王"))
        #expect(!Parser.isIncomplete("count customers where name = H &"))
    }

    /// The text without its `⟦ ⟧` marks, and the byte range they enclosed.
    private func unmark(_ marked: String) throws -> (String, SourceRange) {
        let open = try #require(marked.firstIndex(of: "⟦")), close = try #require(marked.firstIndex(of: "⟧"))
        let before = String(marked[..<open]), inside = String(marked[marked.index(after: open)..<close])
        let text = before + inside + String(marked[marked.index(after: close)...])
        return (text, SourceRange(before.utf8.count, before.utf8.count + inside.utf8.count))
    }
}
