/// The formats a result can be written in. `line` is the vertical display: one field
/// per line, each record under a rule (psql's expanded display, sqlite3's word).
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, markdown, line
    /// An HTML table a result; a chart as a page holding its SVG and its table.
    case html
}

/// What the renderer needs to know about where the output goes.
public struct RenderOptions: Sendable {
    public var format: OutputFormat
    /// The terminal's width: table cells are cut to fit. `nil` when not on a terminal.
    public var maxWidth: Int?
    /// ANSI colour (header bold, totals bold, undefined values dim). Only on a
    /// terminal, and never when NO_COLOR is set: the front end decides.
    public var color: Bool
    /// The terminal's height: a taller table shows its first rows and says how many
    /// were left out. Only for tables on a terminal; csv and json always have every row.
    public var maxHeight: Int?
    /// The language of headers, values and phrases in table and markdown output
    /// (`--lang`, `.lang`); csv and json are the same in every language.
    public var language: DisplayLanguage = .english
    /// The header row of a table or csv, the record rules of the vertical display
    /// (`.headers off` drops them, as in sqlite3).
    public var headers = true

    public init(format: OutputFormat = .table, maxWidth: Int? = nil, color: Bool = false, maxHeight: Int? = nil) {
        self.format = format
        self.maxWidth = maxWidth
        self.color = color
        self.maxHeight = maxHeight
    }
}
