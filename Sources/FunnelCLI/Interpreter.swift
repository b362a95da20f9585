#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FunnelDomain
import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelSyntax

/// One loop for everything typed or scripted: statement text goes to the engine,
/// a line starting with `.` to the dot-commands. The prompt, `-c`, script files,
/// standard input and `.read` all run through here, so a dot-command works the same
/// everywhere. Tested without a terminal by pointing its `Console` at files.
final class Interpreter {
    var session: Session
    let console: Console
    /// Stop a script (or a line of several statements) at its first error.
    var bail: Bool
    /// Print how long each statement took, its output included, and each load.
    var timer = false
    /// Show each statement and command before its result (`.echo`).
    var echo = false
    /// Send results longer than the screen to the pager at the prompt (`.pager`).
    var paging = true
    /// At the prompt, commands that change the session say what they did
    /// ("loaded ...", "today is ..."); scripts stay quiet, as sqlite's do.
    var interactive = false
    /// KPI names, for Tab after kpi, explain kpi, score and compare.
    var kpiNames: [String] = KPICatalog.names
    /// What `.history` lists; nil outside the prompt.
    var history: EditHistory?
    /// Every path data was loaded from in this session: `.output` never writes over one.
    private(set) var loadedPaths: [String]
    /// Where results go without `.output`: standard output (a file in tests).
    private let standardOutput: Int32
    /// The file `.output` writes to, if any.
    private var outputFile: (path: String, descriptor: Int32)?
    /// The file `.once` sends the next result to, if any.
    private var onceFile: (path: String, descriptor: Int32)?
    /// `.read` nesting, to stop a script that reads itself.
    private var readDepth = 0
    static let maximumReadDepth = 16

    /// What running some text came to.
    struct Outcome: Equatable {
        var succeeded = true
        /// `.quit` or `.exit` was run.
        var quit = false
    }

    init(session: Session, console: Console, bail: Bool, loadedPaths: [String] = []) {
        self.session = session
        self.console = console
        self.bail = bail
        self.loadedPaths = loadedPaths
        standardOutput = console.output.currentDescriptor
    }

    /// Runs a script's text (statements and dot-command lines) named `name` in messages.
    @discardableResult
    func run(_ text: String, name: String?) -> Outcome {
        var outcome = Outcome()
        for piece in ScriptPiece.split(text) {
            if session.cancellation.isCancelled {
                outcome.succeeded = false
                break
            }
            let step: Outcome
            switch piece {
            case .statements(let statements):
                step = Outcome(succeeded: runStatements(statements, name: name))
            case .command(let line, let number):
                step = runCommand(line, name: name, lineNumber: number)
            }
            outcome.succeeded = outcome.succeeded && step.succeeded
            if step.quit {
                outcome.quit = true
                break
            }
            if !step.succeeded && bail { break }
        }
        return outcome
    }

    /// Runs statement text only (no dot-commands), showing each result as it comes.
    /// Each statement is timed from the end of the one before to the end of its own
    /// output, so `.timer` counts parsing, running and rendering alike.
    @discardableResult
    func runStatements(_ text: String, name: String?) -> Bool {
        let console = self.console
        let timer = self.timer
        let echo = self.echo
        let cancellation = session.cancellation
        console.pager = paging && interactive && readDepth == 0 ? Pager.command() : nil
        defer { console.pager = nil }
        var stopwatch = Stopwatch()
        var written = true
        let source = SourceText(text, name: name)
        let announcing = interactive
        let ran = ScriptRunner(keepGoing: !bail).run(text, name: name, session: &session, writing: { outcome in
            // The engine fails every statement after Ctrl-C with "cancelled"; the
            // prompt says it once instead.
            if cancellation.isCancelled, case .failure = outcome { return true }
            if echo, let echoed = Interpreter.echoed(outcome, in: text) { console.echo(echoed) }
            let shown: Bool
            if case .result(_, .chart(let chart)) = outcome {
                shown = self.show(chart)
            } else {
                // A result the output refuses (a second table in csv) fails its statement.
                shown = console.show(outcome, in: source, announcing: announcing)
            }
            // A full disk or a file that went away: said once, and the script fails.
            // (Standard output closed by `| head` stays quiet, as in sqlite.)
            if let outputPath = self.onceFile?.path ?? self.outputFile?.path,
               let reason = console.output.takeFailure() {
                console.error("error: cannot write to '\(outputPath)': \(reason): the results are not all there")
                written = false
            }
            self.endOnce()
            if timer { console.note("Run Time: " + stopwatch.reading) }
            stopwatch.restart()
            return shown
        })
        return ran && written
    }

