import Foundation
import FunnelEngine
import FunnelStore
import FunnelSyntax
import FunnelTestSupport
import Testing

/// Every statement shown anywhere in the repository parses: the grammar's
/// `example:` lines, ```funnel blocks in the README and docs/, the saved scripts in
/// examples/, and the examples of `help`. None of them can go stale.
@Suite struct RepositoryExamplesTests {
    /// The repository: this file is Tests/FunnelEngineTests/Documents/RepositoryExamplesTests.swift.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// (where it comes from, statement text)
    static func examples() -> [(String, String)] {
        var found: [(String, String)] = []
        let fm = FileManager.default
        if let grammar = try? String(contentsOf: root.appendingPathComponent("grammar/funnel.ebnf"), encoding: .utf8) {
            for (n, line) in grammar.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                guard let range = line.range(of: "example:") else { continue }
                var text = String(line[range.upperBound...])
                if let close = text.range(of: "*)") { text = String(text[..<close.lowerBound]) }
                found.append(("grammar/funnel.ebnf:\(n + 1)", text))
            }
        }
        var markdown = [root.appendingPathComponent("README.md")]
        if let docs = try? fm.contentsOfDirectory(atPath: root.appendingPathComponent("docs").path) {
            markdown += docs.filter { $0.hasSuffix(".md") }.sorted().map { root.appendingPathComponent("docs/\($0)") }
        }
        for file in markdown {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            var block: [String]?
            var start = 0
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                if block == nil, line.hasPrefix("```funnel") {
                    block = []
                    start = n + 2
                } else if let lines = block, line.hasPrefix("```") {
                    found.append(("\(file.lastPathComponent):\(start)", statements(inBlock: lines)))
                    block = nil
                } else if block != nil {
                    block?.append(String(line))
                }
            }
        }
        let examplesDir = root.appendingPathComponent("examples")
        if let files = try? fm.contentsOfDirectory(atPath: examplesDir.path) {
            for name in files.sorted() where name.hasSuffix(".funnel") {
                if let text = try? String(contentsOf: examplesDir.appendingPathComponent(name), encoding: .utf8) {
                    found.append(("examples/\(name)", text))
                }
            }
        }
        for topic in HelpText.allTopics {
            for example in topic.examples { found.append(("help \(topic.name)", example)) }
        }
        return found
    }

    /// A block is either statements, or a session: then only what follows the
    /// prompts is statement text (the rest is output), except dot-commands, which are
    /// the front end's (a session replayed in a pseudo-terminal checks them).
    static func statements(inBlock lines: [String]) -> String {
        let prompt = "funnel> ", more = "   ...> "
        guard lines.contains(where: { $0.hasPrefix(prompt) }) else { return lines.joined(separator: "\n") }
        return lines.compactMap { line -> String? in
            if line.hasPrefix(prompt) {
                let typed = line.dropFirst(prompt.count)
                return typed.hasPrefix(".") ? nil : ";" + typed
            }
            if line.hasPrefix(more) { return String(line.dropFirst(more.count)) }
            return nil
        }.joined(separator: "\n")
    }

    @Test func thereAreExamplesEverywhere() {
        let sources = Set(Self.examples().map { $0.0.split(separator: ":").first.map(String.init) ?? "" })
        #expect(sources.contains("grammar/funnel.ebnf"))
        #expect(sources.contains { $0.hasPrefix("help") })
        #expect(Self.examples().count >= 20)
    }

    @Test(arguments: examples().map { "\($0.0)\t\($0.1)" })
    func parses(example: String) throws {
        let text = String(example.split(separator: "\t", maxSplits: 1).last ?? "")
        _ = try Parser.parse(text)
    }
}

/// Every example also runs on the demo dealer without an error: a KPI, report or plan
/// shown in the docs is one a manager can type.
@Suite struct RepositoryExamplesRunTests {
    /// Examples that show an error on purpose (the README's misspelt field, a capture
    /// rate through cards), or use the variable the example before them defines (help let).
    static let meantToFail = ["where grde = H", "created in $m by channel", "capture_rate for 2010-W40 where channel"]

    @Test(arguments: RepositoryExamplesTests.examples().map { "\($0.0)\t\($0.1)" })
    func runsOnTheDemoData(example: String) throws {
        let text = String(example.split(separator: "\t", maxSplits: 1).last ?? "")
        guard !Self.meantToFail.contains(where: { text.contains($0) }) else { return }
        let run = StatementHarness.run(text, on: try #require(StatementHarness.demo))
        #expect(run.succeeded, "\(example)\n\(run.errors.joined(separator: "\n"))")
    }
}
