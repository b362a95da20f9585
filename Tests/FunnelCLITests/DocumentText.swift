import Foundation

/// A fenced code block of one of the repository's Markdown documents.
struct FencedBlock: Sendable {
    /// The document, relative to the repository: "README.md", "docs/kpis.md".
    let file: String
    /// The document's line (from 1) of the block's first line inside the fence.
    let line: Int
    /// What follows the opening fence: "funnel", "sh", or "".
    let language: String
    let lines: [String]

    /// README.md, then docs/*.md by name: the documents a reader is shown sessions in.
    static var documents: [String] {
        let docs = (try? FileManager.default.contentsOfDirectory(
            atPath: Funnel.repository.appendingPathComponent("docs").path)) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/\($0)" }
    }

    /// Every block of `file`; none when it cannot be read.
    static func blocks(in file: String) -> [FencedBlock] {
        guard let text = try? String(contentsOf: Funnel.repository.appendingPathComponent(file), encoding: .utf8)
        else { return [] }
        var found: [FencedBlock] = []
        var open: (line: Int, language: String, lines: [String])?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if var block = open {
                if line.hasPrefix("```") {
                    found.append(FencedBlock(file: file, line: block.line, language: block.language, lines: block.lines))
                    open = nil
                } else {
                    block.lines.append(String(line))
                    open = block
                }
            } else if line.hasPrefix("```") {
                open = (index + 2, String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), [])
            }
        }
        return found
    }
}

/// Where two texts first differ, line by line, said so that a failing test names the
/// line to look at.
struct FirstDifference: CustomStringConvertible {
    /// The line's number (from 1) within the texts compared.
    let line: Int
    /// The two lines; nil where that text has already ended.
    let expected: String?
    let actual: String?

    /// Nil when the texts are equal.
    init?(expected: String, actual: String) {
        guard expected != actual else { return nil }
        let want = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let got = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < want.count, index < got.count, want[index] == got[index] { index += 1 }
        line = index + 1
        self.expected = index < want.count ? String(want[index]) : nil
        self.actual = index < got.count ? String(got[index]) : nil
    }

    var description: String {
        "line \(line): expected \(Self.quoted(expected)), got \(Self.quoted(actual))"
    }

    /// In quotes, so that spaces at the end show, with tabs and carriage returns spelt out.
    private static func quoted(_ line: String?) -> String {
        guard let line else { return "the end" }
        return "\"" + line.replacingOccurrences(of: "\t", with: "\\t").replacingOccurrences(of: "\r", with: "\\r") + "\""
    }
}