    /// The text of the statement an outcome is about, for `.echo`: the statement as
    /// written, or for one that failed, the lines its error is on.
    static func echoed(_ outcome: ScriptRunner.Outcome, in text: String) -> String? {
        let bytes = Array(text.utf8)
        func slice(_ start: Int, _ end: Int) -> String {
            let from = min(max(0, start), bytes.count), to = min(max(from, end), bytes.count)
            return String(decoding: bytes[from..<to], as: UTF8.self)
        }
        switch outcome {
        case .result(let statement, _):
            return slice(statement.range.start, statement.range.end)
        case .failure(let error, _):
            var start = min(max(0, error.range.start), bytes.count), end = min(max(start, error.range.end), bytes.count)
            while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            return slice(start, end)
        }
    }

    /// Runs one dot-command line; `lineNumber` places it in a script for messages.
    func runCommand(_ line: String, name: String? = nil, lineNumber: Int = 1) -> Outcome {
        if echo { console.echo(String(line.drop { $0 == " " || $0 == "\t" })) }
        let command: DotCommand
        do {
            command = try DotCommand.parse(line)
        } catch {
            endOnce()
            report(error.message, in: line, at: error.range, name: name, lineNumber: lineNumber)
            return Outcome(succeeded: false)
        }
        // A command is the next result too: a `.once` before it ends with it.
        var endsOnce = onceFile != nil
        if case .once = command { endsOnce = false }
        defer { if endsOnce { endOnce() } }
        do {
            return try execute(command, line: line, name: name)
        } catch {
            console.error("error: " + error.message)
            return Outcome(succeeded: false)
        }
    }

    /// An error in a command line, shown like a statement's: the place, the line, a caret.
    private func report(_ message: String, in line: String, at range: Range<Int>, name: String?, lineNumber: Int) {
        let bytes = Array(line.utf8)
        let start = min(max(0, range.lowerBound), bytes.count), end = min(max(start, range.upperBound), bytes.count)
        let column = String(decoding: bytes[..<start], as: UTF8.self).count + 1
        let length = String(decoding: bytes[start..<end], as: UTF8.self).count
        console.report(Diagnostic(message: message, place: Diagnostic.Place(name: name, line: lineNumber,
                                                                            column: column, text: line,
                                                                            length: length)))
    }

    /// "0.012": seconds with three decimals, for `.timer`.
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let milliseconds = seconds * 1000 + (attoseconds + 500_000_000_000_000) / 1_000_000_000_000_000
        let fraction = String(milliseconds % 1000)
        return "\(milliseconds / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    // MARK: - State the commands change

    /// Replaces the dataset after a successful load.
    func replaceDataset(_ dataset: Dataset, paths: [String]) {
        session.replaceDataset(dataset)
        loadedPaths += paths
    }

    /// Sends results to `path`, or back to standard output when nil.
    func redirectOutput(to path: String?) throws(CommandFailure) {
        endOnce()
        guard let path else {
            console.output.redirect(to: standardOutput)
            closeOutputFile()
            return
        }
        let descriptor = try openForResults(path)
        console.output.redirect(to: descriptor)
        closeOutputFile()
        outputFile = (path, descriptor)
    }

    /// Sends the next result (a statement's, or a command's listing) to `path`; then
    /// results go where they went before, as sqlite3's `.once` does.
    func redirectOnce(to path: String) throws(CommandFailure) {
        endOnce()
        let descriptor = try openForResults(path)
        console.output.redirect(to: descriptor)
        onceFile = (path, descriptor)
    }

    /// Ends a `.once`, if one is pending, sending results where they went before it.
    private func endOnce() {
        guard let file = onceFile else { return }
        console.output.redirect(to: outputFile?.descriptor ?? standardOutput)
        close(file.descriptor)
        onceFile = nil
    }

    /// Opens a file for results, never one the data was loaded from.
    private func openForResults(_ path: String) throws(CommandFailure) -> Int32 {
        if let source = loadedPaths.first(where: { PathIdentity.isSameOrInside(path, $0) }) {
            throw CommandFailure("refusing to write to '\(path)': the data was loaded from '\(source)'")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CommandFailure("cannot write to '\(path)': \(PathIdentity.lastError())")
        }
        return descriptor
    }

    private func closeOutputFile() {
        if let file = outputFile { close(file.descriptor) }
        outputFile = nil
    }

    /// Runs a script file from `.read`.
    func read(_ path: String) throws(CommandFailure) -> Outcome {
        guard readDepth < Interpreter.maximumReadDepth else {
            throw CommandFailure("'\(path)': scripts read each other more than \(Interpreter.maximumReadDepth) deep")
        }
        guard let text = ScriptFile.read(path) else { throw CommandFailure("cannot read script '\(path)'") }
        readDepth += 1
        defer { readDepth -= 1 }
        return run(text, name: path)
    }

    var outputPath: String? { outputFile?.path }

    /// Whether a load shows a progress line: only for someone at a terminal (standard
    /// input, output and error all terminals), never in a script or a pipe.
    var showsProgress: Bool { interactive && readDepth == 0 && Terminal.isWatched }
}

/// A dot-command that ran but failed (a file that cannot be read, a refused write).
struct CommandFailure: Error {
    let message: String

    init(_ message: String) { self.message = message }
}
