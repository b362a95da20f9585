import Testing
@testable import FunnelSyntax

/// Values said in several words: the parser keeps a period or day said in words as
/// its tokens (the binder reads them), ends it at the next clause or joining keyword,
/// and reads arithmetic on a field on the left of a comparison.
@Suite struct PhraseParsingTests {
    @Test(arguments: [
        ("kpi new_cards for last month", "(kpi [new_cards] phrase:[last month])"),
        ("kpi new_cards for last month by consultant where grade = H",
         "(kpi [new_cards] phrase:[last month] (where (= grade H)) (by consultant))"),
        ("kpi new_cards for 本月", "(kpi [new_cards] 本月)"),
        ("kpi new_cards for last 7 days", "(kpi [new_cards] phrase:[last 7 days])"),
        ("kpi new_cards for 近7天", "(kpi [new_cards] 近7天)"),
        ("kpi new_cards for Oct 2010", "(kpi [new_cards] phrase:[Oct 2010])"),
        ("kpi new_cards for 2010年10月", "(kpi [new_cards] period:2010年10月)"),
        ("kpi new_cards for 2010年第41周 by week", "(kpi [new_cards] period:2010年第41周 (by week))"),
        ("kpi new_cards for 2010q4", "(kpi [new_cards] period:2010-Q4)"),
        ("kpi new_cards for today - 7", "(kpi [new_cards] phrase:[today - 7])"),
        ("kpi new_cards for today -7", "(kpi [new_cards] phrase:[today -7])"),
        ("kpi new_cards for 2010-10-05 + 30 days", "(kpi [new_cards] phrase:[2010-10-05 + 30 days])"),
        ("kpi new_cards for 2010-10-01 to 2010-10-15", "(kpi [new_cards] phrase:[2010-10-01 to 2010-10-15])"),
        ("kpi new_cards for from 2010-10-01 to 2010-10-15",
         "(kpi [new_cards] phrase:[from 2010-10-01 to 2010-10-15])"),
        ("kpi new_cards from 2010-10-01 to 2010-10-15", "(kpi [new_cards] phrase:[from 2010-10-01 to 2010-10-15])"),
        ("kpi new_cards for 上月 至 本月", "(kpi [new_cards] phrase:[上月 至 本月])"),
        ("kpi new_cards for 2010-10-01至2010-10-15", "(kpi [new_cards] period:2010-10-01至2010-10-15)"),
        ("kpi new_cards for last month..this month", "(kpi [new_cards] phrase:[last month .. this month])"),
        // Two plain values joined by `..` stay the range they always were.
        ("kpi new_cards for 2010-10-01..2010-10-15", "(kpi [new_cards] date:2010-10-01..date:2010-10-15)"),
        ("kpi new_cards for today..2010-10-31", "(kpi [new_cards] today..date:2010-10-31)"),
        ("compare close_rate for this month vs last month",
         "(compare close_rate phrase:[this month] vs phrase:[last month])"),
        ("score close_rate for last month target 15% up 1.3 down 0.3",
         "(score close_rate phrase:[last month] target 15% up 1.3 down 0.3)"),
        ("plan deliveries 30 for next month using this month",
         "(plan 30 for phrase:[next month] using phrase:[this month])"),
        ("funnel for 上周", "(report funnel for 上周)"),
        ("due yesterday - 1", "(report due day phrase:[yesterday - 1])"),
        ("due 2010年10月5日", "(report due day period:2010年10月5日)"),
        ("select customers as of today - 7", "(select customers [] (as-of phrase:[today - 7]))"),
        ("let m = last month", "(let m phrase:[last month])"),
        ("count customers where created in last 7 days by channel",
         "(aggregate customers [count] (where (in-period created phrase:[last 7 days])) (by channel))"),
        ("count customers where created >= today - 7 and grade = H",
         "(aggregate customers [count] (where (and (>= created phrase:[today - 7]) (= grade H))))"),
        ("count customers where created = 上月", "(aggregate customers [count] (where (= created 上月)))"),
        ("count customers where created between today - 7 and today",
         "(aggregate customers [count] (where (between created phrase:[today - 7] today)))"),
        // Fields on either side.
        ("count customers where delivered < created", "(aggregate customers [count] (where (< delivered created)))"),
        ("count customers where last_contact < created + 3",
         "(aggregate customers [count] (where (< last_contact phrase:[created + 3])))"),
        ("count followups where date > customer.created + 30",
         "(aggregate followups [count] (where (> date phrase:[customer . created + 30])))"),
        ("count customers where ordered - created > 30",
         "(aggregate customers [count] (where (> (ordered - created) 30)))"),
        ("count customers where created + 3 <= last_contact",
         "(aggregate customers [count] (where (<= (created + 3) last_contact)))"),
        ("count customers where created -3 > 2010-10-01",
         "(aggregate customers [count] (where (> (created - 3) date:2010-10-01)))"),
        ("count followups where date - customer.created <= 7",
         "(aggregate followups [count] (where (<= (date - customer.created) 7)))"),
    ])
    func parses(text: String, tree: String) throws {
        #expect(ASTDump.dump(try Parser.parse(text)) == tree)
    }

