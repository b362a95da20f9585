import Testing
@testable import FunnelSyntax

/// Each statement form, with the tree it must parse to.
@Suite struct ParserTests {
    @Test(arguments: [
        ("select customers", "(select customers [])"),
        ("SELECT * FROM customers LIMIT 5", "(select customers [*] (limit 5))"),
        ("select customers where grade = H and card_age > 60",
         "(select customers [] (where (and (= grade H) (> card_age 60))))"),
        ("select name, phone from customers where status = following order by card_age desc, name limit 20",
         "(select customers [name, phone] (where (= status following)) (order card_age desc, name) (limit 20))"),
        ("select followups where customer.grade = H",
         "(select followups [] (where (= customer.grade H)))"),
        ("select customers where 渠道 = 进店 and 客户姓名 = \"王伟\"",
         "(select customers [] (where (and (= 渠道 进店) (= 客户姓名 \"王伟\"))))"),
        ("select customers where a = 1 or b = 2 and c = 3",
         "(select customers [] (where (or (= a 1) (and (= b 2) (= c 3)))))"),
        ("select customers where (a = 1 or b = 2) and not c = 3",
         "(select customers [] (where (and (or (= a 1) (= b 2)) (not (= c 3)))))"),
        ("select customers where grade in (H, A) and grade not in (N)",
         "(select customers [] (where (and (in grade [H, A]) (not-in grade [N]))))"),
        ("select customers where created in 2010-10",
         "(select customers [] (where (in-period created period:2010-10)))"),
        ("select customers where created in 2010-10-01..2010-10-15",
         "(select customers [] (where (in-period created date:2010-10-01..date:2010-10-15)))"),
        ("select customers where created not in 2010-w41",
         "(select customers [] (where (not-in-period created period:2010-W41)))"),
        ("select customers where created between 2010-09-01 and 2010-09-30",
         "(select customers [] (where (between created date:2010-09-01 date:2010-09-30)))"),
        ("select customers where name contains \"王\" and model like '明%'",
         "(select customers [] (where (and (contains name \"王\") (like model \"明%\"))))"),
        ("select customers where phone is null or lost is not null",
         "(select customers [] (where (or (is-null phone) (is-not-null lost))))"),
        ("select customers where visited and not overdue",
         "(select customers [] (where (and (true visited) (not (true overdue)))))"),
        ("select customers where card_age >= -1 and key_questions != 7 and key_questions <> 3",
         "(select customers [] (where (and (and (>= card_age -1) (!= key_questions 7)) (!= key_questions 3))))"),
        ("select customers where created < $m", "(select customers [] (where (< created $m)))"),
        ("select customers as of 2010-10-01 where card_age > 60",
         "(select customers [] (where (> card_age 60)) (as-of date:2010-10-01))"),
        ("count customers", "(aggregate customers [count])"),
        ("count customers where status = following by consultant",
         "(aggregate customers [count] (where (= status following)) (by consultant))"),
        ("count followups where kind = visit and date in 2010-10 by consultant, week",
         "(aggregate followups [count] (where (and (= kind visit) (in-period date period:2010-10))) (by consultant, week))"),
        ("avg card_age, max created from customers by grade",
         "(aggregate customers [avg card_age, max created] (by grade))"),
        ("count, sum key_questions from customers by month(created)",
         "(aggregate customers [count, sum key_questions] (by month(created)))"),
        ("count from traffic", "(aggregate traffic [count])"),
        ("count phone of customers", "(aggregate customers [count phone])"),
        ("min customer.created from followups", "(aggregate followups [min customer.created])"),
        ("count traffic by week, result as of 2010-10-31",
         "(aggregate traffic [count] (by week, result) (as-of date:2010-10-31))"),
        ("let m = 2010-10", "(let m period:2010-10)"),
        ("let span = 2010-10..2010-12", "(let span period:2010-10..period:2010-12)"),
        ("let big = \"柯迪亚克\"", "(let big \"柯迪亚克\")"),
        ("kpi first_visit_rate for 2010-10", "(kpi [first_visit_rate] period:2010-10)"),
        ("kpi first_visit_rate, 首次进店率 for 2010-10 by consultant where channel = phone as of 2010-10-20",
         "(kpi [first_visit_rate, 首次进店率] period:2010-10 (where (= channel phone)) (by consultant) (as-of date:2010-10-20))"),
        ("kpi overall_visit_rate for 2010 by month", "(kpi [overall_visit_rate] 2010 (by month))"),
        ("explain kpi overall_visit_rate for 2010-10", "(explain overall_visit_rate period:2010-10)"),
        ("funnel", "(report funnel)"),
        ("funnel for 2010-10 by consultant", "(report funnel for period:2010-10 (by consultant))"),
        ("漏斗 for 2010-10", "(report funnel for period:2010-10)"),
        ("inventory for 2010-Q4 by month", "(report inventory for period:2010-Q4 (by month))"),
        ("lost reasons for 2010-10", "(report lost-reasons for period:2010-10)"),
        ("structure by grade as of 2010-09-30", "(report structure (by grade) (as-of date:2010-09-30))"),
        ("structure by age band", "(report structure (by age band))"),
        ("capture progress for 2010-10 by week", "(report capture-progress for period:2010-10 (by week))"),
        ("followup effect for 2010-10 by consultant", "(report followup-effect for period:2010-10 (by consultant))"),
        ("conversion for 2010-10 by model", "(report conversion for period:2010-10 (by model))"),
        ("due", "(report due)"),
        ("due 2010-10-31", "(report due day date:2010-10-31)"),
        ("overdue as of 2010-10-15", "(report overdue (as-of date:2010-10-15))"),
        ("contacted today", "(report contacted day today)"),
        ("dormant eligible", "(report dormant-eligible)"),
        ("duplicate cards", "(report duplicate-cards)"),
        ("plan deliveries 30 for 2010-11", "(plan 30 for period:2010-11)"),
        ("plan deliveries 30 for 2010-11 using 2010-10", "(plan 30 for period:2010-11 using period:2010-10)"),
        ("plan deliveries 5 close rate 1:5", "(plan 5 rate 1:5)"),
        ("score first_visit_rate for 2010-10 target 70%", "(score first_visit_rate period:2010-10 target 70%)"),
        ("score deliveries for 2010-10 target 12 up 1.3 down 0.3",
         "(score deliveries period:2010-10 target 12 up 1.3 down 0.3)"),
        ("compare close_rate for 2010-10 vs 2010-09", "(compare close_rate period:2010-10 vs period:2010-09)"),
        ("help", "(help)"),
        ("help select", "(help select)"),
    ])
    func parses(text: String, tree: String) throws {
        let statements = try Parser.parse(text)
        #expect(ASTDump.dump(statements) == tree)
    }

