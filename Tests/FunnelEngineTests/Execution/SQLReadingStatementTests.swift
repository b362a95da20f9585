import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// SQL's `group by` and `count(*)` read as `by` and `count`, on the demo dealer: the
/// canonical statement's rows, and a note saying how it was read.
@Suite struct SQLReadingStatementTests {
    static func run(_ text: String, format: OutputFormat = .csv) throws -> StatementHarness.Run {
        StatementHarness.run(text, on: try #require(StatementHarness.demo), format: format)
    }

    /// SQL spellings give the canonical statement's rows, and the result says how it
    /// was read (in the notes under a table; csv and json carry no notes).
    @Test(arguments: [
        ("count customers group by grade", "count customers by grade",
         "read as: count customers by grade ('group by' is 'by')"),
        ("count(*) from customers", "count customers", "read as: count customers ('count(*)' is 'count')"),
        ("count(*) from customers where grade = H", "count customers where grade = H",
         "read as: count customers where grade = H ('count(*)' is 'count')"),
        ("select count(*) from customers", "count customers",
         "read as: count customers (no 'select' before count, 'count(*)' is 'count')"),
        ("select count(*) from customers where status = following group by consultant",
         "count customers where status = following by consultant",
         "read as: count customers by consultant where status = following (no 'select' before count, 'count(*)' is "
            + "'count', 'group by' is 'by')"),
        ("count(*), avg card_age from customers group by grade", "count, avg card_age from customers by grade",
         "read as: count, avg card_age from customers by grade ('count(*)' is 'count', 'group by' is 'by')"),
        ("count followups where kind = visit group by month(date)", "count followups where kind = visit by month(date)",
         "read as: count followups by month(date) where kind = visit ('group by' is 'by')"),
        ("kpi first_visit_rate for 2010-10 group by consultant", "kpi first_visit_rate for 2010-10 by consultant",
         "read as: kpi first_visit_rate for 2010-10 by consultant ('group by' is 'by')"),
        ("funnel for 2010-10 group by model", "funnel for 2010-10 by model",
         "read as: funnel for 2010-10 by model ('group by' is 'by')"),
        ("count customers where grade = H\ngroup by consultant", "count customers where grade = H by consultant",
         "read as: count customers by consultant where grade = H ('group by' is 'by')"),
    ])
    func sqlSpellingsReadAsTheLanguagesOwn(sql: String, canonical: String, note: String) throws {
        let expected = try Self.run(canonical)
        try #require(expected.succeeded && !expected.output.isEmpty, "\(expected.output)")
        #expect(try Self.run(sql).output == expected.output)
        let table = try Self.run(sql, format: .table).output
        #expect(table.split(separator: "\n").contains { $0 == note }, "\(table)")
        #expect(!(try Self.run(canonical, format: .table).output.contains("read as")))
    }
}
