import FunnelEngine

/// Writes a result in the chosen format. The one entry point the front end uses.
public struct Renderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions) { self.options = options }

    public func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        switch options.format {
        case .table: TableRenderer(options: options).render(table, to: &out)
        case .csv: CSVRenderer().render(table, to: &out)
        case .json: JSONRenderer().render(table, to: &out)
        case .markdown: MarkdownRenderer().render(table, to: &out)
        }
    }

    /// The rendering as one string (tests, small results).
    public func render(_ table: ResultTable) -> String {
        var text = ""
        render(table, to: &text)
        return text
    }
}
