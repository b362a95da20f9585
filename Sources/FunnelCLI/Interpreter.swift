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
    /// Print how long each statement took.
    var timer = false
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
    @discardableResult
    func runStatements(_ text: String, name: String?) -> Bool {
        let console = self.console
        let timer = self.timer
        let cancellation = session.cancellation
        let clock = ContinuousClock()
        var start = clock.now
        let outputPath = outputFile?.path
        var written = true
        let source = SourceText(text, name: name)
        let announcing = interactive
        let ran = ScriptRunner(keepGoing: !bail).run(text, name: name, session: &session, writing: { outcome in
            let elapsed = clock.now - start
            // The engine fails every statement after Ctrl-C with "cancelled"; the
            // prompt says it once instead.
            if cancellation.isCancelled, case .failure = outcome { return true }
            let shown: Bool
            if case .result(_, .chart(let chart)) = outcome {
                shown = self.show(chart)
            } else {
                // A result the output refuses (a second table in csv) fails its statement.
                shown = console.show(outcome, in: source, announcing: announcing)
            }
            // A full disk or a file that went away: said once, and the script fails.
            // (Standard output closed by `| head` stays quiet, as in sqlite.)
            if let outputPath, let reason = console.output.takeFailure() {
                console.error("error: cannot write to '\(outputPath)': \(reason): the results are not all there")
                written = false
            }
            if timer { console.note("Run Time: \(Interpreter.seconds(elapsed)) s") }
            start = clock.now
            return shown
        })
        return ran && written
    }

    /// Runs one dot-command line; `lineNumber` places it in a script for messages.
    func runCommand(_ line: String, name: String? = nil, lineNumber: Int = 1) -> Outcome {
        let command: DotCommand
        do {
            command = try DotCommand.parse(line)
        } catch {
            report(error.message, in: line, at: error.range, name: name, lineNumber: lineNumber)
            return Outcome(succeeded: false)
        }
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
        guard let path else {
            console.output.redirect(to: standardOutput)
            closeOutputFile()
            return
        }
        if let source = loadedPaths.first(where: { PathIdentity.isSameOrInside(path, $0) }) {
            throw CommandFailure("refusing to write to '\(path)': the data was loaded from '\(source)'")
        }
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CommandFailure("cannot write to '\(path)': \(PathIdentity.lastError())")
        }
        console.output.redirect(to: descriptor)
        closeOutputFile()
        outputFile = (path, descriptor)
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
}

/// A dot-command that ran but failed (a file that cannot be read, a refused write).
struct CommandFailure: Error {
    let message: String

    init(_ message: String) { self.message = message }
}
