import Foundation
import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// The outputs shown in docs/kpis.md and docs/language.md are what the tool prints: each
/// ```funnel block followed by a plain ``` block is run on the demo data, statement by
/// statement, and compared with the block. `scripts/refresh-doc-outputs docs/kpis.md`
/// rewrites them after a deliberate change.
@Suite struct DocumentedOutputTests {
    static let documents = ["docs/kpis.md", "docs/language.md"]

    /// (file:line, statements, expected output)
    static func examples() -> [(String, [String], String)] {
        var found: [(String, [String], String)] = []
        for document in documents {
            let url = RepositoryExamplesTests.root.appendingPathComponent(document)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            var index = 0
            while index < lines.count {
                guard lines[index] == "```funnel" else { index += 1; continue }
                let start = index + 1
                var end = start
                while end < lines.count, !lines[end].hasPrefix("```") { end += 1 }
                var output = end + 1
                if output < lines.count, lines[output].isEmpty { output += 1 }
                guard output < lines.count, lines[output] == "```" else { index = end + 1; continue }
                var close = output + 1
                while close < lines.count, lines[close] != "```" { close += 1 }
                let statements = lines[start..<end].filter { !$0.isEmpty && !$0.hasPrefix("--") }
                found.append(("\(document):\(start)", statements, lines[(output + 1)..<min(close, lines.count)]
                    .joined(separator: "\n")))
                index = close + 1
            }
        }
        return found
    }

    @Test func thereAreDocumentedOutputs() {
        #expect(Self.examples().count >= 30)
    }

    @Test(arguments: examples().map { "\($0.0)\t\($0.1.joined(separator: "\n"))\t\($0.2)" })
    func matchesTheTool(example: String) throws {
        let parts = example.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false).map(String.init)
        let statements = parts[1].split(separator: "\n").map(String.init)
        let dataset = try #require(StatementHarness.demo)
        var outputs: [String] = []
        for statement in statements {
            var text = StatementHarness.run(statement, on: dataset, format: .table).output
            while text.hasSuffix("\n") { text.removeLast() }
            outputs.append(text)
        }
        let actual = outputs.joined(separator: "\n\n")
        #expect(actual == parts[2], "\(parts[0]): run scripts/refresh-doc-outputs \(parts[0].split(separator: ":")[0])")
    }
}
