import FunnelEngine
import FunnelStore
import FunnelTestSupport
import Testing

/// A keyword is a keyword only where the grammar expects one: where a value goes,
/// any word is a value, `order`, `by`, `limit`, `from`, `where` and `and` included,
/// quoted or not; a clause keyword after the value is still the clause.
@Suite struct KeywordValueStatementTests {
    /// A dealer whose consultants, models and sources are named like keywords.
    static let json = """
        {"dealer": "测试店", "as_of": "2010-10-31",
         "customers": [
          {"id": "C1", "name": "王伟", "phone": "13800000001", "model": "by", "channel": "walkin", "source": "from",
           "consultant": "limit", "created": "2010-08-01", "grade": "H"},
          {"id": "C2", "name": "李娜", "phone": "13800000002", "model": "order", "channel": "phone",
           "source": "website", "consultant": "order", "created": "2010-10-05", "grade": "A", "ordered": "2010-10-20"},
          {"id": "C3", "name": "张强", "phone": "13800000003", "model": "明锐", "channel": "walkin", "source": "where",
           "consultant": "where", "created": "2010-09-15", "grade": "B"},
          {"id": "C4", "name": "赵敏", "phone": "13800000004", "model": "by", "channel": "outreach", "source": "and",
           "consultant": "limit", "created": "2010-10-10", "grade": "C"}
         ],
         "followups": [], "traffic": []
        }
        """

    static let dataset: Dataset? = try? DatasetLoader().load(bytes: Array(json.utf8), file: "keywords.json")

    static func run(_ text: String) throws -> StatementHarness.Run {
        StatementHarness.run(text, on: try #require(dataset))
    }

    /// The bare word gives what the quoted word gives, and that is the expected answer.
    @Test(arguments: [
        ("select id from customers where consultant = limit", "select id from customers where consultant = \"limit\"",
         "id\nC1\nC4\n"),
        ("select id from customers where model = by", "select id from customers where model = 'by'", "id\nC1\nC4\n"),
        ("select id from customers where source = from", "select id from customers where source = \"from\"", "id\nC1\n"),
        ("select id from customers where source = and or source = from order by id",
         "select id from customers where source = \"and\" or source = \"from\" order by id", "id\nC1\nC4\n"),
        ("select id from customers where consultant in (limit, order) order by id",
         "select id from customers where consultant in (\"limit\", \"order\") order by id", "id\nC1\nC2\nC4\n"),
        ("select id from customers where consultant not in (where, by) order by id",
         "select id from customers where consultant not in (\"where\", \"by\") order by id", "id\nC1\nC2\nC4\n"),
        ("select id from customers where consultant between limit and order order by id",
         "select id from customers where consultant between \"limit\" and \"order\" order by id", "id\nC1\nC2\nC4\n"),
        ("select id from customers where model contains by", "select id from customers where model contains \"by\"",
         "id\nC1\nC4\n"),
        ("select id from customers where consultant like where", "select id from customers where consultant like \"where\"",
         "id\nC3\n"),
        ("select id from customers where consultant != limit order by id",
         "select id from customers where consultant != \"limit\" order by id", "id\nC2\nC3\n"),
        ("let who = limit; select id from customers where consultant = who",
         "select id from customers where consultant = \"limit\"", "id\nC1\nC4\n"),
        // A clause keyword right after the value is the clause.
        ("select id from customers where consultant = limit order by id desc limit 1",
         "select id from customers where consultant = \"limit\" order by id desc limit 1", "id\nC4\n"),
        ("count customers where consultant = order by model", "count customers where consultant = \"order\" by model",
         "model,count\norder,1\n"),
        ("count customers where model = by by consultant", "count customers where model = \"by\" by consultant",
         "consultant,count\nlimit,2\n"),
        ("count customers where consultant = where where", "count customers where consultant = \"where\" where",
         ""),
        ("kpi new_cards for 2010-10 where consultant = limit",
         "kpi new_cards for 2010-10 where consultant = \"limit\"",
         "kpi,period,numerator,denominator,value\nnew_cards,2010-10,1,,1\n"),
    ])
    func aKeywordWhereAValueGoesIsTheValue(bare: String, quoted: String, csv: String) throws {
        let expected = try Self.run(quoted)
        if csv.isEmpty {
            // Both fail alike: a clause keyword with nothing after it.
            let firstLine = { (run: StatementHarness.Run) in run.errors.first?.split(separator: "\n").first }
            #expect(!expected.succeeded)
            #expect(firstLine(try Self.run(bare)) == firstLine(expected))
            return
        }
        #expect(expected.output == csv)
        #expect(try Self.run(bare).output == csv)
    }

    /// On the demo dealer: the issue's own statements.
    @Test(arguments: [
        ("count customers where status = order", "count customers where status = 订单"),
        ("count customers where status in (order, won)", "count customers where status in (订单, 成交)"),
        ("count customers where status = order by consultant", "count customers where status = 订单 by consultant"),
        ("select id, card_age from customers where status = order order by card_age limit 5",
         "select id, card_age from customers where status = 订单 order by card_age limit 5"),
        ("count customers where status = \"order\"", "count customers where status = 订单"),
    ])
    func statusOrderIsTheOrderStatus(typed: String, canonical: String) throws {
        let dataset = try #require(StatementHarness.demo)
        let expected = StatementHarness.run(canonical, on: dataset)
        try #require(expected.succeeded, "\(expected.output)")
        #expect(StatementHarness.run(typed, on: dataset).output == expected.output)
    }

    /// Where a day is optional (`due`, `contacted`), a clause keyword is the clause.
    @Test(arguments: [
        ("due order by id limit 2", "due today order by id limit 2"),
        ("contacted where grade = H", "contacted today where grade = H"),
        ("due limit 3", "due today limit 3"),
    ])
    func anOptionalDayLeavesClauseKeywordsToTheClause(typed: String, canonical: String) throws {
        let dataset = try #require(StatementHarness.demo)
        let expected = StatementHarness.run(canonical, on: dataset)
        try #require(expected.succeeded, "\(expected.output)")
        #expect(StatementHarness.run(typed, on: dataset).output == expected.output)
    }

    /// `null` alone is not a value: `is null` asks for a missing one.
    @Test func nullIsNoValue() throws {
        let run = try Self.run("count customers where consultant = null")
        #expect(run.errors.first?.hasPrefix("error: expected a value (a word, \"text\", a number, a date or a period), "
                                            + "found 'null'") == true)
    }
}
