import FunnelEngine
import FunnelSyntax

/// The interactive prompt. Reads lines from a `LineReader`, gathers a statement
/// over several lines while it is incomplete (an open bracket or quote, a clause
/// waiting for more; `;` ends one at once), and hands whole statements and
/// dot-command lines to the `Interpreter`. Each statement goes into the history,
/// which is saved right away.
final class Shell {
    static let prompt = "funnel> "
    /// As wide as the prompt, so continued lines line up under the first.
    static let continuationPrompt = "   ...> "

    let interpreter: Interpreter
    let reader: LineReader
    let history: EditHistory?
    private var historyFile: HistoryFile?
    /// Earlier lines of the statement being typed.
    private(set) var pending: [String] = []

    init(interpreter: Interpreter, reader: LineReader, history: EditHistory?, historyFile: HistoryFile?) {
        self.interpreter = interpreter
        self.reader = reader
        self.history = history
        self.historyFile = historyFile
        interpreter.history = history
        interpreter.interactive = true
    }

    /// Sets up the terminal side (locale, Ctrl-C, history file, libedit or the plain
    /// reader) and runs the prompt until Ctrl-D or `.quit`.
    static func runInteractive(_ interpreter: Interpreter) {
        TerminalLocale.adopt()
        InterruptSignal.install(cancelling: interpreter.session.cancellation)
        interpreter.bail = false
        let history = EditHistory()
        var historyFile = HistoryFile.path(environment: Terminal.environment).map(HistoryFile.init(path:))
        if let history, let warning = historyFile?.load(into: history) { interpreter.console.error(warning) }
        let completer = ShellCompleter(interpreter: interpreter)
        var reader: LineReader = PlainLineReader(promptDescriptor: Terminal.isTerminal(1) ? 1 : 2)
        var editing: EditLineReader?
        if Terminal.isTerminal(1), Terminal.environment("TERM") != "dumb", let history,
           let editor = EditLineReader(program: "funnel", history: history) {
            reader = editor
            editing = editor
        }
        let shell = Shell(interpreter: interpreter, reader: reader, history: history, historyFile: historyFile)
        editing?.complete = { [unowned shell] before, after in
            completer.complete(pending: shell.pending.joined(separator: "\n"), before: before, after: after)
        }
        shell.run()
    }

    func run() {
        let session = interpreter.session
        let welcome = "funnel \(FunnelVersion.current) — " + DatasetSummary.line(session.dataset, today: session.today)
            + ". Type help for statements, .help for commands."
        // With the results piped elsewhere (`funnel | tee log`) the welcome is a note, not a result.
        if Terminal.isTerminal(interpreter.console.output.currentDescriptor) {
            interpreter.console.output.write(welcome + "\n")
            interpreter.console.output.flush()
        } else {
            interpreter.console.note(welcome)
        }
        loop: while true {
            interpreter.session.cancellation.reset()
            InterruptSignal.resetPresses()
            let input = reader.read(prompt: pending.isEmpty ? Shell.prompt : Shell.continuationPrompt)
            switch input {
            case .end:
                break loop
            case .interrupted:
                pending = []
            case .line(let line):
                if handle(line) { break loop }
            }
        }
        // Leave the terminal's prompt on a line of its own.
        interpreter.console.output.write("\n")
        interpreter.console.flush()
    }

    /// Takes one typed line; returns true when the session should end.
    private func handle(_ line: String) -> Bool {
        if pending.isEmpty, DotCommand.isCommand(line) {
            remember(String(line.drop { $0 == " " || $0 == "\t" }))
            let outcome = interpreter.runCommand(line)
            reportCancellation()
            return outcome.quit
        }
        if pending.isEmpty, line.allSatisfy({ $0.isWhitespace || $0 == ";" }) { return false }
        pending.append(line)
        let text = pending.joined(separator: "\n")
        if Parser.isIncomplete(text) { return false }
        remember(HistoryEntry.joining(pending))
        pending = []
        let succeeded = interpreter.runStatements(text, name: nil)
        reportCancellation()
        if !succeeded, Shell.opensWithClauseKeyword(text) {
            interpreter.console.error("note: the line before already ran as a statement of its own. Press Up to "
                                      + "bring it back and add to it, or break a statement where more must follow "
                                      + "(after where, and, a comma).")
        }
        return false
    }

    /// Whether the text opens with a word that continues a statement in a script
    /// (the keyword table's continuation words). At the prompt the statement above
    /// has already run, so such a line is an error that deserves a word on why.
    static func opensWithClauseKeyword(_ text: String) -> Bool {
        let word = KeyboardFolding.fold(text).drop { $0.isWhitespace }.prefix { $0.isLetter }
        return Keyword.is(word, .continuation)
    }

    private func reportCancellation() {
        if interpreter.session.cancellation.isCancelled { interpreter.console.error("cancelled") }
    }

    /// Adds an entry to the history and saves the file at once. Trailing blanks (a
    /// completion leaves one) are dropped, so the same statement is one entry.
    private func remember(_ entry: String) {
        guard let history else { return }
        var entry = entry
        while entry.last == " " || entry.last == "\t" { entry.removeLast() }
        history.add(entry)
        if let warning = historyFile?.save(history) { interpreter.console.error(warning) }
    }
}
