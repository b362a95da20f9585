import FunnelEngine
import FunnelSyntax
import FunnelTestSupport
import Testing

/// `chart` binds its statement as that statement binds alone, and refuses what a
/// drawing cannot show: each case with its exact message and the text the caret
/// sits under.
@Suite struct ChartBindingTests {
    @Test(arguments: [
        ("chart kpi overall_visit_rate for 2010",
         "chart kpi needs by: a grain of the period for a trend (by month, by week) or a card field for bars (by consultant)",
         "kpi overall_visit_rate for 2010"),
        ("chart kpi new_cards for 2010 by month, consultant",
         "a chart draws a KPI by one thing, not 2: a grain of the period for a trend (by month, by week) or a card field for bars (by consultant)",
         "consultant"),
        ("chart kpi overall_visit_rate, first_visit_rate for 2010 by month",
         "a chart draws one KPI, not 2: chart each on its own (chart kpi overall_visit_rate for 2010 by month)",
         "first_visit_rate"),
        ("chart kpi new_cards for 2010 by consultant, month pivot", "chart has no pivot: pivot works with count ... by and kpi ... by",
         "pivot"),
        ("chart funnel for 2010-10 to \"funnel.png\"",
         "a chart is written to an .svg file, or an .html page: 'funnel.png' ends in neither (to \"funnel.svg\")",
         "\"funnel.png\""),
        ("funnel for 2010-10 to \"funnel.svg\"",
         "funnel writes no file: to \"FILE\" is for chart (chart funnel for 2010-10 to \"funnel.svg\"); .output FILE sends any result to a file",
         "\"funnel.svg\""),
        ("kpi new_cards for 2010 by month to \"x.svg\"",
         "kpi writes no file: to \"FILE\" is for chart (chart funnel for 2010-10 to \"funnel.svg\"); .output FILE sends any result to a file",
         "\"x.svg\""),
        // What the funnel and kpi refuse alone, chart refuses the same way.
        ("chart kpi overal_visit_rate for 2010 by month",
         "unknown KPI 'overal_visit_rate' — did you mean 'overall_visit_rate'? (help kpis lists them all)", "overal_visit_rate"),
        ("chart kpi new_cards for 2010 by consultnt", "unknown field 'consultnt' in customers — did you mean 'consultant'?",
         "consultnt"),
        ("chart kpi new_cards for 2011 by month", "2011 starts after today (2010-10-31): nothing in it has happened yet", "2011"),
    ])
    func rejects(statement: String, message: String, underlined: String) throws {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo))
        let output = run.errors.first ?? ""
        #expect(output.split(separator: "\n").first.map(String.init) == "error: " + message, "\(output)")
        #expect(StatementHarness.underlined(in: output) == underlined, "\(output)")
    }

    @Test func theFileMayBeAVariable() throws {
        let demo = try #require(StatementHarness.demo)
        var session = Session(dataset: demo)
        _ = StatementHarness.run("let file = \"october.html\"", in: &session)
        let statement = try #require(try Parser.parse("chart funnel for 2010-10 to $file").first)
        guard case .chart(let chart) = try session.execute(statement) else {
            Issue.record("no chart")
            return
        }
        #expect(chart.file == "october.html")
        let wrong = StatementHarness.run("let n = 3; chart funnel for 2010-10 to $n", on: demo)
        #expect(wrong.errors.first?.hasPrefix("error: a chart is written to an .svg file, or an .html page: '3'") == true)
    }

    /// A funnel without a period is the month of today, as `funnel` is; a chart says
    /// which rows of the table it draws.
    @Test func aChartDrawsTheRowsOfItsTable() throws {
        var session = Session(dataset: try #require(StatementHarness.demo))
        for (text, rows, values) in [("chart funnel", 6, 1), ("chart funnel for 2010-10 by consultant", 11, 6),
                                     ("chart kpi new_cards for 2010 by quarter", 4, 1)] {
            let statement = try #require(try Parser.parse(text).first)
            guard case .chart(let result) = try session.execute(statement) else {
                Issue.record("\(text): no chart")
                continue
            }
            #expect(result.chart.rows.count == rows, "\(text)")
            #expect(result.chart.valueColumns.count == values, "\(text)")
            #expect(result.chart.rows.allSatisfy { !result.table.totalRows.contains($0) }, "\(text)")
            #expect(result.file == nil)
        }
    }
}
