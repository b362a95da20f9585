import FunnelEngine
import FunnelText

/// Draws a `BarChart` as lines: the label, a bar of Unicode blocks proportional to
/// its count (eighths of a block for the remainder), then the caption. The bar comes
/// after the aligned label so a terminal that draws blocks two columns wide (some
/// Chinese set-ups) only pushes the caption, never the labels.
struct BarChartRenderer {
    let maxWidth: Int
    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    func lines(_ chart: BarChart) -> [String] {
        let labelWidth = chart.bars.map { DisplayWidth.of($0.label) }.max() ?? 0
        let captionWidth = chart.bars.map { DisplayWidth.of($0.caption) }.max() ?? 0
        let largest = chart.bars.map(\.count).max() ?? 0
        let room = maxWidth - labelWidth - captionWidth - 4
        let barWidth = max(10, min(50, room))
        return chart.bars.map { bar in
            let pad = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(bar.label)))
            return bar.label + pad + "  " + BarChartRenderer.bar(bar.count, of: largest, width: barWidth)
                + " " + bar.caption
        }
    }

    /// `count` of `largest` as a bar at most `width` columns long; a non-zero count
    /// shows at least a sliver, so a small stage never looks empty.
    static func bar(_ count: Int, of largest: Int, width: Int) -> String {
        guard largest > 0, count > 0 else { return "" }
        let eighthsTotal = max(1, (count * width * 8 + largest / 2) / largest)
        return String(repeating: "█", count: eighthsTotal / 8) + eighths[eighthsTotal % 8]
    }
}
