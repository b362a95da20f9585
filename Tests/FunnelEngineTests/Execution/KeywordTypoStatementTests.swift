import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// A misspelt keyword where a keyword goes gets "did you mean", with the caret under
/// it, on the demo dealer.
@Suite struct KeywordTypoStatementTests {
    static func run(_ text: String, format: OutputFormat = .csv) throws -> StatementHarness.Run {
        StatementHarness.run(text, on: try #require(StatementHarness.demo), format: format)
    }

    /// (statement, the whole first line of the error, the text the caret is under)
    @Test(arguments: [
        ("count customers were grade = H",
         "expected ';' or a new line after the statement, found 'were' — did you mean 'where'?", "were"),
        ("count customers wher grade = H",
         "expected ';' or a new line after the statement, found 'wher' — did you mean 'where'?", "wher"),
        ("count customers where grade = H adn channel = walkin",
         "expected ';' or a new line after the statement, found 'adn' — did you mean 'and'?", "adn"),
        ("select customers where grade = H oder by card_age",
         "expected ';' or a new line after the statement, found 'oder' — did you mean 'order by'?", "oder"),
        ("count customers by grade ordr by count",
         "expected ';' or a new line after the statement, found 'ordr' — did you mean 'order by'?", "ordr"),
        ("select customers where grade = H limt 5",
         "expected ';' or a new line after the statement, found 'limt' — did you mean 'limit'?", "limt"),
        ("select customers limt 5",
         "expected ';' or a new line after the statement, found 'limt' — did you mean 'limit'?", "limt"),
        ("select customers where grade = H order bye card_age",
         "expected 'by' after 'order', found 'bye' — did you mean 'by'?", "bye"),
        ("count customers where grade inn (H, A)",
         "expected an operator (= != < <= > >= in between contains like is) after 'grade', found 'inn' — did you mean "
            + "'in'?", "inn"),
        ("select customers where name contians \"王\"",
         "expected an operator (= != < <= > >= in between contains like is) after 'name', found 'contians' — did you "
            + "mean 'contains'?", "contians"),
        ("select customers where phone is nul", "expected 'null' after 'is', found 'nul' — did you mean 'null'?", "nul"),
        ("kpi new_cards fro 2010-10", "expected 'for' after the KPI names, found 'fro' — did you mean 'for'?", "fro"),
        ("score close_rate for 2010-10 traget 70%",
         "expected 'target' after the period (score KPI for PERIOD target X), found 'traget' — did you mean 'target'?",
         "traget"),
        ("plan deliveries 30 fro 2010-11 using 2010-10",
         "expected 'for PERIOD' or 'close rate 1:N' after the deliveries, found 'fro' — did you mean 'for'?", "fro"),
        ("count customers wehre grade = H",
         "expected ';' or a new line after the statement, found 'wehre' — did you mean 'where'?", "wehre"),
        // A misspelt statement word, as before.
        ("selct customers", "unknown statement 'selct' — did you mean 'select'?", "selct"),
        // Nothing near: the message as it was.
        ("count customers where grade = H xyz", "expected ';' or a new line after the statement, found 'xyz'", "xyz"),
    ])
    func aMisspeltKeywordGetsDidYouMean(statement: String, message: String, underlined: String) throws {
        let run = try Self.run(statement)
        #expect(run.results.isEmpty)
        let error = try #require(run.errors.first)
        #expect(error.split(separator: "\n").first.map(String.init) == "error: " + message)
        #expect(StatementHarness.underlined(in: error) == underlined, "\(error)")
    }
}