    @Test(arguments: [
        // Separators: semicolons, line ends, comments, blank lines.
        ("select customers; count customers", "(select customers [])\n(aggregate customers [count])"),
        ("select customers\ncount customers", "(select customers [])\n(aggregate customers [count])"),
        ("-- weekly review\n\nselect customers -- all\n# done\n", "(select customers [])"),
        // A line that opens with a clause keyword continues the statement.
        ("select customers\n  where grade = H\n  and card_age > 60\n  order by name\n  limit 3",
         "(select customers [] (where (and (= grade H) (> card_age 60))) (order name) (limit 3))"),
        // A line that ends where more must follow continues too.
        ("select customers where grade = H and\n card_age > 60",
         "(select customers [] (where (and (= grade H) (> card_age 60))))"),
        ("select name,\n phone from customers", "(select customers [name, phone])"),
        ("select customers where grade in (\n H,\n A\n)", "(select customers [] (where (in grade [H, A])))"),
        (";;select customers;;", "(select customers [])"),
        ("", ""),
    ])
    func splitsStatements(text: String, tree: String) throws {
        #expect(ASTDump.dump(try Parser.parse(text)) == tree)
    }

    @Test func keywordsInAnyCase() throws {
        let tree = ASTDump.dump(try Parser.parse("Select Customers Where Grade = h Order By Name Desc"))
        #expect(tree == "(select Customers [] (where (= Grade h)) (order Name desc))")
    }

    @Test func deepButBoundedNesting() throws {
        let ok = "select customers where " + String(repeating: "(", count: 50) + "a = 1"
            + String(repeating: ")", count: 50)
        #expect(throws: Never.self) { try Parser.parse(ok) }
        let deep = "select customers where " + String(repeating: "(", count: 100_000)
        #expect(throws: SyntaxError.self) { try Parser.parse(deep) }
        let nots = "select customers where " + String(repeating: "not ", count: 100_000) + "visited"
        #expect(throws: SyntaxError.self) { try Parser.parse(nots) }
    }

    @Test func longLinesParse() throws {
        let values = (0..<20_000).map { "v\($0)" }.joined(separator: ", ")
        let statements = try Parser.parse("select customers where name in (\(values))")
        #expect(statements.count == 1)
    }
}
