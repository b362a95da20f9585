import FunnelEngine
import FunnelStore
import FunnelTestSupport
import Testing

/// A statement typed on a Chinese keyboard gives exactly the answer of the same
/// statement typed in ASCII, on the demo dealer (today 2010-10-31): full-width
/// letters, digits and operators, the ideographic space, Chinese quotes, and `、` or
/// `，` between the items of a list.
@Suite struct ChineseKeyboardStatementTests {
    @Test(arguments: [
        // Chinese quotes around a value.
        ("count customers where consultant = “袁浩然”", "count customers where consultant = 袁浩然"),
        ("count customers where consultant = ‘袁浩然’ by grade", "count customers where consultant = 袁浩然 by grade"),
        ("count customers where consultant = 「袁浩然」", "count customers where consultant = 袁浩然"),
        ("count customers where consultant = 『袁浩然』", "count customers where consultant = 袁浩然"),
        ("count customers where consultant in (“袁浩然”，“黄杰”)", "count customers where consultant in (袁浩然, 黄杰)"),
        ("count customers where name like “王%”", "count customers where name like \"王%\""),
        ("count customers where grade = “Ｈ”", "count customers where grade = H"),
        // Full-width letters, digits and operators.
        ("count customers where grade ＝ Ｈ", "count customers where grade = H"),
        ("ｃｏｕｎｔ ｃｕｓｔｏｍｅｒｓ ｗｈｅｒｅ ｇｒａｄｅ ＝ Ｈ", "count customers where grade = H"),
        ("count customers where created ＞＝ ２０１０－１０－０１", "count customers where created >= 2010-10-01"),
        ("count customers where grade ！＝ Ｏ and card_age ＜ ３０", "count customers where grade != O and card_age < 30"),
        ("count customers where created between ２０１０－０９－０１ and ２０１０－０９－３０",
         "count customers where created between 2010-09-01 and 2010-09-30"),
        ("kpi first_visit_rate for ２０１０－１０ by consultant", "kpi first_visit_rate for 2010-10 by consultant"),
        ("select id， name from customers where grade ＝ Ｈ and card_age ＞ ６０ order by card_age desc limit ５",
         "select id, name from customers where grade = H and card_age > 60 order by card_age desc limit 5"),
        ("count followups where kind ＝ visit by month（date）", "count followups where kind = visit by month(date)"),
        ("count customers；count traffic", "count customers; count traffic"),
        // The ideographic space, and 、 or ， between a list's items.
        ("count customers　where　grade　=　H", "count customers where grade = H"),
        ("count customers where grade in (H、A) by consultant", "count customers where grade in (H, A) by consultant"),
        ("count customers where grade in （H，A，O）", "count customers where grade in (H, A, O)"),
        ("count customers where grade in (H、A) by consultant、grade",
         "count customers where grade in (H, A) by consultant, grade"),
    ])
    func givesTheAnswerOfTheASCIIStatement(typed: String, ascii: String) throws {
        let dataset = try #require(StatementHarness.demo)
        let expected = StatementHarness.run(ascii, on: dataset)
        try #require(expected.succeeded && !expected.output.isEmpty, "\(expected.output)")
        #expect(StatementHarness.run(typed, on: dataset).output == expected.output)
    }

    /// The issue's own check: `“袁浩然”` counts 袁浩然's 131 cards, not 0.
    @Test func quotedAsAChineseKeyboardTypesItFindsTheConsultant() throws {
        let run = StatementHarness.run("count customers where consultant = “袁浩然”", on: try #require(StatementHarness.demo))
        #expect(run.output == "count\n131\n")
    }

    /// Errors still point at what was typed: the caret is under the full-width character.
    @Test(arguments: [
        ("count customers where ｇｒｄｅ ＝ Ｈ", "error: unknown field 'grde' in customers — did you mean 'grade'?", "ｇｒｄｅ"),
        ("count customers where grade ＝ Ｚ", "error: 'Z' is not a value of grade", "Ｚ"),
        ("count customers where consultant = “袁浩然", "error: this string has no closing ”", "“"),
        ("count customers where created ＞ ２０１０－１３", "error: 2010-13 is not a month", "２０１０－１３"),
        ("count customers where grade ＝ H ～", "error: unexpected character '～'", "～"),
    ])
    func errorsPointAtTheCharacterTyped(statement: String, message: String, underlined: String) throws {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo))
        let error = try #require(run.errors.first)
        #expect(error.hasPrefix(message), "\(error)")
        #expect(StatementHarness.underlined(in: error) == underlined, "\(error)")
    }
}
