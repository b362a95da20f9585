import Testing
@testable import FunnelSyntax

/// A failure at a word carries the keywords the parser would have taken there (read
/// again watching that word, as Tab watches the cursor), for "did you mean".
@Suite struct KeywordTypoTests {
    @Test(arguments: [
        ("count customers were grade = H", ["from", "where", "by", "order", "limit", "as"]),
        ("select customers where grade = H adn x", ["and", "or", "by", "order", "limit", "as"]),
        ("kpi new_cards fro 2010-10", ["for"]),
        // A field alone may also be a yes/no field, so what follows one goes too.
        ("select customers where grade inn (H)",
         ["in", "not", "between", "contains", "like", "is", "and", "or", "by", "order", "limit", "as"]),
    ])
    func aFailureAtAWordCarriesTheKeywordsThatCouldStandThere(text: String, keywords: [String]) throws {
        do {
            _ = try Parser.parse(text)
            Issue.record("parsed")
        } catch {
            guard case .expected(_, let found?, let carried) = error.kind else {
                Issue.record("\(error.kind)")
                return
            }
            #expect(found.range == error.range)
            #expect(carried == keywords)
        }
    }
}
