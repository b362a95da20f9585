import FunnelDomain
import FunnelEngine

/// `chart kpi NAME for P by month` (or week, day, quarter, year): the KPI over the
/// pieces of P, left to right. A rate or an average is a line through the pieces
/// (broken where a value is undefined), with the KPI over all of P as a dashed
/// line; a count is a bar a piece. Each value is written as the table writes it.
struct KPITrendDrawing {
    let result: ChartResult
    let kpi: KPIDefinition

    static let plotLeft = 96.0
    static let plotRight = 928.0
    static let plotHeight = 300.0
    /// Above this many pieces, only some are named on the axis and no value is written.
    static let crowded = 16

    func draw() -> SVGCanvas {
        var canvas = SVGCanvas(width: ChartStyle.width, height: 0)
        let top = ChartFrame.header(&canvas, result) + 34
        let bottom = top + Self.plotHeight
        let chart = result.chart
        let column = chart.valueColumns.first ?? 0
        let values = chart.rows.map { result.number(row: $0, column: column) }
        let total = kpi.kind == .count ? nil : chart.totalRow.flatMap { result.number(row: $0, column: column) }
        let scale = ChartScale(largest: (values.compactMap { $0 } + [total ?? 0]).max() ?? 0,
                               wholeSteps: kpi.kind == .count)
        func y(_ value: Double) -> Double { bottom - scale.fraction(value) * Self.plotHeight }

        // The grid and the value axis.
        for tick in scale.ticks {
            canvas.line(from: (Self.plotLeft, y(tick)), to: (Self.plotRight, y(tick)),
                        stroke: tick == 0 ? ChartStyle.axis : ChartStyle.grid)
            canvas.text(ChartText.tick(tick, kind: kpi.kind, step: scale.step), x: Self.plotLeft - 8, y: y(tick) + 4,
                        size: ChartStyle.smallSize, anchor: .end, fill: ChartStyle.muted)
        }
        canvas.text(ChartText.valueAxis(kpi), x: ChartStyle.margin - 8 + ChartStyle.smallSize, y: top + Self.plotHeight / 2,
                    size: ChartStyle.smallSize, anchor: .middle, fill: ChartStyle.muted, rotated: true)

        // The pieces along the bottom.
        let count = max(1, chart.rows.count)
        let slot = (Self.plotRight - Self.plotLeft) / Double(count)
        func x(_ index: Int) -> Double { Self.plotLeft + slot * (Double(index) + 0.5) }
        let crowded = chart.rows.count > Self.crowded
        let every = crowded ? (chart.rows.count + 11) / 12 : 1
        for (index, row) in chart.rows.enumerated() where index % every == 0 {
            canvas.text(result.label(row: row), x: x(index), y: bottom + 20, size: ChartStyle.smallSize,
                        anchor: .middle, fill: ChartStyle.ink)
        }
        canvas.text(result.table.columns.indices.contains(chart.labelColumn)
                        ? result.table.columns[chart.labelColumn].name : "",
                    x: (Self.plotLeft + Self.plotRight) / 2, y: bottom + 44, size: ChartStyle.smallSize,
                    anchor: .middle, fill: ChartStyle.muted)

        if let total, let row = chart.totalRow {
            canvas.line(from: (Self.plotLeft, y(total)), to: (Self.plotRight, y(total)), stroke: ChartStyle.total,
                        width: 1.5, dashed: true)
            canvas.text("total " + result.shown(row: row, column: column), x: Self.plotRight, y: y(total) - 6,
                        size: ChartStyle.smallSize, anchor: .end, fill: ChartStyle.total, halo: true)
        }

        if kpi.kind == .count {
            let width = min(48, slot * 0.6)
            for (index, value) in values.enumerated() {
                guard let value else { continue }
                canvas.rect(x: x(index) - width / 2, y: y(value), width: width, height: bottom - y(value),
                            fill: ChartStyle.series, check: "\(result.label(row: chart.rows[index]))")
            }
        } else {
            // The line, in runs of defined values.
            var run: [(x: Double, y: Double)] = []
            for (index, value) in values.enumerated() {
                if let value {
                    run.append((x(index), y(value)))
                } else {
                    canvas.polyline(run, stroke: ChartStyle.series, width: 2.5)
                    run = []
                }
            }
            canvas.polyline(run, stroke: ChartStyle.series, width: 2.5)
            for (index, value) in values.enumerated() {
                guard let value else { continue }
                canvas.circle(x: x(index), y: y(value), radius: 5, fill: ChartStyle.series,
                              check: "\(result.label(row: chart.rows[index]))")
            }
        }
        for (index, value) in values.enumerated() {
            let row = chart.rows[index]
            if let value {
                guard !crowded || index == values.count - 1 else { continue }
                canvas.text(result.shown(row: row, column: column), x: x(index), y: y(value) - 10,
                            size: ChartStyle.smallSize, anchor: .middle, bold: true, halo: true)
            } else {
                canvas.text(result.shown(row: row, column: column), x: x(index), y: bottom - 8,
                            size: ChartStyle.smallSize, anchor: .middle, fill: ChartStyle.muted)
            }
        }
        ChartFrame.notes(&canvas, result, from: bottom + 56)
        return canvas
    }
}