    /// A phrase ends where the statement would: a word it cannot hold is the next
    /// thing's, as before (`and` missing after `between`, a stray word).
    @Test(arguments: [
        ("select customers where created between 2010-09-01 2010-09-30",
         "expected 'and' between the two bounds of 'between', found '2010-09-30'"),
        ("count customers where grade = H adn visited", "expected ';' or a new line after the statement, found 'adn' — did you mean 'and'?"),
        ("count customers where created - > 3",
         "expected a field or a number of days after '+' or '-' (ordered - created, created + 3), found '>'"),
        ("count customers where ordered - created", "expected an operator (= != < <= > >= in between contains like is) after 'ordered - created', found the end of the statement"),
    ])
    func endsWhereTheStatementWould(text: String, message: String) {
        do {
            _ = try Parser.parse(text)
            Issue.record("parsed \(text)")
        } catch {
            #expect(error.message == message)
        }
    }

    /// Tab inside a phrase offers what may come next: the unit after `last`, `days`
    /// after its number, `to` after a period said in words, a field or a number after `-`.
    static let insidePhrases: [(String, [FunnelSyntax.Expectation], Bool)] = [
        ("kpi new_cards for last ", ["week", "month", "quarter", "year"].map(FunnelSyntax.Expectation.keyword), true),
        ("kpi new_cards for last 7 ", [.keyword("days")], true),
        ("kpi new_cards for last month ", [.keyword("to"), .keyword("where")], true),
        ("let m = 上月 ", [.keyword("to")], true),
        ("kpi new_cards for last month to ", [.value(.period)], true),
        ("count customers where ordered - ", [.field(.table("customers"))], true),
        ("count customers where last_contact < created + ", [.number, .field(.table("customers"))], true),
        ("count followups where date > customer.", [.subfield(link: "customer", .table("followups"))], true),
        ("kpi new_cards for 2010-10 ", [.keyword("to")], false),
    ]

    @Test(arguments: insidePhrases)
    func tabInsideAPhrase(before: String, expectations: [FunnelSyntax.Expectation], offered: Bool) {
        let found = Parser.expectations(before: before)
        for expectation in expectations { #expect(found.contains(expectation) == offered, "\(before): \(found)") }
    }

    /// Periods written the way people write them lex as one token for the binder to read.
    @Test(arguments: [
        ("2010年10月", "2010年10月"), ("2010年10月5日", "2010年10月5日"), ("2010年第41周", "2010年第41周"),
        ("2010年Q4", "2010年Q4"), ("2010年第4季度", "2010年第4季度"), ("2010年", "2010年"), ("2010年13月", "2010年13月"),
        ("2010q4", "2010-Q4"), ("2010Q4", "2010-Q4"), ("2010w41", "2010-W41"),
        ("2010-10-01至2010-10-15", "2010-10-01至2010-10-15"), ("2010年8月到2010年9月", "2010年8月到2010年9月"),
    ])
    func writtenPeriodsLexAsOne(text: String, token: String) throws {
        let tokens = try Lexer.tokens(text)
        #expect(tokens.map(\.kind) == [.period, .end])
        #expect(tokens.first?.text == token)
    }

    @Test func arithmeticLexesAsSymbols() throws {
        #expect(try Lexer.tokens("today - 7 + 1").map(\.kind)
                == [.word, .symbol(.minus), .number, .symbol(.plus), .number, .end])
        #expect(try Lexer.tokens("ordered-created").map(\.kind) == [.word, .symbol(.minus), .word, .end])
        // A glued word stays one mistake, as before.
        #expect(throws: SyntaxError.self) { try Lexer.tokens("2010qx") }
        #expect(throws: SyntaxError.self) { try Lexer.tokens("2010q4x") }
    }
}
