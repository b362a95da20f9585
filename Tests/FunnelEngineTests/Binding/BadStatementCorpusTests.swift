import Testing

/// One statement from the bad-input list of issue 7, and the first line it must give:
/// an error a manager can act on, or the plain answer when the input is merely big.
struct BadStatement: Sendable, CustomTestStringConvertible {
    let name: String
    let text: String
    let expected: String

    init(_ name: String, _ text: String, _ expected: String) {
        self.name = name
        self.text = text
        self.expected = expected
    }

    var testDescription: String { name }
}

private let orChain = "count customers where " + String(repeating: "grade = H or ", count: 7_700) + "grade = H"
private let andChain = "count customers where " + String(repeating: "key_questions >= 0 and ", count: 4_400) + "visited"
private let longName = String(repeating: "x", count: 100_000)

/// The statements of the bad-input list, each with its exact message. Some
/// repeat a case of ParserErrorTests or BindingErrorTests on purpose, so the list
/// reads whole in one place; those suites check the carets.
@Suite struct BadStatementCorpusTests {
    static let corpus: [BadStatement] = [
        BadStatement("unbalanced double quote", "select customers where name = \"王伟", "error: this string has no closing \""),
        BadStatement("unbalanced single quote", "select customers where name = '王伟", "error: this string has no closing '"),
        BadStatement("unclosed bracket", "select customers where (grade = H or grade = A",
                     "error: expected ')' to close the '(' opened here"),
        BadStatement("stray closing bracket", "select customers where grade = H)",
                     "error: expected ';' or a new line after the statement, found ')'"),
        BadStatement("unclosed list", "select customers where grade in (H, A",
                     "error: expected ',' or ')' in the list opened here"),
        BadStatement("unclosed grain bracket", "count customers by month(created",
                     "error: expected ')' to close month(, found the end of the statement"),
        BadStatement("a 100,000-character line of or terms", orChain, "count"),
        BadStatement("a 100,000-character line of and terms", andChain, "count"),
        BadStatement("a 100,000-character string", "count customers where name = \"\(longName)\"", "count"),
        BadStatement("a 100,000-character table name", "select " + longName,
                     "error: unknown table '\(longName)': the tables are customers, followups, traffic, targets"),
        BadStatement("unknown table", "select custmers", "error: unknown table 'custmers' — did you mean 'customers'?"),
        BadStatement("unknown field", "select customers where grde = H",
                     "error: unknown field 'grde' in customers — did you mean 'grade'?"),
        BadStatement("unknown value", "select customers where channel = walkn",
                     "error: 'walkn' is not a value of channel — did you mean 'walkin'?"),
        BadStatement("month 13", "count customers where created in 2010-13",
                     "error: 2010-13 is not a month: months run 01 to 12"),
        BadStatement("week 54", "count customers where created in 2010-W54", "error: 2010-W54: 2010 has 52 ISO weeks"),
        BadStatement("impossible date", "count customers where created = 2010-02-30", "error: 2010-02-30 is not a real date"),
        BadStatement("as of before all data", "count customers as of 2000-01-01",
                     "error: as of 2000-01-01 is before the data begins (its first day is 2010-06-10): nothing had happened yet"),
        BadStatement("a period after the as-of day", "count customers where created in 2010-12",
                     "error: 2010-12 starts after today (2010-10-31): nothing in it has happened yet"),
        BadStatement("a period after an explicit as of", "count followups where date in 2010-10 as of 2010-09-30",
                     "error: 2010-10 starts after today (2010-09-30): nothing in it has happened yet"),
        BadStatement("a planned date after the as-of day is fine", "count customers where next_followup in 2010-12",
                     "count"),
        BadStatement("as of before all data, in a report", "funnel as of 2000-01-01",
                     "error: as of 2000-01-01 is before the data begins (its first day is 2010-06-10): nothing had happened yet"),
        BadStatement("unknown KPI", "kpi frist_visit_rate for 2010-10",
                     "error: unknown KPI 'frist_visit_rate' — did you mean 'first_visit_rate'? (help kpis lists them all)"),
        BadStatement("a KPI period after the as-of day", "kpi first_visit_rate for 2010-12",
                     "error: 2010-12 starts after today (2010-10-31): nothing in it has happened yet"),
        BadStatement("a report period after an explicit as of", "funnel for 2010-10 as of 2010-09-30",
                     "error: 2010-10 starts after today (2010-09-30): nothing in it has happened yet"),
        BadStatement("a KPI period of month 13", "kpi new_cards for 2010-13",
                     "error: 2010-13 is not a month: months run 01 to 12"),
        BadStatement("a KPI period of week 54", "compare new_cards for 2010-W54 vs 2010-W40",
                     "error: 2010-W54: 2010 has 52 ISO weeks"),
        BadStatement("a 100,000-character line of or terms in a KPI", "kpi new_cards for 2010-10 where "
                     + String(repeating: "grade = H or ", count: 7_700) + "visited", "kpi,period,numerator,denominator,value"),
        BadStatement("NUL byte", "select\u{0} customers", "error: unexpected control character U+0000"),
        BadStatement("invalid UTF-8, decoded as U+FFFD", String(decoding: Array("select ".utf8) + [0xD5, 0xC5], as: UTF8.self),
                     "error: unknown table '\u{FFFD}\u{FFFD}': the tables are customers, followups, traffic, targets"),
    ]

    @Test(arguments: corpus)
    func givesItsMessage(input: BadStatement) throws {
        let output = try Fixture.run(input.text)
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) == input.expected)
    }
}
