import FunnelEngine
import FunnelOutput
import FunnelSyntax
import Testing

/// How an error is shown: the place, the line, a caret under the problem that
/// counts wide characters as two columns; or one JSON object for programs.
@Suite struct DiagnosticTests {
    @Test func rendersWithCaretUnderWideCharacters() throws {
        let text = "select customers where 渠道 = 进店 and 级别 = = H"
        do {
            _ = try Parser.parse(text)
            Issue.record("parsed")
        } catch {
            let diagnostic = Diagnostic(.syntax(error), in: SourceText(text, name: "review.funnel"))
            #expect(diagnostic.text == """
                error: expected a value (a word, "text", a number, a date or a period), found '='
                 --> review.funnel:1:41
                  |
                1 | select customers where 渠道 = 进店 and 级别 = = H
                  |                                               ^
                """)
            #expect(diagnostic.json == #"{"error":"expected a value (a word, \"text\", a number, a date or a period), "#
                    + #"found '='","file":"review.funnel","line":1,"column":41}"#)
        }
    }

    @Test func underlinesAWideWordWholeOnItsLine() {
        let source = SourceText("count customers\nselect customers where 意向 = H", name: nil)
        let start = Array("count customers\nselect customers where ".utf8).count
        let diagnostic = Diagnostic(message: "unknown field '意向' in customers", range: SourceRange(start, start + 6),
                                    in: source)
        #expect(diagnostic.text.hasSuffix("2 | select customers where 意向 = H\n  |                        ^^^^"))
        #expect(diagnostic.json == #"{"error":"unknown field '意向' in customers","line":2,"column":24}"#)
    }
}
