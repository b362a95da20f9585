import Foundation
@testable import funnel
import Testing

/// The prompt's loop with a scripted reader: what a typed session does, no terminal.
@Suite struct ShellTests {
    func shell(_ inputs: [LineInput], historyPath: String? = nil) throws -> (Shell, CapturedInterpreter, ScriptedLineReader) {
        let run = try CapturedInterpreter(bail: false)
        let reader = ScriptedLineReader(inputs)
        let history = try #require(EditHistory())
        let shell = Shell(interpreter: run.interpreter, reader: reader, history: history,
                          historyFile: historyPath.map(HistoryFile.init(path:)))
        return (shell, run, reader)
    }

    @Test func welcomesThenRunsAStatementOverSeveralLines() throws {
        let (shell, run, reader) = try shell([
            .line("count customers where"), .line("  grade in (H,"), .line("A)"), .line(""), .line(".quit"),
            .line("count traffic"),
        ])
        shell.run()
        // The results go to a file here, so the welcome is a note on stderr.
        #expect(run.stderr == "funnel 0.1 — 测试店: 6 cards, 6 follow-ups, 5 traffic entries, as of 2010-10-31. "
                    + "Type help for statements, .help for commands.\n")
        #expect(run.stdout.hasSuffix("count\n2\n\n"))
        #expect(reader.prompts == ["funnel> ", "   ...> ", "   ...> ", "funnel> ", "funnel> "])
        #expect(shell.history?.entries == ["count customers where grade in (H, A)", ".quit"])
    }

    @Test func semicolonEndsAStatementAndErrorsKeepTheSessionAlive() throws {
        let (shell, run, _) = try shell([.line("select customers where grde = H;"), .line("count traffic;")])
        shell.run()
        #expect(run.stderr.contains("error: unknown field 'grde' in customers — did you mean 'grade'?"))
        #expect(run.stderr.contains("1 | select customers where grde = H;\n  |                        ^^^^"))
        #expect(run.stdout.contains("count\n5\n"))
    }

    @Test func aLineOpeningWithAClauseKeywordGetsANoteOnWhy() throws {
        let (shell, run, _) = try shell([.line("count traffic"), .line("where kind = visit")])
        shell.run()
        #expect(run.stderr.contains("error: unknown statement 'where'"))
        #expect(run.stderr.contains("note: the line before already ran as a statement of its own."))
    }

    @Test func ctrlCAbandonsTheStatementBeingTyped() throws {
        let (shell, run, reader) = try shell([
            .line("select customers where"), .interrupted, .line("count traffic"), .end,
        ])
        shell.run()
        #expect(reader.prompts == ["funnel> ", "   ...> ", "funnel> ", "funnel> "])
        #expect(run.stdout.hasSuffix("count\n5\n\n"))
        #expect(!run.stderr.contains("error"))
        #expect(shell.history?.entries == ["count traffic"])
    }

    @Test func aStatementCancelledWhileRunningSaysSoOnce() throws {
        let (shell, run, _) = try shell([.line("count customers; count traffic"), .end])
        // As if Ctrl-C had arrived before the statements ran: the shell resets the
        // flag before reading, so set it from the reader's side of the loop.
        final class CancellingReader: LineReader {
            let inner: LineReader
            let cancel: () -> Void
            init(_ inner: LineReader, cancel: @escaping () -> Void) { self.inner = inner; self.cancel = cancel }
            func read(prompt: String) -> LineInput {
                let input = inner.read(prompt: prompt)
                cancel()
                return input
            }
        }
        let cancellation = run.interpreter.session.cancellation
        let cancelling = Shell(interpreter: run.interpreter, reader: CancellingReader(shell.reader) { cancellation.cancel() },
                               history: shell.history, historyFile: nil)
        cancelling.run()
        #expect(run.stderr.hasSuffix(".help for commands.\ncancelled\n"))
        #expect(!run.stdout.contains("count\n"))
    }

    @Test func historyIsSavedAfterEveryStatementAndReadBack() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("history")
        let (shell, _, _) = try shell([.line("count customers where consultant = 李娜"), .line("count traffic"),
                                        .line("count traffic"), .line(".history")], historyPath: path)
        shell.run()
        let saved = try #require(folder.read("history"))
        #expect(saved.hasPrefix("_HiStOrY_V2_\n"))
        #expect(saved.contains("\ncount\\040traffic\n"))
        // (How the Chinese is written depends on the locale: the prompt's is UTF-8 and
        // keeps it as is, the end-to-end test reads that; here it only has to come back.)
        let again = try #require(EditHistory())
        var file = HistoryFile(path: path)
        #expect(file.load(into: again) == nil)
        // No consecutive duplicates.
        #expect(again.entries == ["count customers where consultant = 李娜", "count traffic", ".history"])
    }
}
