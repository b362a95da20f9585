import Testing
@testable import FunnelSyntax

/// A keyword is a keyword only where the grammar expects one: where a value goes any
/// word is a value, and a clause keyword after it is still the clause.
@Suite struct KeywordValueParseTests {
    /// The tree of the first statement of `text`.
    func tree(_ text: String) throws -> String {
        ASTDump.dump(try Parser.parse(text))
    }

    @Test(arguments: [
        ("select customers where status = order", "select customers where status = \"order\""),
        ("select customers where status in (order, won)", "select customers where status in (\"order\", won)"),
        ("select customers where model = by order by id", "select customers where model = 'by' order by id"),
        ("select customers where consultant = limit limit 5", "select customers where consultant = 'limit' limit 5"),
        ("select customers where source = from", "select customers where source = \"from\""),
        ("select customers where a between and and or", "select customers where a between 'and' and 'or'"),
        ("select customers where a contains where", "select customers where a contains 'where'"),
        ("select customers where a not like by", "select customers where a not like 'by'"),
        ("let x = order", "let x = 'order'"),
        ("kpi new_cards for 2010-10 where consultant = as as of 2010-10-31",
         "kpi new_cards for 2010-10 where consultant = 'as' as of 2010-10-31"),
    ])
    func aKeywordWhereAValueGoesIsAWordValue(bare: String, quoted: String) throws {
        // The bare word is a word value; read as such, it is the quoted text's statement.
        let words = try tree(bare), strings = try tree(quoted)
        #expect(words.filter { $0 != "\"" } == strings.filter { $0 != "\"" })
    }

    /// After a keyword read as a value, Tab offers what follows a value.
    @Test func completionAfterAKeywordValue() {
        #expect(Parser.expectations(before: "select people where grade = order ") == [
            .keyword("and"), .keyword("or"), .keyword("by"), .keyword("order"), .keyword("limit"), .keyword("as"),
        ])
    }
}
