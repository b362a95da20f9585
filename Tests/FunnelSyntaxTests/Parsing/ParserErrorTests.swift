import FunnelText
import FunnelOutput
import Testing
@testable import FunnelSyntax

/// Bad statements and the exact error each must give: message, place, caret.
@Suite struct ParserErrorTests {
    @Test(arguments: [
        ("selct customers", "unknown statement 'selct' — did you mean 'select'?", 1, 1, 5),
        ("frobnicate", "unknown statement 'frobnicate': type help for the statements", 1, 1, 10),
        ("kpi first_visit_rate", "expected 'for' after the KPI names, found the end of the statement", 1, 21, 1),
        ("kpi for 2010-10", "expected a KPI name (help kpis lists them), found 'for'", 1, 5, 3),
        ("explain first_visit_rate for 2010-10", "expected 'kpi' after 'explain' (explain kpi NAME for PERIOD), found 'first_visit_rate'", 1, 9, 16),
        ("inventory 2010-10", "expected 'for' after 'inventory', found '2010-10'", 1, 11, 7),
        ("structure grade", "expected 'by' and what to break the cards down by: grade, channel, model, source or age band, found 'grade'", 1, 11, 5),
        ("plan deliveries for 2010-11", "expected the number of deliveries to plan for, found 'for'", 1, 17, 3),
        ("plan deliveries 5", "expected 'for PERIOD' or 'close rate 1:N' after the deliveries, found the end of the statement", 1, 18, 1),
        ("plan deliveries 5 close rate 1/5", "unexpected character '/'", 1, 31, 1),
        ("score close_rate for 2010-10", "expected 'target' after the period (score KPI for PERIOD target X), found the end of the statement", 1, 29, 1),
        ("compare close_rate for 2010-10 and 2010-09", "expected 'vs' after the first period (compare KPI for P vs Q), found 'and'", 1, 32, 3),
        ("42", "expected a statement such as select, count or help, found '42'", 1, 1, 2),
        ("select", "expected a table or the fields to list, found the end of the statement", 1, 7, 1),
        ("select customers where", "expected a condition, found the end of the statement", 1, 23, 1),
        ("select customers where grade =", "expected a value (a word, \"text\", a number, a date or a period), found the end of the statement", 1, 31, 1),
        ("select customers where grade = H and", "expected a condition, found the end of the statement", 1, 37, 1),
        ("select customers where grade H", "expected an operator (= != < <= > >= in between contains like is) after 'grade', found 'H'", 1, 30, 1),
        ("select customers where grade ! H", "unexpected character '!' (write != for 'not equal')", 1, 30, 1),
        ("select customers where (grade = H", "expected ')' to close the '(' opened here", 1, 24, 1),
        ("select customers where (grade = H x", "expected ')' to close the '(' opened here, found 'x'", 1, 35, 1),
        ("select customers where name = \"王伟", "this string has no closing \"", 1, 31, 1),
        ("select customers where name = '王伟", "this string has no closing '", 1, 31, 1),
        ("select customers where name = \"a\\q\"", "unknown escape '\\q' in a string: use \\\" \\' \\\\ \\n or \\t", 1, 33, 2),
        ("select customers where created = 2010-1-05", "'2010-1-05' is not a date or period: write YYYY-MM-DD, YYYY-MM, YYYY-Www, YYYY-Qn or YYYY", 1, 34, 9),
        ("select customers where card_age > 60days", "'60days' is neither a number nor a date: dates are written YYYY-MM-DD, periods YYYY-MM, YYYY-Www, YYYY-Qn or YYYY", 1, 35, 6),
        ("select customers limit ten", "expected a whole number of rows after 'limit', found 'ten'", 1, 24, 3),
        ("select customers limit -1", "expected a whole number of rows after 'limit', found '-1'", 1, 24, 2),
        ("select customers order name", "expected 'by' after 'order', found 'name'", 1, 24, 4),
        ("select customers where grade = H where grade = A", "'where' appears twice in this statement", 1, 34, 5),
        ("select customers and grade = H", "'and' cannot follow here: expected where, by, order by, limit or as of", 1, 18, 3),
        ("select customers grade = H", "expected ';' or a new line after the statement, found 'grade'", 1, 18, 5),
        ("select name phone from customers", "expected ';' or a new line after the statement, found 'phone'", 1, 13, 5),
        ("select name, phone customers", "expected 'from' after the fields, found 'customers'", 1, 20, 9),
        ("select * customers", "expected 'from' after '*', found 'customers'", 1, 10, 9),
        ("select customers as 2010-10-01", "expected 'of' after 'as' (as of DATE), found '2010-10-01'", 1, 21, 10),
        ("select customers where grade in (H, A", "expected ',' or ')' in the list opened here", 1, 33, 1),
        ("select customers where grade in (H A)", "expected ',' or ')' in the list opened here, found 'A'", 1, 36, 1),
        ("select customers where created between 2010-09-01 2010-09-30", "expected 'and' between the two bounds of 'between', found '2010-09-30'", 1, 51, 10),
        ("select customers where grade not = H", "expected in, between, contains or like after 'not', found '='", 1, 34, 1),
        ("select customers where phone is empty", "expected 'null' after 'is', found 'empty'", 1, 33, 5),
        ("sum from customers", "expected a field to sum, found 'from'", 1, 5, 4),
        ("avg card_age customers", "expected 'from' and a table after the aggregate, found 'customers'", 1, 14, 9),
        ("count, frob x from customers", "expected count, sum, avg, min or max after ',', found 'frob'", 1, 8, 4),
        ("count customers by month(created", "expected ')' to close month(, found the end of the statement", 1, 33, 1),
        ("let = 3", "expected a variable name after 'let', found '='", 1, 5, 1),
        ("let m 2010-10", "expected '=' after the variable name, found '2010-10'", 1, 7, 7),
        ("select customers where $ = 1", "expected a variable name after '$'", 1, 24, 1),
        ("select customers where grade = H @", "unexpected character '@'", 1, 34, 1),
        ("select customers where grade = H；；select", "expected a table or the fields to list, found the end of the statement", 1, 41, 1),
        ("select customers where grade ＝ H，A", "expected ';' or a new line after the statement, found '，'", 1, 33, 2),
        ("select from customers", "expected a table or the fields to list, found 'from'", 1, 8, 4),
        ("select customers\nwhere\n", "expected a condition, found the end of the statement", 3, 1, 1),
    ])
    func rejects(text: String, message: String, line: Int, column: Int, caretWidth: Int) {
        do {
            let statements = try Parser.parse(text)
            Issue.record("parsed: \(ASTDump.dump(statements))")
        } catch {
            #expect(error.message == message)
            let source = SourceText(text)
            let (l, c) = source.location(of: error.range.start)
            #expect(l == line && c == column, "at \(l):\(c)")
            // The caret covers the range on its first line (wide characters two columns), one column at least.
            let (endLine, _) = source.location(of: error.range.end)
            let covered = endLine == l ? source.slice(error.range) : String(source.line(l).dropFirst(c - 1).prefix(1))
            let width = max(1, DisplayWidth.of(covered))
            #expect(width == caretWidth, "covers \(width) columns")
        }
    }

    @Test(arguments: [
        ("select customers where (grade = H", true),
        ("select customers where name = \"王", true),
        ("select customers where", true),
        ("select customers where grade in (H,", true),
        ("count customers by", true),
        ("selct customers", false),
        ("select customers where grade H", false),
    ])
    func marksIncompleteInput(text: String, incomplete: Bool) {
        do {
            _ = try Parser.parse(text)
            Issue.record("parsed")
        } catch {
            #expect(error.isIncomplete == incomplete)
        }
    }

}
