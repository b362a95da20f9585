import Testing
@testable import FunnelSyntax

/// Tab on a Chinese keyboard: a word typed full-width completes as the word it
/// folds to, and a value opened with a Chinese quote is closed with its pair.
@Suite struct KeyboardCompletionTests {
    let completer = Completer(catalog: CompletionExpectationTests.Catalog())

    func texts(_ before: String) -> [String] {
        completer.complete(before: before).candidates.map(\.text)
    }

    @Test(arguments: [
        ("select people ｗｈ", ["where"]),
        ("ｓｅ", ["select"]),
        ("select people　where　ｇｒ", ["grade"]),
        ("select people where grade = “", ["“H”", "“A”", "“new lead”"]),
        ("select people where grade = 「n", ["「new lead」"]),
        ("select people where grade in (H、", ["H", "A", "\"new lead\""]),
    ])
    func completesWhatWasMeant(before: String, candidates: [String]) {
        #expect(texts(before) == candidates)
    }
}
