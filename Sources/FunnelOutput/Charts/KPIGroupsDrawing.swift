import FunnelDomain
import FunnelEngine

/// `chart kpi NAME for P by consultant` (or any card field): a bar a group, in the
/// table's order, the group's name on the left and its value after the bar; for a
/// rate or an average the KPI over every group is a dashed line across the bars.
struct KPIGroupsDrawing {
    let result: ChartResult
    let kpi: KPIDefinition

    static let rowHeight = 30.0
    static let barHeight = 20.0
    /// Room after the longest bar for its value.
    static let valueRoom = 72.0

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: ChartStyle.width, height: 0)
        let top = ChartFrame.header(&canvas, result) + 34
        let chart = result.chart
        let column = chart.valueColumns.first ?? 0
        let labels = chart.rows.map { result.label(row: $0) }
        let widest = labels.map { SVGCanvas.estimatedWidth($0, size: ChartStyle.labelSize) }.max() ?? 0
        let labelRight = ChartStyle.margin + min(280, max(90, widest))
        let left = labelRight + 12
        let right = Double(ChartStyle.width) - ChartStyle.margin - Self.valueRoom
        let values = chart.rows.map { result.number(row: $0, column: column) }
        let total = kpi.kind == .count ? nil : chart.totalRow.flatMap { result.number(row: $0, column: column) }
        let scale = ChartScale(largest: (values.compactMap { $0 } + [total ?? 0]).max() ?? 0,
                               wholeSteps: kpi.kind == .count)
        func x(_ value: Double) -> Double { left + scale.fraction(value) * (right - left) }
        let bottom = top + Double(chart.rows.count) * Self.rowHeight

        for tick in scale.ticks {
            canvas.line(from: (x(tick), top - 6), to: (x(tick), bottom), stroke: tick == 0 ? ChartStyle.axis : ChartStyle.grid)
            canvas.text(ChartText.tick(tick, kind: kpi.kind, step: scale.step), x: x(tick), y: bottom + 18,
                        size: ChartStyle.smallSize, anchor: .middle, fill: ChartStyle.muted)
        }
        canvas.text(ChartText.valueAxis(kpi), x: (left + right) / 2, y: bottom + 40, size: ChartStyle.smallSize,
                    anchor: .middle, fill: ChartStyle.muted)
        canvas.text(result.table.columns.indices.contains(chart.labelColumn)
                        ? result.table.columns[chart.labelColumn].name : "",
                    x: labelRight, y: top - 12, size: ChartStyle.smallSize, anchor: .end, fill: ChartStyle.muted)

        // The total first: the bars cover it where they cross it.
        if let total, let row = chart.totalRow {
            canvas.line(from: (x(total), top - 6), to: (x(total), bottom), stroke: ChartStyle.total, width: 1.5,
                        dashed: true)
            canvas.text("total " + result.shown(row: row, column: column), x: x(total), y: top - 12,
                        size: ChartStyle.smallSize, anchor: .middle, fill: ChartStyle.total, halo: true)
        }
        for (index, row) in chart.rows.enumerated() {
            let y = top + Double(index) * Self.rowHeight
            let middle = y + Self.rowHeight / 2
            canvas.text(labels[index], x: labelRight, y: middle + 5, size: ChartStyle.labelSize, anchor: .end)
            guard let value = values[index] else {
                canvas.text(result.shown(row: row, column: column), x: left + 6, y: middle + 5,
                            size: ChartStyle.labelSize, fill: ChartStyle.muted)
                continue
            }
            let end = x(value)
            canvas.rect(x: left, y: middle - Self.barHeight / 2, width: end - left, height: Self.barHeight,
                        fill: ChartStyle.series, check: end - left >= 4 ? labels[index] : nil)
            canvas.text(result.shown(row: row, column: column), x: end + 6, y: middle + 5, size: ChartStyle.labelSize,
                        bold: true, halo: true)
        }
        ChartFrame.notes(&canvas, result, from: bottom + 52)
        return canvas
    }
}
