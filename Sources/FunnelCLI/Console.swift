import FunnelEngine
import FunnelOutput
import FunnelSyntax

/// Where results and diagnostics go: results to stdout in the chosen format,
/// errors to stderr. The one place the front end writes; `Interpreter` decides what.
final class Console {
    let output: StandardStream
    let errors: StandardStream
    /// Changing it (`.mode`) starts the documents anew: a script that asks for csv
    /// after a table asks for a csv document.
    var format: OutputFormat {
        didSet {
            if format != oldValue { standardDocument = ResultDocument(); fileDocument = ResultDocument() }
        }
    }
    /// The language tables, markdown and error text are shown in (`--lang`, `.lang`).
    var language: DisplayLanguage = .english
    /// With `--output-dir`: in csv, each table goes to a file of its own there.
    var outputDirectory: OutputDirectory?
    /// Standard output's document, which lasts the run, and the document of the file
    /// output was last sent to (`.output FILE`), which starts when the file is opened.
    private var standardDocument = ResultDocument()
    private var fileDocument = ResultDocument()
    private var fileDocumentRedirection = -1
    private let standardDescriptor: Int32
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
        standardDescriptor = output
    }

    var renderer: Renderer {
        let descriptor = output.currentDescriptor
        var options = RenderOptions(format: format, maxWidth: Terminal.width(of: descriptor),
                                    color: Terminal.wantsColor(descriptor),
                                    maxHeight: pages ? nil : Terminal.height(of: descriptor))
        options.language = language
        options.headers = headers
        return Renderer(options: options)
    }

    /// Shows what a statement came to; `source` is the text it was in, which names it
    /// in json and markdown. False when the result could not be written as asked (a
    /// second table in csv output, a file of `--output-dir`): it is said on stderr,
    /// and the statement counts as failed.
    @discardableResult
    func show(_ outcome: ScriptRunner.Outcome, in source: SourceText? = nil, announcing: Bool = false) -> Bool {
        switch outcome {
        case .result(_, .chart(let chart)):
            // Where results go, a chart is its page (the interpreter writes the other cases to files).
            show(chart)
            return true
        case .result(let statement, let result):
            if format == .csv, let outputDirectory, result.tables != nil {
                return write(result, of: statement, to: outputDirectory, announcing: announcing)
            }
            return write(result, of: statement, in: source)
        case .failure(let failure, let source):
            output.flush()
            report(Diagnostic(failure, in: source, language: errorLanguage))
            return true
        }
    }

    /// Adds a result to the document of the output it goes to, unless that refuses it.
    /// A terminal is read by a person, not a program: there csv shows every table, as
    /// sqlite's `.mode csv` does.
    private func write(_ result: StatementResult, of statement: Statement, in source: SourceText?) -> Bool {
        if !Terminal.isTerminal(output.currentDescriptor),
           let refusal = currentDocument.refusal(of: result, in: format) {
            output.flush()
            let source = source ?? SourceText("")
            report(Diagnostic(message: refusal.message, range: statement.range, in: source))
            return false
        }
        add(result, named: source.map { StatementText.of(statement, in: $0) })
        return true
    }

    /// A dot-command's listing (`.tables`, `.schema`, ...) as part of the document, as
    /// `help` is: in json `{"statement":".tables","text":...}`, in markdown a fenced
    /// block under the command line, elsewhere the text as it is.
    func show(listing text: String, command line: String) {
        add(.text(text), named: line.trimmingBlanks)
    }

    /// The document of the output results go to now: standard output's, which lasts the
    /// run, or a new one for each file `.output` opens.
    private var currentDocument: ResultDocument {
        if output.currentDescriptor == standardDescriptor { return standardDocument }
        return fileDocumentRedirection == output.redirections ? fileDocument : ResultDocument()
    }

    private func add(_ result: StatementResult, named statement: String?) {
        var document = currentDocument
        let renderer = self.renderer
        writeResult { document.write(result, statement: statement, with: renderer, to: &$0) }
        if output.currentDescriptor == standardDescriptor {
            standardDocument = document
        } else {
            fileDocument = document
            fileDocumentRedirection = output.redirections
        }
    }

    /// Writes a result's tables to files of their own in `directory`.
    private func write(_ result: StatementResult, of statement: Statement, to directory: OutputDirectory,
                       announcing: Bool) -> Bool {
        do {
            let written = try directory.write(result, of: statement,
                                              with: Renderer(options: RenderOptions(format: .csv)))
            if announcing {
                for file in written { note("wrote \(file.path) (\(NumberText.grouped(file.rows)) rows)") }
            }
            return true
        } catch {
            self.error("error: " + error.message)
            return false
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

private extension String {
    /// Without the blanks and line ends around it.
    var trimmingBlanks: String {
        let isBlank: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0.isNewline }
        return String(drop(while: isBlank).reversed().drop(while: isBlank).reversed())
    }
}

extension StatementResult {
    /// The tables of a result, or nil for text, a chart and nothing.
    var tables: [ResultTable]? {
        switch self {
        case .table(let table): [table]
        case .tables(let tables): tables
        case .text, .chart, .none: nil
        }
    }
}
