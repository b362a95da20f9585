import FunnelOutput
import Testing
@testable import FunnelSyntax

/// Text as a Chinese keyboard types it lexes as the ASCII it means: full-width
/// letters, digits and symbols (U+FF01–U+FF5E), the ideographic space, `、` as a
/// comma, and “…” ‘…’ 「…」 『…』 as quotes. Every range still points into the text as
/// typed, so a caret stands under the character typed.
@Suite struct KeyboardFoldingTests {
    /// A token as the parser sees it: its kind and, for all but symbols (whose text is
    /// kept as typed), its text.
    static func meaning(_ text: String) -> [String] {
        Lexer.allTokens(text).map { token in
            if case .symbol(let symbol) = token.kind { return "symbol \(symbol.rawValue)" }
            return "\(token.kind) \(token.text)"
        }
    }

    @Test(arguments: [
        ("ｃｏｕｎｔ　ｃｕｓｔｏｍｅｒｓ　ｗｈｅｒｅ　ｇｒａｄｅ　＝　Ｈ", "count customers where grade = H"),
        ("count customers where grade ＝ Ｈ", "count customers where grade = H"),
        ("count customers where created ＞＝ ２０１０－１０－０１", "count customers where created >= 2010-10-01"),
        ("count customers where created ＜＞ ２０１０－１０", "count customers where created <> 2010-10"),
        ("count customers where grade ！＝ Ａ", "count customers where grade != A"),
        ("count customers where created ＜＝ ２０１０－Ｑ４", "count customers where created <= 2010-Q4"),
        ("count customers where created in ２０１０－１０－０１．．２０１０－１０－１５",
         "count customers where created in 2010-10-01..2010-10-15"),
        ("count customers where grade in （H，A）", "count customers where grade in (H, A)"),
        ("count customers where grade in (H、A、O)", "count customers where grade in (H, A, O)"),
        ("count customers；count traffic", "count customers; count traffic"),
        ("select ＊ from customers", "select * from customers"),
        ("score close_rate for 2010-10 target ７０％", "score close_rate for 2010-10 target 70%"),
        ("plan deliveries 5 close rate １：５", "plan deliveries 5 close rate 1:5"),
        ("select followups where customer．grade = H", "select followups where customer.grade = H"),
        ("count customers where key_questions > －１", "count customers where key_questions > -1"),
        ("let m = ２０１０－１０; count customers where created in ＄m", "let m = 2010-10; count customers where created in $m"),
        ("count customers ＃ a comment", "count customers # a comment"),
        // The full-width quote is a quote; what it holds is kept as typed.
        ("count customers where name like ＂明%＂", "count customers where name like \"明%\""),
        ("count customers where 渠道　=　进店", "count customers where 渠道 = 进店"),
    ])
    func foldsToTheASCIIItMeans(typed: String, ascii: String) {
        #expect(Self.meaning(typed) == Self.meaning(ascii))
    }

    /// Ranges are bytes of the text as typed: each token's range slices out what was typed.
    @Test(arguments: [
        ("grade　＝　Ｈ", ["grade", "＝", "Ｈ", ""]),
        ("ｇｒａｄｅ＞＝１０", ["ｇｒａｄｅ", "＞＝", "１０", ""]),
        ("created in ２０１０－１０，x", ["created", "in", "２０１０－１０", "，", "x", ""]),
        ("name = “袁浩然” and x", ["name", "=", "“袁浩然”", "and", "x", ""]),
        ("(H、A)", ["(", "H", "、", "A", ")", ""]),
    ])
    func rangesPointAtWhatWasTyped(typed: String, slices: [String]) {
        let source = SourceText(typed)
        #expect(Lexer.allTokens(typed).map { source.slice($0.range) } == slices)
    }

    @Test(arguments: [
        ("“袁浩然”", "袁浩然"),
        ("‘袁浩然’", "袁浩然"),
        ("「袁浩然」", "袁浩然"),
        ("『袁浩然』", "袁浩然"),
        ("＂袁浩然＂", "袁浩然"),
        ("“say \"hi\" ‘x’”", "say \"hi\" ‘x’"),
        ("“a\\”b”", "a”b"),
        ("\"“\"", "“"),
        // What is quoted is kept as typed: a full-width letter and an ideographic space too.
        ("“Ｈ　级”", "Ｈ　级"),
        ("'２０１０，１０'", "２０１０，１０"),
    ])
    func chineseQuotesOpenAStringTheirPairCloses(typed: String, value: String) throws {
        let tokens = Lexer.allTokens(typed)
        try #require(tokens.count == 2, "\(tokens)")
        #expect(tokens[0].kind == .string)
        #expect(tokens[0].text == value)
    }

    /// Errors name the character as typed and point at it (`⟦ ⟧` marks where).
    @Test(arguments: [
        ("count customers where name = ⟦“⟧袁浩然", "this string has no closing ”"),
        ("count customers where name = ⟦「⟧袁浩然", "this string has no closing 」"),
        ("count customers where name = 袁浩然⟦”⟧", "unexpected character '”'"),
        ("count customers where grade = ⟦～⟧", "unexpected character '～'"),
        ("count customers where created > ⟦２０１０－１３ｘ⟧", "'２０１０－１３ｘ' is neither a number nor a date: dates are "
            + "written YYYY-MM-DD, periods YYYY-MM, YYYY-Www, YYYY-Qn or YYYY"),
        ("count customers where name = “a⟦\\ｑ⟧”", "unknown escape '\\ｑ' in a string: use \\\" \\' \\\\ \\n or \\t"),
        ("count customers where grade ＝ H ⟦，⟧A", "expected ';' or a new line after the statement, found '，'"),
    ])
    func errorsPointAtTheCharacterTyped(marked: String, message: String) throws {
        let open = try #require(marked.firstIndex(of: "⟦")), close = try #require(marked.firstIndex(of: "⟧"))
        let before = String(marked[..<open]), inside = String(marked[marked.index(after: open)..<close])
        let text = before + inside + String(marked[marked.index(after: close)...])
        let results = Parser.parseEach(text)
        try #require(results.count == 1)
        guard case .failure(let error) = results[0] else {
            Issue.record("parsed: \(results[0])")
            return
        }
        #expect(error.message == message)
        #expect(error.range == SourceRange(before.utf8.count, before.utf8.count + inside.utf8.count))
    }

    /// A word typed full-width is the word: a keyword, a name.
    @Test func aFullWidthWordIsTheWord() {
        let tokens = Lexer.allTokens("ＷＨＥＲＥ Ｈ")
        #expect(tokens[0].isKeyword("where"))
        #expect(tokens[1].text == "H")
        #expect(KeyboardFolding.fold("ｇｒａｄｅ　＝　Ｈ、Ａ") == "grade = H,A")
        #expect(QuotePair.closing(for: "“") == "”" && QuotePair.closing(for: "\"") == "\"")
    }
}
