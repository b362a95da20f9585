import FunnelEngine
import FunnelOutput

/// Where a chart goes (docs/kpis.md, "Charts"). To the file `to "FILE"` names: an
/// SVG, or by its .html ending the page with the SVG and its table. Without one, in
/// html format the page goes where results go (standard output, or `.output`'s
/// file), as any result does; in the other formats, whose results are text a chart
/// is not, the SVG goes to a file named after the statement in the current
/// directory. A file written is named on stderr, so standard output holds results only.
extension Interpreter {
    /// Shows a chart; false when its file could not be written.
    func show(_ chart: ChartResult) -> Bool {
        if chart.file == nil, console.format == .html {
            console.show(chart)
            return true
        }
        let path = chart.file ?? ChartText.fileName(chart)
        let isPage = [".html", ".htm"].contains { path.lowercased().hasSuffix($0) }
        do {
            try write(isPage ? ChartRenderer.page(chart) : ChartRenderer.svg(chart), to: path)
        } catch {
            console.error("error: " + error.message)
            return false
        }
        console.note("chart written to \(path)")
        return true
    }

    /// Writes a chart's file, never over the data the session was loaded from.
    private func write(_ text: String, to path: String) throws(CommandFailure) {
        if let source = loadedPaths.first(where: { PathIdentity.isSameOrInside(path, $0) }) {
            throw CommandFailure("refusing to write the chart to '\(path)': the data was loaded from '\(source)'")
        }
        try TextFile.write(text, to: path, what: "the chart to '\(path)'")
    }
}
