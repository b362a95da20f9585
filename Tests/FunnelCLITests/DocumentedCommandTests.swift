import Foundation
import Testing

/// A shell command shown with its output in a document: a `$ funnel ...` line in a fenced
/// block, followed by what it prints, up to the next `$ ` line or the end of the block.
struct DocumentedCommand: Sendable, CustomTestStringConvertible {
    static let prefix = "$ funnel "

    let file: String
    let line: Int
    /// The arguments after `funnel`, as the shell would split them.
    let arguments: [String]?
    let output: [String]

    var testDescription: String { "\(file):\(line)" }

    static func all(in block: FencedBlock) -> [DocumentedCommand] {
        var found: [DocumentedCommand] = []
        for (offset, line) in block.lines.enumerated() where line.hasPrefix(prefix) {
            let output = block.lines[(offset + 1)...].prefix { !$0.hasPrefix("$ ") }
            found.append(DocumentedCommand(file: block.file, line: block.line + offset,
                                           arguments: words(String(line.dropFirst(prefix.count))),
                                           output: Array(output)))
        }
        return found
    }

    /// Every such command in README.md and docs/*.md.
    static let all: [DocumentedCommand] = FencedBlock.documents.flatMap(FencedBlock.blocks(in:)).flatMap(all(in:))

    /// `text` split into words as a POSIX shell would, for the quoting a document uses
    /// ('single', "double" with \" and \\); nil for anything more (pipes, redirections,
    /// variables), which this test cannot run as it is shown.
    static func words(_ text: String) -> [String]? {
        var words: [String] = []
        var word: String?
        var quote: Character?
        var escaped = false
        for character in text {
            if escaped {
                word = (word ?? "") + String(character)
                escaped = false
            } else if let open = quote {
                if character == open {
                    quote = nil
                } else if open == "\"", character == "\\" {
                    escaped = true
                } else if open == "\"", "$`".contains(character) {
                    return nil
                } else {
                    word = (word ?? "") + String(character)
                }
            } else if character == " " || character == "\t" {
                if let done = word { words.append(done) }
                word = nil
            } else if character == "\"" || character == "'" {
                quote = character
                word = word ?? ""
            } else if "|&;<>()$`\\*?[#~".contains(character) {
                return nil
            } else {
                word = (word ?? "") + String(character)
            }
        }
        guard quote == nil, !escaped else { return nil }
        if let done = word { words.append(done) }
        return words
    }
}

/// Every `$ funnel ...` command shown with its output in README.md and docs/*.md prints
/// that output: the built binary, run from the repository on the demo data, as in
/// BinaryTests. CSV lines end in CRLF (RFC 4180), which a terminal shows as line ends:
/// they are compared as "\n".
@Suite struct DocumentedCommandTests {
    @Test func theReadmeShowsACommand() {
        #expect(DocumentedCommand.all.contains { $0.file == "README.md" },
                "found no `$ funnel ...` line in README.md's fenced blocks: nothing would check its example")
    }

    @Test(arguments: DocumentedCommand.all)
    func printsWhatTheDocumentShows(_ command: DocumentedCommand) throws {
        let arguments = try #require(command.arguments, "\(command.testDescription): not a plain command line")
        let run = try Funnel.run(arguments)
        #expect(run.status == 0, "\(command.testDescription): exit status \(run.status)")
        #expect(run.stderr == "", "\(command.testDescription): \(run.stderr)")
        let shown = run.stdout.replacingOccurrences(of: "\r\n", with: "\n")
        let expected = command.output.map { $0 + "\n" }.joined()
        if let difference = FirstDifference(expected: expected, actual: shown) {
            Issue.record("""
                \(command.file):\(command.line + difference.line): \(difference) in the output of \
                funnel \(arguments.joined(separator: " ")). It printed:
                \(shown)
                """)
        }
    }

    @Test(arguments: [
        (#"--format csv -c "count customers by channel""#, ["--format", "csv", "-c", "count customers by channel"]),
        (#"-c 'select "a b"' x.funnel"#, ["-c", #"select "a b""#, "x.funnel"]),
        (#"-c "say \"hi\"""#, ["-c", #"say "hi""#]),
        (#"-c "" a"#, ["-c", "", "a"]),
        ("-c x | head", nil),
        (#"-c "$HOME""#, nil),
        (#"-c "open"#, nil),
    ] as [(String, [String]?)])
    func commandLinesAreSplitAsAShellWould(line: String, words: [String]?) {
        #expect(DocumentedCommand.words(line) == words)
    }
}
