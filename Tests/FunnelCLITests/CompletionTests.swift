import FunnelEngine
import FunnelStore
import FunnelSyntax
import Testing

/// Tab by context, through the parser-driven completer with the engine's catalog of
/// the data: what a manager gets after typing each kind of prefix. `texts` are the
/// choices; `action` what Tab does.
@Suite struct CompletionTests {
    let dataset: Dataset
    let completer: Completer

    init() throws {
        dataset = try PromptFixture.dataset()
        completer = Completer(catalog: SessionCatalog(dataset: dataset, variables: ["m"]))
    }

    func texts(_ before: String, after: String = "", using completer: Completer? = nil) -> [String] {
        (completer ?? self.completer).complete(before: before, after: after).candidates.map(\.text)
    }

    func action(_ before: String, after: String = "") -> Completion.Action {
        completer.complete(before: before, after: after).action
    }

    @Test func statementKeywordsAtTheStart() {
        #expect(texts("") == [
            "select", "count", "sum", "avg", "min", "max", "kpi", "explain", "funnel", "inventory", "lost reasons",
            "structure", "capture progress", "followup effect", "conversion", "due", "overdue", "contacted",
            "dormant eligible", "duplicate cards", "key report", "prospect progress", "callbacks", "plan", "score",
            "compare", "chart", "let", "help",
        ])
        #expect(action("se") == .insert("select "))
        #expect(action("SE") == .insert("select "))
        #expect(action("count customers; he") == .insert("help "))
        #expect(action("lo") == .insert("lost reasons "))
        #expect(action("漏") == .insert("漏斗 "))
    }

    @Test func tablesWhereATableGoes() {
        #expect(action("select cu") == .insert("customers "))
        #expect(action("count fo") == .insert("followups "))
        #expect(action("count, sum key_questions from cu") == .insert("customers "))
        #expect(texts("select * from ") == ["customers", "followups", "traffic", "targets"])
        #expect(texts("count 跟进") == ["跟进记录", "跟进"])
    }

    @Test(arguments: [
        ("select customers where ci", "city "),               // an extra field found in the data
        ("select customers where card_", "card_age "),        // a derived field
        ("select customers where grade = H and las", "last_contact "),
        ("select customers where 渠", "渠道 "),               // a Chinese alias
        ("select followups where customer.gr", "grade "),     // the card's field
        ("select followups where customer.card", "card_age "),
        ("count customers by mon", "month "),                 // a grain
        ("count customers by weekd", "weekday "),             // a grain of the week, not its period
        ("count customers by month(del", "delivered "),
        ("select customers order by crea", "created "),
        ("avg card_age, max cr", "created "),
        ("select customers\nwhere gra", "grade "),            // earlier lines of the statement
        ("count followups where kind = visit by consu", "consultant "),
    ])
    func fieldsOfTheTableInScope(before: String, inserted: String) {
        #expect(action(before) == .insert(inserted))
    }

    @Test func fieldListsTakeTheTableNamedAfterTheCursor() {
        #expect(action("select no", after: " from followups") == .insert("note "))
        #expect(!texts("select ", after: " from traffic").contains("card_age"))
        #expect(texts("select ", after: " from traffic").contains("result"))
    }

    @Test func fieldsDoNotLeakAcrossTables() {
        let traffic = texts("count traffic where ")
        #expect(traffic.contains("result") && traffic.contains("customer.") && traffic.contains("not"))
        #expect(!traffic.contains("card_age") && !traffic.contains("grade"))
        let customers = texts("count customers where ")
        #expect(customers.contains("card_age") && customers.contains("budget") && !customers.contains("customer."))
        // English only until a Chinese character is typed: each field listed once.
        #expect(!customers.contains("渠道"))
    }

    @Test func theCardLinkWaitsForItsField() {
        #expect(texts("select followups where cust") == ["customer", "customer."])
        #expect(action("select followups where cust") == .insert("customer"))
        let completion = completer.complete(before: "select traffic where customer")
        #expect(completion.action == .list(["customer", "customer."]))
    }

    @Test func enumValuesAfterTheirField() {
        #expect(texts("count customers where channel = ") == ["walkin", "phone", "outreach"])
        #expect(texts("count customers where channel =") == ["walkin", "phone", "outreach"])
        #expect(texts("select customers where\ngrade in (") == ["O", "H", "A", "B", "C", "N"])
        #expect(texts("select customers where grade in (H,") == ["O", "H", "A", "B", "C", "N"])
        #expect(action("count customers where grade = h") == .insert("H "))
        #expect(action("count customers where grade != A and grade in (H, o") == .insert("O "))
        #expect(action("count customers where status = fo") == .insert("following "))
        #expect(action("count customers where channel = 进") == .insert("进店 "))
        #expect(action("count followups where kind = ho") == .insert("home_visit "))
        #expect(action("count traffic where result = c") == .insert("captured "))
        #expect(action("count followups where customer.grade = c") == .insert("C "))
        #expect(action("count customers where 渠道 = w") == .insert("walkin "))
    }

    @Test func realValuesForFewValuedTextFields() {
        #expect(texts("count customers where consultant = ") == ["张强", "李娜"])
        #expect(action("count customers where model = 速") == .insert("速派 "))
        #expect(action("count followups where consultant in (李娜, 张") == .insert("张强 "))
        // A value that is not one word is quoted; an open quote is continued and closed.
        #expect(action("count customers where source = ca") == .insert("\"car home\" "))
        #expect(action("count customers where source = \"car") == .insert("\"car home\" "))
        #expect(action("count customers where consultant = '李") == .insert("'李娜' "))
        // Unique values (names, phones, ids) are not offered.
        #expect(texts("count customers where name = ").isEmpty)
        #expect(texts("count customers where phone = ").isEmpty)
    }

    @Test func keywordsWhereTheyFit() {
        #expect(action("select customers wh") == .insert("where "))
        #expect(texts("count customers ") == ["from", "where", "by", "order by", "limit", "as of"])
        #expect(action("select customers where grade = H or") == .list(["or", "order by"]))
        #expect(action("select customers where grade = H ord") == .insert("order by "))
        #expect(action("select customers order by created de") == .insert("desc "))
        #expect(action("count customers as") == .insert("as of "))
        #expect(action("select customers where grade is n") == .list(["not", "null"]))
        #expect(action("select customers where created bet") == .insert("between "))
        // A clause already used is not offered again.
        #expect(!texts("count customers where visited by consultant ").contains("by"))
    }

    @Test func helpTopicsVariablesAndResultColumns() {
        #expect(action("help se") == .insert("select "))
        #expect(action("count customers where created in $") == .insert("$m "))
        #expect(texts("count, sum key_questions from customers by grade order by ").contains("sum_key_questions"))
        #expect(texts("count customers by grade order by ").contains("count"))
    }

    @Test func kpiNamesComeFromTheCaller() throws {
        #expect(texts("kpi ").isEmpty)
        let withKPIs = Completer(catalog: SessionCatalog(
            dataset: dataset, kpiNames: ["first_visit_rate", "close_rate", "overall_visit_rate"], variables: ["m"]))
        #expect(texts("kpi fi", using: withKPIs) == ["first_visit_rate"])
        #expect(texts("kpi first_visit_rate, o", using: withKPIs) == ["overall_visit_rate"])
        #expect(texts("explain k", using: withKPIs) == ["kpi"])
        #expect(texts("explain kpi c", using: withKPIs) == ["close_rate"])
        #expect(texts("score c", using: withKPIs) == ["close_rate"])
        #expect(texts("compare close_rate for 2010-10 v", using: withKPIs) == ["vs"])
        #expect(texts("kpi close_rate ", using: withKPIs) == ["for"])
    }

    @Test func explainOffersTheTermsOfItsKPI() {
        #expect(texts("explain kpi overall_visit_rate for 2010-10 ").first == "term")
        #expect(texts("explain kpi overall_visit_rate for 2010-10 term ")
                == ["visited_in_opening", "visited_in_new", "opening", "new"])
        #expect(action("explain kpi capture_rate for 2010-W40 term cap") == .insert("captured_traffic "))
        #expect(action("explain kpi 总体进店率 for 2010-10 term visited_in_o") == .insert("visited_in_opening "))
        #expect(action("explain kpi overall_visit_rate for 2010-10 term opening wh") == .insert("where "))
    }

    @Test func reportsAndKPIsTakeClausesAboutCards() {
        #expect(texts("funnel ") == ["for", "where", "by", "order by", "limit", "as of"])
        #expect(action("funnel for 2010-10 by consu") == .insert("consultant "))
        #expect(action("kpi close_rate for 2010-10..2010-12 where gr") == .insert("grade "))
        #expect(action("kpi close_rate for $m by mo") == .list(["model", "month"]))
        #expect(action("inventory f") == .insert("for "))
        #expect(action("lost r") == .insert("reasons "))
        #expect(action("lost reasons for 2010-10 wh") == .insert("where "))
        // The report's own dimensions, then any other card field to break the cards down by.
        #expect(texts("structure by ") == ["grade", "channel", "model", "source", "age band", "consultant", "kind",
                                           "lost_reason", "status", "visited", "overdue", "due", "complete",
                                           "dormant_eligible"])
        #expect(texts("structure by consultant, a") == ["age band"])
        #expect(action("due to") == .list(["tomorrow", "today"]))
        #expect(action("due tom") == .insert("tomorrow "))
        #expect(texts("overdue by cy").contains("cycle"))
        #expect(action("overdue wh") == .insert("where "))
        #expect(action("plan d") == .insert("deliveries "))
        #expect(texts("plan deliveries 30 ").contains("using"))
        #expect(action("score close_rate for 2010-10 t") == .insert("target "))
        #expect(action("score close_rate for 2010-10 target 70 u") == .insert("up "))
    }

    @Test func nothingWhereNothingFits() {
        #expect(texts("select customers limit ").isEmpty)
        #expect(texts("let ").isEmpty)
        #expect(texts("frobnicate ").isEmpty)
        #expect(texts("select customers where created = 2010-1").isEmpty)
        #expect(action("select customers where grade = H ") != .none)  // and, or, clauses
        #expect(completer.complete(before: "zzz").action == .none)
    }

    @Test func thePointNamesTheTableAndThePartialWord() {
        let point = CompletionPoint(before: "select followups where customer.gr")
        #expect(point.partial == "gr")
        #expect(point.expectations == [.subfield(link: "customer", .table("followups"))])
        let quoted = CompletionPoint(before: "count customers where model = \"明")
        #expect(quoted.partial == "\"明" && quoted.quote == "\"")
        #expect(quoted.expectations == [.value(.field(["model"], .table("customers")))])
        #expect(CompletionPoint(before: "count 客户 where ").expectations.contains(.field(.table("客户"))))
        #expect(SessionCatalog(dataset: dataset).fields(in: .table("客户"), chinese: false).contains("grade"))
    }
}
