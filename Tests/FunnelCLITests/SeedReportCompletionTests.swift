import FunnelEngine
import FunnelStore
import FunnelSyntax
import Testing

/// Tab on the statements of domain.md §8.2 over the prompt's data: the words that name
/// them, in English or Chinese, and what follows each.
@Suite struct SeedReportCompletionTests {
    let completer: Completer

    init() throws {
        completer = Completer(catalog: SessionCatalog(dataset: try PromptFixture.dataset(), variables: []))
    }

    func texts(_ before: String) -> [String] { completer.complete(before: before).candidates.map(\.text) }

    func action(_ before: String) -> Completion.Action { completer.complete(before: before).action }

    @Test func theirNamesComplete() {
        #expect(action("ke") == .insert("key report "))
        #expect(action("pros") == .insert("prospect progress "))
        #expect(action("callb") == .insert("callbacks "))
        #expect(action("key r") == .insert("report "))
        #expect(texts("关键") == ["关键管理报表"])
        #expect(texts("意向") == ["意向客户进度状况表"])
        #expect(texts("成交") == ["成交回访"])
    }

    @Test func whatFollowsThem() {
        #expect(texts("key report ") == ["for"])
        #expect(texts("prospect progress for 2010-10 by con") == ["consultant"])
        let callbacks = texts("callbacks ")
        for word in ["missed", "today", "at", "grace", "where", "order by", "limit", "as of"] {
            #expect(callbacks.contains(word), "\(callbacks)")
        }
        #expect(texts("callbacks missed ") == ["for", "at", "grace", "where", "by", "order by", "limit", "as of"])
        #expect(texts("callbacks at 1, 7 g") == ["grace"])
    }
}
