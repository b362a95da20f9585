import FunnelTestSupport
import Testing

/// Statements that parse but do not bind, each with its exact message and the text
/// the caret sits under.
@Suite struct BindingErrorTests {
    @Test(arguments: [
        ("select custmers", "unknown table 'custmers' — did you mean 'customers'?", "custmers"),
        ("select leads", "unknown table 'leads': the tables are customers, followups, traffic, targets", "leads"),
        ("select customers where grde = H", "unknown field 'grde' in customers — did you mean 'grade'?", "grde"),
        ("select customers where grade = Z",
         "'Z' is not a value of grade: allowed are O (O级), H (H级), A (A级), B (B级), C (C级), N (N级)", "Z"),
        ("select customers where channel = walkn", "'walkn' is not a value of channel — did you mean 'walkin'?", "walkn"),
        ("select customers where status = folowing", "'folowing' is not a value of status — did you mean 'following'?",
         "folowing"),
        ("select customers where card_age > old", "card_age holds numbers; 'old' is not a number", "old"),
        ("select customers where created = 2010-02-30", "2010-02-30 is not a real date", "2010-02-30"),
        ("select customers where created in 2010-13", "2010-13 is not a month: months run 01 to 12", "2010-13"),
        ("select customers where created in 2010-W54", "2010-W54: 2010 has 52 ISO weeks", "2010-W54"),
        ("select customers where created in soon",
         "'soon' is not a period: write a day (2010-10-05), an ISO week (2010-W41), a month (2010-10), a quarter (2010-Q4), a year (2010) or a range (2010-10-01..2010-10-15), or say it: last month, this week, 上月, last 7 days, today - 7 (help periods)",
         "soon"),
        ("select customers where created in 2010-10-15..2010-10-01",
         "this range ends (2010-10-01) before it starts (2010-10-15)", "2010-10-15..2010-10-01"),
        ("select customers where grade in 2010-10",
         "'in' with a period needs a date field; grade is enum(O|H|A|B|C|N) — for a list write grade in (a, b)", "grade"),
        ("select customers where grade < H", "grade has no order: use = != or in (...)", "H"),
        ("select customers where visited = maybe", "visited is true or false; 'maybe' is neither", "maybe"),
        ("select customers where grade", "'grade' is not a yes/no field: compare it, e.g. grade = ...", "grade"),
        ("select customers where card_age contains 3", "card_age is not text (it is int)", "card_age"),
        ("select followups where grade.x = H", "'grade.x' is not a field of followups (write customer.FIELD for the card's fields)",
         "grade.x"),
        ("select followups where card_age > 3", "unknown field 'card_age' in followups: it is a card field, write customer.card_age",
         "card_age"),
        ("select followups where customer.grde = H", "unknown field 'grde' in customers — did you mean 'grade'?", "grde"),
        ("select customers where created < $later", "no variable named 'later': define it with let later = ...", "$later"),
        ("select customers by grade", "select lists rows and cannot group: use count ... by instead", "grade"),
        ("select customers order by grde", "unknown field 'grde' in customers — did you mean 'grade'?", "grde"),
        ("count customers by month(grade)", "month( ) needs a date field; grade is enum(O|H|A|B|C|N)", "grade"),
        ("count customers by fortnight", "unknown field 'fortnight' in customers; its fields are id, name, phone, model, channel, source, consultant, created, grade, kind, key_questions, next_followup, ordered, delivered, lost, lost_reason, dormant, dealer, city, budget, 卡号, 档案编号, 客户姓名, 姓名, 联系电话, 手机, 意向车型, 车型, 留档渠道, 渠道, 来源, 销售顾问, 顾问, 留档日期, 建档日期, 意向级别, 级别, 客户类型, 关键问题, 下次跟进时间",
         "fortnight"),
        ("count traffic order by total", "'total' is not a column of this result; order by one of count", "total"),
        ("sum created from customers", "dates cannot be summed: use min, max or avg of created", "sum created"),
        ("avg name from customers", "avg needs a number or a date; name is string", "avg name"),
        ("sum visited from customers",
         "sum needs a number or a date; visited is true/false (count it with a where condition instead)", "sum visited"),
        ("select customers as of someday", "as of holds dates; 'someday' is not a date: write YYYY-MM-DD, a period such as 2010-10, or today",
         "someday"),
        ("help selct", "no help on 'selct' — did you mean 'select'?", "selct"),
        ("help everything", "no help on 'everything': try select, count, sum, kpi, explain, funnel, inventory, lost, structure, capture, followup, conversion, due, plan, score, compare, chart, key, prospect, callbacks, let, help, periods", "everything"),
        ("let m = 2010-13", "2010-13 is not a month: months run 01 to 12", "2010-13"),
    ])
    func rejects(statement: String, message: String, underlined: String) throws {
        let output = try Fixture.run(statement)
        #expect(output.split(separator: "\n").first.map(String.init) == "error: " + message)
        // The caret line underlines exactly the offending text.
        #expect(StatementHarness.underlined(in: output) == underlined, "\(output)")
    }

    @Test func aScriptStopsAtTheFirstFailureAndNamesItsLine() throws {
        let output = try Fixture.run("count customers\nselect customers where grde = H\ncount followups")
        #expect(output == """
            count
            5
            error: unknown field 'grde' in customers — did you mean 'grade'?
             --> line 2:24
              |
            2 | select customers where grde = H
              |                        ^^^^

            """)
    }
}
