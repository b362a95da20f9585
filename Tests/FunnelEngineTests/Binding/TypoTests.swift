import FunnelSyntax
import FunnelTestSupport
import Testing

/// Two hundred typos, each a character dropped, doubled or two neighbours swapped in
/// one word of a correct statement — a keyword, a table, a field, a value or a KPI
/// name. Each typo'd statement must either give the correct statement's answer or fail
/// with a message that names the word intended; none may answer differently. Words
/// shorter than three characters (`by`, `H`) are left alone: too short to tell a typo
/// from another word, as "did you mean" itself holds. So are numbers and dates, where
/// a typo is another valid number.
@Suite struct TypoTests {
    /// Correct statements on the demo dealer, together covering every kind of word.
    static let statements = [
        "count customers where status = following by consultant",
        "select name, phone, model from customers where grade in (H, A) and card_age > 30 order by card_age desc limit 5",
        "count customers where channel = walkin and consultant = 袁浩然",
        "count customers where model = 明锐 or model = 晶锐",
        "kpi first_visit_rate for 2010-10 by consultant",
        "kpi overall_visit_rate, new_overall_visit_rate for 2010-10 where channel = phone",
        "count followups where kind = visit and date in 2010-10 by consultant",
        "count traffic where time in 2010-W40 by result",
        "avg card_age, max created from customers where status = following by grade",
        "select customers where visited and not complete limit 3",
        "explain kpi capture_rate for 2010-W40",
        "funnel for 2010-10 by channel",
        "inventory for 2010-Q3 by month",
        "lost reasons for 2010-10",
        "structure by grade",
        "conversion for 2010-10 by model",
        "overdue limit 5",
        "compare close_rate for 2010-10 vs 2010-09",
        "score close_rate for 2010-10 target 15%",
        "select followups where customer.grade = H and kind = call limit 5",
    ]

    enum Typo: CaseIterable { case dropped, doubled, swapped }

    /// The 200 cases: (statement, the word, the typo'd statement), from a fixed seed.
    static func cases() -> [(String, String, String)] {
        var state: UInt64 = 20_101_031
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(max(1, bound)))
        }
        var found: [(String, String, String)] = []
        while found.count < 200 {
            let statement = statements[next(statements.count)]
            let words = (try? Lexer.tokens(statement))?.filter { $0.kind == .word && $0.text.count >= 3 } ?? []
            guard !words.isEmpty else { continue }
            let word = words[next(words.count)]
            var characters = Array(word.text)
            let at = next(characters.count)
            switch Typo.allCases[next(Typo.allCases.count)] {
            case .dropped: characters.remove(at: at)
            case .doubled: characters.insert(characters[at], at: at)
            case .swapped:
                guard at + 1 < characters.count, characters[at] != characters[at + 1] else { continue }
                characters.swapAt(at, at + 1)
            }
            let bytes = Array(statement.utf8)
            let typo = String(decoding: bytes[..<word.range.start], as: UTF8.self) + String(characters)
                + String(decoding: bytes[word.range.end...], as: UTF8.self)
            found.append((statement, word.text, typo))
        }
        return found
    }

    @Test(arguments: cases().map { "\($0.0)\t\($0.1)\t\($0.2)" })
    func aTypoNeverAnswersSomethingElse(example: String) throws {
        let parts = example.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let (statement, word, typo) = (parts[0], parts[1], parts[2])
        let demo = try #require(StatementHarness.demo)
        let correct = StatementHarness.run(statement, on: demo)
        #expect(correct.succeeded, "the correct statement fails: \(correct.errors)")
        let typed = StatementHarness.run(typo, on: demo)
        if typed.succeeded {
            #expect(typed.results == correct.results, "\(typo) answered differently from \(statement)")
        } else {
            let message = typed.errors.first?.split(separator: "\n").first.map(String.init) ?? ""
            #expect(message.lowercased().contains(word.lowercased()), "\(typo): \(message) does not name '\(word)'")
        }
    }
}
