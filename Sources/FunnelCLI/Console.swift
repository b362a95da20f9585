import FunnelEngine
import FunnelOutput

/// Where results and diagnostics go: results to stdout in the chosen format,
/// errors to stderr. The one place the front end writes; `Interpreter` decides what.
final class Console {
    let output: StandardStream
    let errors: StandardStream
    var format: OutputFormat
    /// Column names above tables and csv (`.headers`).
    var headers = true
    /// The pager for results longer than the screen, when they go to the terminal at
    /// the prompt; nil in scripts and pipes, and after `.pager off`.
    var pager: String?

    /// The descriptors are 1 and 2 except in tests, which capture them.
    init(format: OutputFormat, output: Int32 = 1, errors: Int32 = 2) {
        self.format = format
        self.output = StandardStream(descriptor: output)
        self.errors = StandardStream(descriptor: errors)
    }

    var renderer: Renderer {
        let descriptor = output.currentDescriptor
        var options = RenderOptions(format: format, maxWidth: Terminal.width(of: descriptor),
                                    color: Terminal.wantsColor(descriptor),
                                    maxHeight: pages ? nil : Terminal.height(of: descriptor))
        options.headers = headers
        return Renderer(options: options)
    }

    func show(_ outcome: ScriptRunner.Outcome) {
        switch outcome {
        case .result(_, .table(let table)):
            writeResult { renderer.render(table, to: &$0) }
        case .result(_, .tables(let tables)):
            writeResult { renderer.render(tables, to: &$0) }
        case .result(_, .text(let text)):
            writeResult { $0.write(text + "\n") }
        case .result(_, .none):
            break
        case .failure(let failure, let source):
            output.flush()
            report(Diagnostic(failure, in: source))
        }
    }

    /// An error with its place: as text with a caret, or in json mode as one JSON
    /// object a program can read (message, file, line, column).
    func report(_ diagnostic: Diagnostic) {
        error(format == .json ? diagnostic.json : diagnostic.text)
    }

    /// A note about the session (a load, a setting), kept apart from results on
    /// stderr so `.output` files and pipes hold results only.
    func note(_ message: String) {
        output.flush()
        errors.write(message + "\n")
        errors.flush()
    }

    func error(_ message: String) {
        errors.write(message + "\n")
        errors.flush()
    }

    /// Whether a result longer than the screen goes to the pager: only with a pager
    /// set and the results going to a terminal (not to `.output` or `.once`). The
    /// renderer then writes every row instead of the first screenful.
    private var pages: Bool { pager != nil && Terminal.isTerminal(output.currentDescriptor) }

    /// Writes one result: through the pager when there is one, straight out otherwise.
    private func writeResult(_ body: (inout any TextOutputStream) -> Void) {
        let descriptor = output.currentDescriptor
        if pages, let pager, let rows = Terminal.height(of: descriptor), let columns = Terminal.width(of: descriptor) {
            let paged = PagedOutput(terminal: output, rows: rows, columns: columns, pager: pager)
            var out: any TextOutputStream = paged
            body(&out)
            if let warning = paged.finish() { error(warning) }
        } else {
            var out: any TextOutputStream = output
            body(&out)
            output.flush()
        }
    }

    /// A statement or command as `.echo on` shows it, before its result.
    func echo(_ text: String) {
        output.write(text + "\n")
        output.flush()
    }

    func flush() {
        output.flush()
        errors.flush()
    }
}
