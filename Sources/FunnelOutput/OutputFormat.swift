/// The formats a result can be written in.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, csv, json, markdown
}

/// What the renderer needs to know about where the output goes.
public struct RenderOptions: Sendable {
    public var format: OutputFormat
    /// The terminal's width: table cells are cut to fit. `nil` when not on a terminal.
    public var maxWidth: Int?
    /// ANSI colour (header bold, totals bold, undefined values dim). Only on a
    /// terminal, and never when NO_COLOR is set: the front end decides.
    public var color: Bool

    public init(format: OutputFormat = .table, maxWidth: Int? = nil, color: Bool = false) {
        self.format = format
        self.maxWidth = maxWidth
        self.color = color
    }
}
