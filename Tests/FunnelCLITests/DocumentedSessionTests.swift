import Foundation
import Testing

/// A session at the prompt as a document shows it: a ```funnel block whose lines start
/// with `funnel> ` (a statement typed), `   ...> ` (its next line typed at the
/// continuation prompt) or neither (what the statement showed).
struct DocumentedSession: Sendable, CustomTestStringConvertible {
    static let prompt = "funnel> ", continuation = "   ...> "

    struct Statement: Sendable {
        /// The document's line of the `funnel> ` line.
        let line: Int
        /// The lines typed, without their prompts.
        let input: [String]
        /// What the screen shows after the last of them, up to the next prompt.
        let output: [String]
    }

    let block: FencedBlock
    let statements: [Statement]
    /// Lines before the first prompt: output of nothing typed, so an error in the document.
    let stray: [String]

    var testDescription: String { "\(block.file):\(block.line)" }

    /// Nil unless `block` is a ```funnel block with at least one `funnel> ` line.
    init?(_ block: FencedBlock) {
        guard block.language == "funnel", block.lines.contains(where: { $0.hasPrefix(Self.prompt) }) else { return nil }
        self.block = block
        var statements: [Statement] = []
        var stray: [String] = []
        var current: (line: Int, input: [String], output: [String])?
        for (offset, line) in block.lines.enumerated() {
            if line.hasPrefix(Self.prompt) {
                if let done = current { statements.append(Statement(line: done.line, input: done.input, output: done.output)) }
                current = (block.line + offset, [String(line.dropFirst(Self.prompt.count))], [])
            } else if var statement = current {
                if line.hasPrefix(Self.continuation), statement.output.isEmpty {
                    statement.input.append(String(line.dropFirst(Self.continuation.count)))
                } else {
                    statement.output.append(line)
                }
                current = statement
            } else {
                stray.append(line)
            }
        }
        if let done = current { statements.append(Statement(line: done.line, input: done.input, output: done.output)) }
        self.statements = statements
        self.stray = stray
    }

    /// Every session in README.md and docs/*.md.
    static let all: [DocumentedSession] = FencedBlock.documents.flatMap(FencedBlock.blocks(in:))
        .compactMap(DocumentedSession.init)
}

/// Every session shown at the `funnel> ` prompt in README.md and docs/*.md is real: the
/// built binary, on the embedded demo data, in a pseudo-terminal 100 columns wide (the
/// width the README's funnel chart is drawn for; every table shown fits) and 50 rows
/// high (no table is cut to the screen), with NO_COLOR set. Each line is typed at the
/// prompt the document shows it at, and what the screen shows after a statement's last
/// line, up to the next prompt, must be the document's lines exactly. (A typed line
/// must fit in the 100 columns with its prompt: libedit redraws a line that wraps.)
@Suite struct DocumentedSessionTests {
    @Test func theReadmeShowsASession() {
        #expect(DocumentedSession.all.contains { $0.block.file == "README.md" },
                "found no ```funnel block with `funnel> ` lines in README.md: nothing would check its session")
    }

    @Test(arguments: DocumentedSession.all)
    func replaysOnTheDemoData(_ session: DocumentedSession) throws {
        #expect(session.stray.isEmpty, "\(session.testDescription): lines before the first `funnel> `: \(session.stray)")
        let home = try TemporaryFolder()  // HOME and the history file: kept until the session ends
        defer { withExtendedLifetime(home) {} }
        let terminal = try PseudoTerminal(
            Funnel.binary.path, arguments: [],
            environment: ["HOME": home.path, "FUNNEL_HISTORY": home.file("history"), "LANG": "C.UTF-8",
                          "TERM": "xterm", "NO_COLOR": "1",
                          "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"],
            columns: 100, rows: 50)
        try terminal.expectPrompt()
        let prompts = [DocumentedSession.prompt, DocumentedSession.continuation]
        for statement in session.statements {
            for (offset, input) in statement.input.enumerated() {
                let place = "\(session.block.file):\(statement.line + offset)"
                terminal.type(input + "\r")
                let (prompt, shown) = try terminal.expectAnyPrompt(prompts)
                let echo = input + "\n"
                guard shown.hasPrefix(echo) else {
                    Issue.record("\(place): typed `\(input)`, the screen showed \(shown.debugDescription)")
                    return
                }
                let output = String(shown.dropFirst(echo.count))
                if offset < statement.input.count - 1 {
                    // More of the statement follows in the document: the tool must wait for it.
                    guard prompt == DocumentedSession.continuation, output.isEmpty else {
                        Issue.record("""
                            \(place): `\(input)` ran at Enter, but the document continues the \
                            statement on the next line. At the prompt a line that completes a statement runs; \
                            break it where more must follow (after where, and, a comma, inside brackets). It showed:
                            \(output)
                            """)
                        return
                    }
                } else {
                    guard prompt == DocumentedSession.prompt else {
                        Issue.record("""
                            \(place): after `\(input)` the tool waits for more at \
                            \(DocumentedSession.continuation.debugDescription), but the document ends the statement here
                            """)
                        return
                    }
                    let expected = statement.output.map { $0 + "\n" }.joined()
                    if let difference = FirstDifference(expected: expected, actual: output) {
                        Issue.record("""
                            \(session.block.file):\(statement.line + statement.input.count + difference.line - 1): \
                            the output of `\(statement.input.joined(separator: " "))` differs at its \
                            \(difference). The tool showed:
                            \(output)
                            """)
                    }
                }
            }
        }
        terminal.type("\u{4}")
        #expect(try terminal.waitForExit() == 0)
    }
}
