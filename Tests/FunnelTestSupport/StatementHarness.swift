import FunnelEngine
import FunnelGenerator
import FunnelOutput
import FunnelStore

/// The one way tests run statements: through the engine's `ScriptRunner` on a
/// session, every result rendered by the output layer and every error shown as the
/// command line shows it (the place and a caret). What a test compares is what a
/// user would read.
public enum StatementHarness {
    /// What running some statements gave.
    public struct Run: Sendable {
        /// Every result rendered in the format, and every error as text, in order.
        public let output: String
        /// The errors alone, as shown.
        public let errors: [String]
        /// The results alone, rendered.
        public let results: String
        public var succeeded: Bool { errors.isEmpty }
    }

    /// Runs `text` on `dataset` (a new session, today from `today` or the data).
    /// CSV line ends are given as `\n`, for readable expectations.
    /// `language`: the language results and errors are shown in (`--lang`).
    public static func run(_ text: String, on dataset: Dataset, today: Day? = nil, format: OutputFormat = .csv,
                           name: String? = nil, keepGoing: Bool = false, language: DisplayLanguage = .english) -> Run {
        var session = Session(dataset: dataset, today: today)
        return run(text, in: &session, format: format, name: name, keepGoing: keepGoing, language: language)
    }

    /// Runs `text` in an existing session, which keeps its variables.
    public static func run(_ text: String, in session: inout Session, format: OutputFormat = .csv,
                           name: String? = nil, keepGoing: Bool = false, language: DisplayLanguage = .english) -> Run {
        var options = RenderOptions(format: format)
        options.language = language
        let renderer = Renderer(options: options)
        var output = "", results = ""
        var errors: [String] = []
        ScriptRunner(keepGoing: keepGoing).run(text, name: name, session: &session) { outcome in
            var shown = ""
            switch outcome {
            case .result(_, .table(let table)): shown = renderer.render(table)
            case .result(_, .tables(let tables)): shown = renderer.render(tables)
            // A chart as it is written: its page in html, its SVG otherwise.
            case .result(_, .chart(let chart)): shown = format == .html ? ChartRenderer.page(chart) : ChartRenderer.svg(chart)
            case .result(_, .text(let text)): shown = text + "\n"
            case .result(_, .none): break
            case .failure(let error, let source):
                let message = Diagnostic(error, in: source, language: options.shownLanguage).text
                errors.append(message)
                output += message + "\n"
                return
            }
            output += shown
            results += shown
        }
        return Run(output: lines(output), errors: errors, results: lines(results))
    }

    /// The demo dealer as `funnel` makes it without `--data` (`DemoDataset.load`),
    /// generated and loaded once per test process; `nil` fails the test that asks.
    public static let demo: Dataset? = try? DemoDataset.load()

    /// The text an error's caret line underlines, from the error as shown (`error:
    /// ...`, the place, a gutter, the echoed line, the carets); wide characters take
    /// two columns.
    public static func underlined(in shown: String) -> String {
        let lines = shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.count >= 5 else { return "" }
        let echoed = lines[3].drop(while: { $0 != "|" }).dropFirst(2)
        let carets = lines[4].drop(while: { $0 != "|" }).dropFirst(2)
        let start = carets.firstIndex(of: "^").map { carets.distance(from: carets.startIndex, to: $0) } ?? 0
        let width = carets.filter { $0 == "^" }.count
        var column = 0
        var picked = ""
        for character in echoed {
            let wide = character.unicodeScalars.first.map { $0.value >= 0x1100 } ?? false
            if column >= start && column < start + width { picked.append(character) }
            column += wide ? 2 : 1
        }
        return picked
    }

    private static func lines(_ text: String) -> String {
        text.split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n")
    }
}
