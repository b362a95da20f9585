import FunnelEngine
import FunnelTestSupport
import Testing

/// A period said wrong stops the statement before anything runs, with what is wrong
/// and a caret under the words (demo dealer, today 2010-10-31).
@Suite struct SaidPeriodErrorTests {
    /// Each period said wrong stops the statement with what is wrong, under the words.
    @Test(arguments: [
        ("kpi new_cards for last 0 days", "last 0 days is not a period: count at least one day, e.g. last 7 days",
         "last 0 days"),
        ("kpi new_cards for 2010年13月", "2010年13月 is not a month: months run 01 to 12", "2010年13月"),
        ("kpi new_cards for 2010年2月30日", "2010年2月30日 is not a day: 2010-02 has 28 days", "2010年2月30日"),
        ("kpi new_cards for Octobr 2010", "'Octobr' is not a word of a period — did you mean 'October'?", "Octobr"),
        ("kpi new_cards for last monht", "'monht' is not a word of a period — did you mean 'month'?", "monht"),
        ("kpi new_cards for Oct", "Oct needs its year, e.g. Oct 2010", "Oct"),
        ("kpi new_cards for next month", "2010-11 starts after today (2010-10-31): nothing in it has happened yet",
         "next month"),
        ("funnel for 下周", "2010-W44 starts after today (2010-10-31): nothing in it has happened yet", "下周"),
        ("count customers where created in next week",
         "2010-W44 starts after today (2010-10-31): nothing in it has happened yet", "next week"),
        ("kpi new_cards for this month to last month", "this month to last month: range ends before it starts",
         "this month to last month"),
        ("kpi new_cards for 2010-10 + 3",
         "2010-10 + 3 is not a period: only a day moves by days, e.g. today - 7 or 2010-10-05 + 30", "2010-10 + 3"),
        ("count customers where created = yesterdy", "created holds dates; 'yesterdy' is not a date — did you mean 'yesterday'?",
         "yesterdy"),
        ("count customers where created > someday",
         "created holds dates; 'someday' is not a date: write YYYY-MM-DD, a period such as 2010-10, or today",
         "someday"),
    ])
    func saidWrong(statement: String, message: String, underlined: String) throws {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo))
        let error = try #require(run.errors.first, "\(statement) ran")
        #expect(error.split(separator: "\n").first.map(String.init) == "error: " + message)
        #expect(StatementHarness.underlined(in: error) == underlined, "\(error)")
    }
}
