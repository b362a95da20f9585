import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import FunnelEngine
import FunnelSyntax
import FunnelTestSupport
import Testing
@testable import FunnelOutput

/// Charts drawn from the demo dealer: golden SVG files (FUNNEL_RECORD=1 re-records),
/// the numbers of the statement they draw, and a file that stands alone. That a
/// browser shows them as drawn is `scripts/check-charts`' part (CI runs it).
@Suite struct ChartRendererTests {
    /// The chart a statement gives on the demo dealer.
    static func chart(_ text: String) throws -> ChartResult {
        var session = Session(dataset: try #require(StatementHarness.demo))
        let statement = try #require(try Parser.parse(text).first)
        guard case .chart(let chart) = try session.execute(statement) else {
            throw ChartMissing(statement: text)
        }
        return chart
    }

    struct ChartMissing: Error {
        let statement: String
    }

    /// The result of a statement that gives a table, as a table renders it.
    static func table(_ text: String) throws -> String {
        var session = Session(dataset: try #require(StatementHarness.demo))
        let statement = try #require(try Parser.parse(text).first)
        guard case .table(let table) = try session.execute(statement) else { return "" }
        return Renderer(options: RenderOptions(format: .table)).render(table)
    }

    // The issue's two: the demo's funnel, and a KPI trend by month.
    @Test func theDemosFunnel() throws {
        GoldenFile.check(ChartRenderer.svg(try Self.chart("chart funnel for 2010-10")), named: "funnel-2010-10.svg")
    }

    @Test func aKPITrendByMonth() throws {
        let chart = try Self.chart("chart kpi overall_visit_rate for 2010 by month")
        GoldenFile.check(ChartRenderer.svg(chart), named: "overall_visit_rate-2010-by-month.svg")
    }

    @Test func aPageHoldsTheDrawingAndItsTable() throws {
        let chart = try Self.chart("chart kpi first_visit_rate for 2010-10 by consultant")
        let page = ChartRenderer.page(chart)
        GoldenFile.check(page, named: "first_visit_rate-2010-10-by-consultant.html")
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(page.contains(ChartRenderer.svg(chart)))
        #expect(page.contains("<tr class=\"total\"><td>first_visit_rate</td><td>2010-10</td><td>total</td>"))
    }

    /// The chart's table is the statement's result, whole: the same rows, the same
    /// text, the same notes.
    @Test(arguments: [
        ("chart funnel for 2010-10", "funnel for 2010-10"),
        ("chart funnel for 2010-10 by consultant where channel = walkin", "funnel for 2010-10 by consultant where channel = walkin"),
        ("chart funnel for 2010-09 through 2010-10-31", "funnel for 2010-09 through 2010-10-31"),
        ("chart kpi overall_visit_rate for 2010 by month", "kpi overall_visit_rate for 2010 by month"),
        ("chart kpi 首次进店率 for 2010-10 by consultant as of 2010-10-20", "kpi 首次进店率 for 2010-10 by consultant as of 2010-10-20"),
        ("chart kpi new_cards for 2010-Q3 by week to \"q3.svg\"", "kpi new_cards for 2010-Q3 by week"),
    ])
    func drawsTheResultOfItsStatement(chart: String, statement: String) throws {
        let drawn = try Self.chart(chart)
        #expect(Renderer(options: RenderOptions(format: .table)).render(drawn.table) == (try Self.table(statement)))
    }

    /// Every number drawn is written as the table writes it: counts, rates as
    /// percentages, ratios, skipped cards.
    @Test(arguments: ["chart funnel for 2010-10", "chart funnel for 2010-10 by consultant",
                      "chart kpi overall_visit_rate for 2010 by month", "chart kpi new_cards for 2010 by month",
                      "chart kpi first_visit_rate for 2010-10 by consultant", "chart kpi daily_traffic for 2010-Q3 by month"])
    func writesEveryValueAsTheTableDoes(statement: String) throws {
        let chart = try Self.chart(statement)
        let svg = ChartRenderer.svg(chart)
        var texts: [String] = []
        for row in chart.chart.rows {
            texts.append(chart.shown(row: row, column: chart.chart.labelColumn))
            for column in chart.chart.valueColumns { texts.append(chart.shown(row: row, column: column)) }
        }
        for text in texts where !text.isEmpty {
            #expect(svg.contains(">\(SVGCanvas.escaped(text))<") || svg.contains(">total \(text)<"),
                    "\(statement): \(text) is not written")
        }
    }

    @Test func theFunnelWritesItsRatiosAndSkippedCards() throws {
        let svg = ChartRenderer.svg(try Self.chart("chart funnel for 2010-10"))
        for text in [">196<", ">展厅流量<", ">新增有望客户(留档)<", ">51.0% of previous<", ">53.0% of new cards, skipped 3<",
                     ">45.3% of previous<", ">24.0% of new cards, skipped 9<", ">8<"] {
            #expect(svg.contains(text), "\(text)")
        }
        #expect(svg.components(separatedBy: "data-check=\"stage ").count - 1 == 6)
    }

    @Test func aTrendNamesTheKPIInChineseAndEnglishAndThePeriod() throws {
        let svg = ChartRenderer.svg(try Self.chart("chart kpi overall_visit_rate for 2010 by month"))
        #expect(svg.contains(">总体进店率 overall_visit_rate<"))
        #expect(svg.contains(">2010 as of 2010-10-31 by month · total 61.6%<"))
        #expect(svg.contains(">overall_visit_rate (%)<"))
        #expect(svg.contains(">month<"))
        #expect(svg.contains(">80%<"))
        #expect(svg.contains(">total 61.6%<"))
        #expect(svg.contains(">70.0%<"))
    }

    @Test func aCountTrendIsBars() throws {
        let svg = ChartRenderer.svg(try Self.chart("chart kpi new_cards for 2010 by month"))
        #expect(!svg.contains("<polyline"))
        #expect(svg.components(separatedBy: "<rect ").count - 1 == 1 + 10)
        #expect(!svg.contains("stroke-dasharray"), "a count's total is a sum: no reference line")
    }

    /// A piece whose rate is undefined (no traffic that day) breaks the line and reads n/a.
    @Test func anUndefinedValueBreaksTheLine() throws {
        let chart = try Self.chart("chart kpi capture_rate for 2010-10 by day")
        let svg = ChartRenderer.svg(chart)
        #expect(svg.contains(">n/a<"))
        #expect(svg.components(separatedBy: "<polyline").count - 1 >= 2)
    }

    /// Nothing outside the file: no script, no link, no web font; fonts named CJK
    /// first, so Chinese shows with what the viewer's machine has.
    @Test(arguments: ["chart funnel for 2010-10", "chart funnel for 2010-10 by consultant",
                      "chart kpi overall_visit_rate for 2010 by month",
                      "chart kpi first_visit_rate for 2010-10 by consultant"])
    func standsAlone(statement: String) throws {
        let chart = try Self.chart(statement)
        for document in [ChartRenderer.svg(chart), ChartRenderer.page(chart)] {
            let lowered = document.lowercased()
            for word in ["<script", "href", "url(", "@import", "@font-face", "<link", "<img"] {
                #expect(!lowered.contains(word), "\(statement): \(word)")
            }
            #expect(lowered.components(separatedBy: "http").count - 1 == 1, "only the SVG namespace")
            #expect(document.contains("'Noto Sans CJK SC', 'Source Han Sans SC', 'WenQuanYi Micro Hei', 'Microsoft YaHei'"))
        }
        #expect(ChartRenderer.svg(chart).hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"960\""))
    }

    #if canImport(FoundationXML) || canImport(Darwin)
    @Test(arguments: ["chart funnel for 2010-10", "chart funnel for 2010-10 by consultant",
                      "chart kpi overall_visit_rate for 2010 by month", "chart kpi capture_rate for 2010-10 by day",
                      "chart kpi first_visit_rate for 2010-10 by consultant"])
    func isWellFormedXML(statement: String) throws {
        let parser = XMLParser(data: Data(ChartRenderer.svg(try Self.chart(statement)).utf8))
        #expect(parser.parse(), "\(statement): \(parser.parserError.map { "\($0)" } ?? "")")
    }
    #endif

    @Test func textIsEscaped() {
        #expect(SVGCanvas.escaped("a<b & \"c\">") == "a&lt;b &amp; &quot;c&quot;&gt;")
        #expect(SVGCanvas.escaped("x\u{01}y") == "x y")
        #expect(SVGCanvas.escaped("刘凯") == "刘凯")
    }

    @Test(arguments: [(12.0, "12"), (12.25, "12.3"), (-0.04, "0"), (-3.96, "-4"), (0.5, "0.5"), (Double.nan, "0")])
    func coordinatesHaveOneDecimal(value: Double, text: String) {
        #expect(SVGCanvas.number(value) == text)
    }

    @Test(arguments: [(0.7, false, 0.8, 0.2), (196.0, true, 200.0, 50.0), (0.0, true, 5.0, 1.0),
                      (3.0, true, 3.0, 1.0), (0.116, false, 0.125, 0.025), (6.32, false, 8.0, 2.0)])
    func scalesHaveRoundSteps(largest: Double, whole: Bool, top: Double, step: Double) {
        let scale = ChartScale(largest: largest, wholeSteps: whole)
        #expect(abs(scale.top - top) < 1e-9 && abs(scale.step - step) < 1e-9, "\(scale)")
        #expect(scale.ticks.first == 0)
    }

    @Test(arguments: [
        ("chart funnel for 2010-10", "funnel-2010-10.svg"),
        ("chart funnel for 2010-10 by consultant", "funnel-2010-10-by-consultant.svg"),
        ("chart funnel for 2010-09 through 2010-10-31", "funnel-2010-09-through-2010-10-31.svg"),
        ("chart kpi 总体进店率 for 2010 by month", "overall_visit_rate-2010-by-month.svg"),
        ("chart kpi new_cards for 2010-10-01..2010-10-15 by day", "new_cards-2010-10-01..2010-10-15-by-day.svg"),
        ("chart kpi first_visit_rate for last month by 渠道", "first_visit_rate-2010-09-by-channel.svg"),
    ])
    func aChartWithoutAFileIsNamedAfterItsStatement(statement: String, name: String) throws {
        #expect(ChartText.fileName(try Self.chart(statement)) == name)
    }
}
