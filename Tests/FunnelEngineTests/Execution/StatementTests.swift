import FunnelDomain
import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// Every statement form on the fixture, with its exact csv output.
@Suite struct StatementTests {
    @Test(arguments: [
        // select: the card view, a condition, derived fields, ordering, limits.
        ("select id, name from customers where grade = H", "id,name\nC1,王伟\n"),
        ("select id from customers where grade = h and card_age > 60", "id\nC1\n"),
        ("select id, card_age from customers order by card_age desc limit 2", "id,card_age\nC4,143\nC1,91\n"),
        ("select id, status from customers where status = following order by id",
         "id,status\nC1,active\nC2,order\nC5,active\n"),
        ("select id from customers where status = 跟进客户 and 渠道 = 进店", "id\nC1\n"),
        ("select id from customers where channel in (phone, outreach) order by id", "id\nC2\nC3\nC5\n"),
        ("select id from customers where channel not in (walkin) and visited", "id\nC2\n"),
        ("select id from customers where not visited order by id", "id\nC3\nC5\n"),
        ("select id from customers where created in 2010-10", "id\nC2\nC5\n"),
        ("select id from customers where created in 2010-Q3 order by created", "id\nC1\nC3\n"),
        ("select id from customers where created < 2010-08 or created > 2010-10-15 order by id", "id\nC4\nC5\n"),
        ("select id from customers where created between 2010-08-01 and 2010-09-30 order by id", "id\nC1\nC3\n"),
        ("select id from customers where name contains \"娜\" or name like 'li%' order by id", "id\nC2\nC3\n"),
        ("select id from customers where lost_reason is not null", "id\nC3\n"),
        ("select id from customers where source is null order by id", "id\nC3\nC4\nC5\n"),
        ("select id from customers where not complete order by id", "id\nC3\nC5\n"),
        ("select id, visits, test_drives, followup_count, last_contact from customers where id = C1",
         "id,visits,test_drives,followup_count,last_contact\nC1,2,1,3,2010-10-12\n"),
        ("select id from customers where overdue", "id\nC5\n"),
        ("select id from customers where due", "id\nC1\n"),
        ("select id, city, budget from customers where budget > 20", "id,city,budget\nC2,苏州,25\n"),
        ("select id from customers where key_questions >= 5 order by key_questions desc", "id\nC1\nC4\n"),
        // as of: T moves, and what happened after it does not count.
        ("select id, status, card_age from customers where id in (C2, C4) as of 2010-10-10",
         "id,status,card_age\nC2,active,5\nC4,won,122\n"),
        ("select id from customers as of 2010-07-01", "id\nC4\n"),
        ("select id from customers where card_age > 60 as of 2010-10-01", "id\nC1\nC4\n"),
        // Follow-ups and traffic reach their card.
        ("select customer, date from followups where customer.grade = H order by date",
         "customer,date\nC1,2010-08-01\nC1,2010-09-10T15:00\nC1,2010-10-12\n"),
        ("select id from traffic where customer.channel = walkin", "id\nT1\nT2\n"),
        ("select customer, kind from followups where note contains 预算", "customer,kind\nC1,call\n"),
        // count and aggregates.
        ("count customers", "count\n5\n"),
        ("count customers by consultant", "consultant,count\n张强,2\n李娜,3\n"),
        ("count customers where status = following by consultant", "consultant,count\n李娜,3\n"),
        ("count customers by status", "status,count\nwon,1\nlost,1\norder,1\nactive,2\n"),
        ("count customers by month", "month,count\n2010-06,1\n2010-08,1\n2010-09,1\n2010-10,2\n"),
        ("count followups where kind = visit by customer.consultant, month(date)",
         "customer.consultant,month(date),count\n张强,2010-06,1\n李娜,2010-08,1\n李娜,2010-09,1\n李娜,2010-10,1\n"),
        ("count traffic by week, result", "week,result,count\n2010-W30,captured,1\n2010-W36,followup,1\n2010-W40,captured,1\n2010-W40,followup,1\n2010-W40,none,1\n"),
        ("count customers where created in 2010-10 by channel", "channel,count\nphone,2\n"),
        ("count customers by grade order by count desc, grade limit 2", "grade,count\nH,1\nA,1\n"),
        ("avg card_age, min created, max created from customers by consultant",
         "consultant,avg_card_age,min_created,max_created\n张强,94.5,2010-06-10,2010-09-15\n李娜,39.333333333333336,2010-08-01,2010-10-30\n"),
        ("count, sum key_questions, avg budget from customers",
         "count,sum_key_questions,avg_budget\n5,16,20.25\n"),
        ("count budget of customers", "count_budget\n2\n"),
        ("min name, max model from customers", "min_name,max_model\n,速派\n"),
        ("count customers where grade = O", "count\n0\n"),
        ("avg budget from customers where grade = O", "avg_budget\n\n"),
        ("count targets", "count\n1\n"),
        // let and variables.
        ("let m = 2010-10; select id from customers where created in m", "id\nC2\nC5\n"),
        ("let m = 2010-10; select id from customers where created in $m", "id\nC2\nC5\n"),
        ("let who = \"李娜\"; count customers where consultant = who", "count\n3\n"),
    ])
    func result(statement: String, csv: String) throws {
        #expect(try Fixture.run(statement) == csv)
    }

    @Test func helpListsEveryStatement() throws {
        let text = try Fixture.run("help")
        for word in ["select", "count", "sum FIELD", "let", "help"] { #expect(text.contains(word)) }
        #expect(try Fixture.run("help count").contains("count followups where kind = visit"))
    }
}

/// Sums that do not fit in 64 bits fall back to doubles instead of trapping.
@Suite struct AggregateLimitsTests {
    @Test func hugeIntegersDoNotTrap() throws {
        let json = """
            {"customers": [
              {"id": "a", "created": "2010-01-01", "points": 9223372036854775807},
              {"id": "b", "created": "2010-01-01", "points": 9223372036854775807}]}
            """
        let dataset = try DatasetLoader().load(bytes: Array(json.utf8), file: "big.json")
        let run = StatementHarness.run("sum points, max points, avg points from customers", on: dataset,
                                       today: Day(parsing: "2010-12-31"))
        #expect(run.output == "sum_points,max_points,avg_points\n1.8446744073709552e+19,9223372036854775807,9.223372036854776e+18\n")
    }
}
