import FunnelEngine
import FunnelOutput

/// Where results and diagnostics go: results to stdout in the chosen format,
/// errors to stderr. The one place the front end writes; `Interpreter` decides what.
final class Console {
    let output: StandardStream
    let errors: StandardStream
    var format: OutputFormat
    /// The language tables, markdown and error text are shown in (`--lang`, `.lang`).
    var language: DisplayLanguage = .english

    /// The descriptors are 1 and 2 except in tests, which capture them.
    init(format: OutputFormat, output: Int32 = 1, errors: Int32 = 2) {
        self.format = format
        self.output = StandardStream(descriptor: output)
        self.errors = StandardStream(descriptor: errors)
    }

    var renderer: Renderer {
        let descriptor = output.currentDescriptor
        var options = RenderOptions(format: format, maxWidth: Terminal.width(of: descriptor),
                                    color: Terminal.wantsColor(descriptor), maxHeight: Terminal.height(of: descriptor))
        options.language = language
        return Renderer(options: options)
    }

    func show(_ outcome: ScriptRunner.Outcome) {
        switch outcome {
        case .result(_, .table(let table)):
            var out = output
            renderer.render(table, to: &out)
            output.flush()
        case .result(_, .tables(let tables)):
            var out = output
            renderer.render(tables, to: &out)
            output.flush()
        case .result(_, .text(let text)):
            output.write(text + "\n")
            output.flush()
        case .result(_, .chart(let chart)):
            // Where results go, a chart is its page (the interpreter writes the other cases to files).
            show(chart)
        case .result(_, .none):
            break
        case .failure(let failure, let source):
            output.flush()
            report(Diagnostic(failure, in: source, language: errorLanguage))
        }
    }

    /// A chart's HTML page where results go.
    func show(_ chart: ChartResult) {
        output.write(ChartRenderer.page(chart))
        output.flush()
    }

    /// An error with its place: as text with a caret, or in json mode as one JSON
    /// object a program can read (message, file, line, column).
    func report(_ diagnostic: Diagnostic) {
        error(format == .json ? diagnostic.json : diagnostic.text)
    }

    /// Errors are worded in the language shown, but in json they stay English, as
    /// every json output does: a program reads them.
    var errorLanguage: DisplayLanguage { format == .json ? .english : language }

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

    func flush() {
        output.flush()
        errors.flush()
    }
}
