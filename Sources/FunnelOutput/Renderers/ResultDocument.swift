import FunnelEngine

/// The results written to one output — standard output, or a file — as one
/// document a program or a Markdown renderer can read whole:
///
/// - json: one object per statement, a line each (JSON Lines);
/// - markdown: a block per statement, each under its heading, a blank line between;
/// - csv: one table. A second table, or a statement of several, is refused before
///   anything of it is written, so what was written stays one well-formed table;
///   `--output-dir` writes a file per table instead;
/// - table: results one after another, as a terminal shows them.
///
/// The front end keeps one per output, and starts a new one when a file is opened.
public struct ResultDocument: Sendable {
    /// Tables written so far.
    public private(set) var tableCount = 0
    /// Results written so far (tables, several tables or text).
    public private(set) var resultCount = 0

    public init() {}

    /// Why `result` cannot be added to this document in `format`, or nil.
    public func refusal(of result: StatementResult, in format: OutputFormat) -> DocumentRefusal? {
        guard format == .csv else { return nil }
        switch result {
        case .tables(let tables) where tables.count > 1:
            return .severalTables(tables.enumerated().map { $0.element.title ?? "part \($0.offset + 1)" })
        case .table, .tables:
            return tableCount > 0 ? .secondTable : nil
        case .text, .chart, .none:
            return nil
        }
    }

    /// Adds `result` (which `refusal` allowed) under `statement`, the statement's text.
    public mutating func write(_ result: StatementResult, statement: String?, with renderer: Renderer,
                               to out: inout some TextOutputStream) {
        switch result {
        case .none, .chart: return
        case .table: tableCount += 1
        case .tables(let tables): tableCount += tables.count
        case .text: break
        }
        if renderer.options.format == .markdown, resultCount > 0 { out.write("\n") }
        resultCount += 1
        renderer.render(result, statement: statement, to: &out)
    }
}

/// A result a document cannot hold, and what to do instead.
public enum DocumentRefusal: Error, Equatable, Sendable {
    /// csv holds one table, and one was written already.
    case secondTable
    /// A statement of several tables (their titles) in csv.
    case severalTables([String])

    public var message: String {
        switch self {
        case .secondTable:
            "csv output holds one table, and this statement's would be the second: "
                + "run with --output-dir DIR for a csv file per table, "
                + "or give each statement a file of its own with .once FILE"
        case .severalTables(let titles):
            "this statement gives \(titles.count) tables (\(titles.joined(separator: ", "))) and csv output holds one: "
                + "run with --output-dir DIR for a csv file per table, or use --format json"
        }
    }
}
