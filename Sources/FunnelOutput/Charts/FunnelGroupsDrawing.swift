import FunnelEngine

/// `chart funnel for P by consultant`: a row a group (and the total last), a column a
/// stage; each cell a bar in proportion to the largest count of its stage, with the
/// count after it, and the group's delivered share of its new cards at the end.
struct FunnelGroupsDrawing {
    let result: ChartResult

    static let rowHeight = 28.0
    static let barHeight = 16.0
    static let captionRoom = 96.0

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: ChartStyle.width, height: 0)
        let top = ChartFrame.header(&canvas, result) + 58
        let chart = result.chart
        let rows = chart.rows + (chart.totalRow.map { [$0] } ?? [])
        let labels = rows.map { result.label(row: $0) }
        let widest = labels.map { SVGCanvas.estimatedWidth($0, size: ChartStyle.labelSize) }.max() ?? 0
        let labelRight = ChartStyle.margin + min(200, max(60, widest))
        let right = Double(ChartStyle.width) - ChartStyle.margin - Self.captionRoom
        let columns = chart.valueColumns
        let cell = (right - labelRight - 12) / Double(max(1, columns.count))
        let names = result.table.columns.map(\.name)
        func name(_ column: Int) -> String { names.indices.contains(column) ? names[column] : "" }

        // Column heads: each stage's name, with a swatch of its colour.
        for (index, column) in columns.enumerated() {
            let left = labelRight + 12 + Double(index) * cell
            canvas.rect(x: left, y: top - 30, width: 10, height: 10, fill: ChartStyle.stage(index))
            canvas.text(name(column), x: left + 14, y: top - 21,
                        size: ChartStyle.smallSize, fill: ChartStyle.ink)
        }
        if let caption = chart.captionColumns.first {
            canvas.text(name(caption), x: Double(ChartStyle.width) - ChartStyle.margin, y: top - 21,
                        size: ChartStyle.smallSize, anchor: .end, fill: ChartStyle.ink)
        }

        // Each stage's bars against the largest group of that stage (the total row aside).
        let largest = columns.map { column in
            chart.rows.compactMap { result.number(row: $0, column: column) }.max() ?? 0
        }
        for (position, row) in rows.enumerated() {
            let isTotal = row == chart.totalRow
            let y = top + Double(position) * Self.rowHeight + (isTotal ? 8 : 0)
            let middle = y + Self.rowHeight / 2
            if isTotal {
                canvas.line(from: (ChartStyle.margin, y + 1), to: (Double(ChartStyle.width) - ChartStyle.margin, y + 1),
                            stroke: ChartStyle.axis)
            }
            canvas.text(labels[position], x: labelRight, y: middle + 5, size: ChartStyle.labelSize, anchor: .end,
                        bold: isTotal)
            for (index, column) in columns.enumerated() {
                let left = labelRight + 12 + Double(index) * cell
                let count = result.number(row: row, column: column) ?? 0
                let room = cell - 40
                var width = 0.0
                if !isTotal, largest[index] > 0, count > 0 { width = max(2, room * count / largest[index]) }
                if width > 0 {
                    canvas.rect(x: left, y: middle - Self.barHeight / 2, width: width, height: Self.barHeight,
                                fill: ChartStyle.stage(index),
                                check: width >= 4 ? "\(labels[position]) \(name(column))" : nil)
                }
                canvas.text(result.shown(row: row, column: column), x: left + width + 4, y: middle + 5,
                            size: ChartStyle.smallSize, bold: isTotal)
            }
            if let caption = chart.captionColumns.first {
                canvas.text(result.shown(row: row, column: caption), x: Double(ChartStyle.width) - ChartStyle.margin,
                            y: middle + 5, size: ChartStyle.labelSize, anchor: .end, bold: isTotal)
            }
        }
        ChartFrame.notes(&canvas, result, from: top + Double(rows.count) * Self.rowHeight + 16)
        return canvas
    }
}
