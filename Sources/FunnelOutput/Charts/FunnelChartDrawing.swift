import FunnelEngine

/// `chart funnel for P`: the stages top to bottom, each a bar centred on one axis
/// with its width in proportion to its count, joined to the next by a band that
/// narrows as the funnel does; the stage's names on the left (English over
/// Chinese), its count after the bar, its ratios and skipped cards on the right.
struct FunnelChartDrawing {
    let result: ChartResult

    static let labelRight = 232.0
    static let barLeft = 252.0
    static let barRoom = 380.0
    static let captionLeft = 690.0
    static let barHeight = 42.0
    static let rowHeight = 64.0

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: ChartStyle.width, height: 0)
        let top = ChartFrame.header(&canvas, result) + 16
        let chart = result.chart
        guard let countColumn = chart.valueColumns.first else {
            ChartFrame.notes(&canvas, result, from: top)
            return canvas
        }
        let counts = chart.rows.map { result.number(row: $0, column: countColumn) ?? 0 }
        let largest = counts.max() ?? 0
        let centre = Self.barLeft + Self.barRoom / 2
        let widths = counts.map { count in
            largest > 0 && count > 0 ? max(2, Self.barRoom * count / largest) : 0
        }
        for (index, row) in chart.rows.enumerated() {
            let y = top + Double(index) * Self.rowHeight
            let width = widths[index]
            if index + 1 < widths.count {
                // The band to the next stage: this bar's bottom edge to the next one's top.
                let next = widths[index + 1], bottom = y + Self.barHeight, nextTop = y + Self.rowHeight
                canvas.polygon([(centre - width / 2, bottom), (centre + width / 2, bottom),
                                (centre + next / 2, nextTop), (centre - next / 2, nextTop)], fill: ChartStyle.neck)
            }
            let name = result.shown(row: row, column: chart.labelColumn)
            if width > 0 {
                canvas.rect(x: centre - width / 2, y: y, width: width, height: Self.barHeight,
                            fill: ChartStyle.stage(index), check: "stage \(name)")
            }
            canvas.text(name, x: Self.labelRight, y: y + 18, size: 16, anchor: .end, bold: true)
            if let chinese = chart.secondLabelColumn {
                canvas.text(result.shown(row: row, column: chinese), x: Self.labelRight, y: y + 37,
                            size: ChartStyle.labelSize, anchor: .end, fill: ChartStyle.muted)
            }
            canvas.text(result.shown(row: row, column: countColumn), x: centre + width / 2 + 8, y: y + 28,
                        size: 18, bold: true)
            let captions = self.captions(row: row)
            for (line, caption) in captions.enumerated() {
                canvas.text(caption, x: Self.captionLeft, y: y + 17 + Double(line) * 19,
                            size: line == 0 ? ChartStyle.labelSize : 13, fill: line == 0 ? ChartStyle.ink : ChartStyle.muted)
            }
        }
        ChartFrame.notes(&canvas, result, from: top + Double(chart.rows.count) * Self.rowHeight - 8)
        return canvas
    }

    /// `51.0% of previous`, then `53.0% of new cards, skipped 3`: each ratio the
    /// stage has, under the table's column names.
    private func captions(row: Int) -> [String] {
        var first: [String] = [], second: [String] = []
        for column in result.chart.captionColumns {
            let text = result.shown(row: row, column: column)
            guard !text.isEmpty else { continue }
            switch result.table.columns[column].name {
            case "of_previous": first.append(text + " of previous")
            case "of_new_cards": second.append(text + " of new cards")
            case "skipped": second.append("skipped " + text)
            default: second.append(text + " " + result.table.columns[column].name)
            }
        }
        return [first.joined(separator: ", "), second.joined(separator: ", ")].filter { !$0.isEmpty }
    }
}
