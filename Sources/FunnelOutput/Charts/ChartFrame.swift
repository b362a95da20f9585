import FunnelEngine

/// What every chart has around its drawing: the title and the lines under it at the
/// top, the notes at the bottom.
enum ChartFrame {
    /// Draws the title, the subtitle and an optional detail line (a KPI's formula);
    /// gives the first y below them.
    static func header(_ canvas: inout SVGCanvas, _ result: ChartResult) -> Double {
        let left = ChartStyle.margin
        canvas.text(ChartText.title(result.chart), x: left, y: 42, size: ChartStyle.titleSize, bold: true)
        canvas.text(ChartText.subtitle(result), x: left, y: 68, size: ChartStyle.subtitleSize, fill: ChartStyle.muted)
        guard let formula = ChartText.formula(result.chart) else { return 92 }
        let width = Double(canvas.width) - 2 * ChartStyle.margin
        var y = 90.0
        for line in ChartText.wrapped("= " + formula, width: width, size: ChartStyle.smallSize) {
            canvas.text(line, x: left, y: y, size: ChartStyle.smallSize, fill: ChartStyle.muted)
            y += ChartStyle.noteLeading
        }
        return y
    }

    /// Draws the notes from `y` down, wrapped to the width; sets the canvas's height
    /// to end below them.
    static func notes(_ canvas: inout SVGCanvas, _ result: ChartResult, from y: Double) {
        let width = Double(canvas.width) - 2 * ChartStyle.margin
        var y = y
        for note in ChartText.notes(result) {
            for line in ChartText.wrapped(note, width: width, size: ChartStyle.noteSize) {
                y += ChartStyle.noteLeading
                canvas.text(line, x: ChartStyle.margin, y: y, size: ChartStyle.noteSize, fill: ChartStyle.muted)
            }
        }
        canvas.height = Int((y + 24).rounded(.up))
    }
}
