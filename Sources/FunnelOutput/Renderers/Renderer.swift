import FunnelEngine

/// Writes a result in the chosen format. The one entry point the front end uses;
/// `ResultDocument` strings a run's results into one document with it.
public struct Renderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions) { self.options = options }

    /// A statement's result as the document holds it: in json one object (JSON Lines),
    /// in markdown under a heading that holds `statement`; in a table, csv, html and
    /// line the tables alone. `statement` is the statement's text (`StatementText`), nil when
    /// there is none to show. A result with nothing to show writes nothing; a chart is
    /// written by `ChartRenderer`, to its file or as its page.
    public func render(_ result: StatementResult, statement: String?, to out: inout some TextOutputStream) {
        switch result {
        case .table(let table): render([table], statement: statement, to: &out)
        case .tables(let tables): render(tables, statement: statement, to: &out)
        case .text(let text):
            switch options.format {
            case .json: JSONRenderer().render(text: text, statement: statement, to: &out)
            case .markdown: MarkdownRenderer().render(text: text, statement: statement, to: &out)
            case .html: out.write("<pre>\(HTMLRenderer.escaped(text))</pre>\n")
            case .table, .csv, .line: out.write(text + "\n")
            }
        case .chart, .none: break
        }
    }

    /// One table.
    public func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        render([table], statement: nil, to: &out)
    }

    /// A result in several parts. In a table, csv, html and markdown, one after another
    /// with a blank line between (markdown under a `###` heading each); in json, one
    /// object with a member `parts`.
    public func render(_ tables: [ResultTable], to out: inout some TextOutputStream) {
        render(tables, statement: nil, to: &out)
    }

    /// The tables in the chosen format, their words in the language shown.
    private func render(_ tables: [ResultTable], statement: String?, to out: inout some TextOutputStream) {
        inShownLanguage(tables) { tables in
            switch options.format {
            case .json: JSONRenderer().render(tables, statement: statement, to: &out)
            case .markdown: MarkdownRenderer().render(tables, statement: statement, to: &out)
            case .table, .csv, .html, .line:
                for (index, table) in tables.enumerated() {
                    if index > 0 { out.write("\n") }
                    switch options.format {
                    case .table: TableRenderer(options: options).render(table, to: &out)
                    case .html: HTMLRenderer().render(table, to: &out)
                    case .line: LineRenderer(options: options).render(table, to: &out)
                    default: CSVRenderer(headers: options.headers).render(table, to: &out)
                    }
                }
            }
        }
    }

    /// The rendering as one string (tests, small results).
    public func render(_ table: ResultTable) -> String {
        var text = ""
        render(table, to: &text)
        return text
    }

    public func render(_ tables: [ResultTable]) -> String {
        var text = ""
        render(tables, to: &text)
        return text
    }
}
