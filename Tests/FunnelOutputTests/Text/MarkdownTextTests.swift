import Testing
@testable import FunnelOutput

/// Text that goes into Markdown is shown as written, never read as formatting.
@Suite struct MarkdownTextTests {
    @Test(arguments: [
        ("overall_visit_rate", "overall_visit_rate"),
        ("_lead and trail_", "\\_lead and trail\\_"),
        ("count(*)", "count(\\*)"),
        ("a|b", "a\\|b"),
        ("[link](x) <b> `code` ~strike~ back\\slash", "\\[link\\](x) \\<b\\> \\`code\\` \\~strike\\~ back\\\\slash"),
        ("说,\"好\"", "说,\"好\""),
        ("王_伟", "王_伟"),
    ])
    func inline(text: String, escaped: String) {
        #expect(MarkdownText.inline(text) == escaped)
    }

    /// A note that starts like a block (a heading, a list, a quote, a rule) stays a paragraph.
    @Test(arguments: [("# not a heading", "\\# not a heading"), ("- not an item", "\\- not an item"),
                      ("1. not an item", "1\\. not an item"), ("12) nor this", "12\\) nor this"),
                      ("> not a quote", "\\> not a quote"), ("---", "\\---"), ("2010-10 counted as of 2010-10-15", "2010-10 counted as of 2010-10-15"),
                      ("skipped: a\nb", "skipped: a b"), ("      = 3 ÷ 5", "\\= 3 ÷ 5")])
    func paragraph(line: String, shown: String) {
        #expect(MarkdownText.paragraph(line) == shown)
    }

    @Test func codeSpansHoldAnyStatement() {
        #expect(MarkdownText.code("count traffic by result") == "`count traffic by result`")
        #expect(MarkdownText.code("select customers where name = \"a`b\"") == "``select customers where name = \"a`b\"``")
        #expect(MarkdownText.code("`x`") == "`` `x` ``")
        #expect(MarkdownText.code("a\nb") == "`a b`")
        #expect(MarkdownText.fence(for: "no ticks") == "```")
        #expect(MarkdownText.fence(for: "````four") == "`````")
    }
}
