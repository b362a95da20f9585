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
        let captions = chart.bars.map(BarChartRenderer.caption)
        let captionWidth = captions.map { DisplayWidth.of($0) }.max() ?? 0
        let largest = chart.bars.map(\.count).max() ?? 0
        let room = maxWidth - labelWidth - captionWidth - 4
        let barWidth = max(10, min(50, room))
        return zip(chart.bars, captions).map { bar, caption in
            let pad = String(repeating: " ", count: max(0, labelWidth - DisplayWidth.of(bar.label)))
            return bar.label + pad + "  " + BarChartRenderer.bar(bar.count, of: largest, width: barWidth) + " " + caption
        }
    }

    /// After the bar: the count and its rates, `50  50.0% of previous, 50.0% of new cards`.
    static func caption(_ bar: BarChart.Bar) -> String {
        var caption = "\(bar.count)"
        if let previous = bar.ofPrevious { caption += "  " + BarCaptionText.ofPrevious(NumberText.percent(previous)) }
        if let ofNew = bar.ofNew { caption += BarCaptionText.ofNewCards(NumberText.percent(ofNew)) }
        return caption
    }

    /// `count` of `largest` as a bar at most `width` columns long; a non-zero count
    /// shows at least a sliver, so a small stage never looks empty.
    static func bar(_ count: Int, of largest: Int, width: Int) -> String {
        guard largest > 0, count > 0 else { return "" }
        let eighthsTotal = max(1, (count * width * 8 + largest / 2) / largest)
        return String(repeating: "█", count: eighthsTotal / 8) + eighths[eighthsTotal % 8]
    }
}
