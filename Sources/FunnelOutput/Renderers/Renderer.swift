import FunnelEngine

/// Writes a result in the chosen format. The one entry point the front end uses.
public struct Renderer: Sendable {
    public var options: RenderOptions

    public init(options: RenderOptions) { self.options = options }

    public func render(_ table: ResultTable, to out: inout some TextOutputStream) {
        switch options.format {
        case .table: TableRenderer(options: options).render(table, to: &out)
        case .csv: CSVRenderer(headers: options.headers).render(table, to: &out)
        case .json: JSONRenderer().render(table, to: &out)
        case .markdown: MarkdownRenderer().render(table, to: &out)
        case .line: LineRenderer(options: options).render(table, to: &out)
        }
    }

    /// A result in several parts: one after another with a blank line between; in
    /// json, one object with a member per part, named by the part's title.
    public func render(_ tables: [ResultTable], to out: inout some TextOutputStream) {
        if options.format == .json, tables.count > 1 {
            for (index, table) in tables.enumerated() {
                let key = JSONText.quoted(table.title ?? "part\(index + 1)")
                out.write((index == 0 ? "{" : ",\n ") + key + ":")
                var part = ""
                JSONRenderer().render(table, to: &part)
                if part.hasSuffix("\n") { part.removeLast() }
                out.write(part)
            }
            out.write("}\n")
            return
        }
        for (index, table) in tables.enumerated() {
            if index > 0 { out.write("\n") }
            render(table, to: &out)
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
