import FunnelEngine

/// A chart as a file: a self-contained SVG, or an HTML page holding the SVG and the
/// table it draws. The front end decides where each goes.
public enum ChartRenderer {
    /// The SVG document: every number is a cell of the chart's table, as the table shows it.
    public static func svg(_ result: ChartResult) -> String {
        let canvas: SVGCanvas
        switch result.chart.subject {
        case .funnel: canvas = FunnelChartDrawing(result: result).draw()
        case .funnelByGroup: canvas = FunnelGroupsDrawing(result: result).draw()
        case .trend(let kpi, _, _): canvas = KPITrendDrawing(result: result, kpi: kpi).draw()
        case .groups(let kpi, _, _): canvas = KPIGroupsDrawing(result: result, kpi: kpi).draw()
        }
        return canvas.document(title: ChartText.documentTitle(result), description: description(result))
    }

    /// An HTML page: the SVG (which holds the title), then its table and notes, as
    /// `--format html` shows the statement's result. One file: no script, no
    /// stylesheet or font from anywhere else.
    public static func page(_ result: ChartResult) -> String {
        let title = HTMLRenderer.escaped(ChartText.documentTitle(result))
        var page = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(title)</title>
            <style>
            \(HTMLRenderer.style)
            </style>
            </head>
            <body>
            <figure>

            """
        page += svg(result)
        page += "</figure>\n"
        HTMLRenderer().render(result.table, to: &page)
        page += "</body>\n</html>\n"
        return page
    }

    /// What the chart is, in one sentence, for the SVG's `<desc>`.
    private static func description(_ result: ChartResult) -> String {
        switch result.chart.subject {
        case .funnel, .funnelByGroup:
            "Drawn by funnel from the result of " + ChartText.subtitle(result) + "."
        case .trend(let kpi, let window, _), .groups(let kpi, let window, _):
            "Drawn by funnel from the result of kpi \(kpi.name) for \(window.period.label) by "
                + (result.table.columns.indices.contains(result.chart.labelColumn)
                    ? result.table.columns[result.chart.labelColumn].name : "group") + "."
        }
    }
}
