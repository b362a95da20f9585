import FunnelOutput
import Testing
@testable import FunnelSyntax

/// `chart`: its subject is read as `funnel` or `kpi` alone would be, with `to
/// "FILE"` among the clauses; what it parses to, as the printer writes it back and
/// the tree dump shows it, and what Tab offers.
@Suite struct ChartParsingTests {
    @Test(arguments: [
        ("chart funnel for 2010-10", "chart funnel for 2010-10", "(chart (report funnel for period:2010-10))"),
        ("chart 漏斗", "chart funnel", "(chart (report funnel))"),
        ("CHART kpi 总体进店率 for 2010 by month to \"trend.svg\"",
         "chart kpi 总体进店率 for 2010 by month to \"trend.svg\"",
         "(chart (kpi [总体进店率] 2010 (by month) (to \"trend.svg\")))"),
        // After a period, to and a period join a range; to and a quoted name is the file.
        ("chart kpi new_cards for 2010-09 to 2010-10 by week to \"w.html\"",
         "chart kpi new_cards for 2010-09 to 2010-10 by week to \"w.html\"",
         "(chart (kpi [new_cards] phrase:[2010-09 to 2010-10] (by week) (to \"w.html\")))"),
        ("chart funnel for last month to \"f.svg\" where channel = walkin",
         "chart funnel for last month where channel = walkin to \"f.svg\"",
         "(chart (report funnel for phrase:[last month] (where (= channel walkin)) (to \"f.svg\")))"),
        // to opens no line of its own: it continues the statement above.
        ("chart funnel for 2010-10 by consultant\nto $file", "chart funnel for 2010-10 by consultant to $file",
         "(chart (report funnel for period:2010-10 (by consultant) (to $file)))"),
    ])
    func readsAndPrints(source: String, printed: String, dump: String) throws {
        let parsed = try Parser.parse(source)
        #expect(parsed.map(StatementPrinter.text) == [printed])
        #expect(parsed.map(ASTDump.dump) == [dump])
        #expect(try Parser.parse(printed).map(ASTDump.dump) == parsed.map(ASTDump.dump))
    }

    @Test(arguments: [
        ("chart", "expected 'funnel' or 'kpi' after 'chart' (chart funnel for PERIOD, chart kpi NAME for PERIOD by month)"),
        ("chart inventory for 2010-10", "expected 'funnel' or 'kpi' after 'chart'"),
        ("chart funnel for 2010-10 to", "expected a file name in quotes after 'to' (to \"funnel.svg\" or to \"funnel.html\")"),
        ("chart funnel for 2010-10 to \"a.svg\" to \"b.svg\"", "'to' appears twice in this statement"),
        ("chart kpi for 2010", "expected a KPI name"),
    ])
    func refuses(source: String, message: String) {
        do {
            _ = try Parser.parse(source)
            Issue.record("\(source) parsed")
        } catch {
            #expect(error.message.hasPrefix(message), "\(error.message)")
        }
    }

    @Test func aChartCutShortAsksForMore() {
        #expect(Parser.isIncomplete("chart"))
        #expect(Parser.isIncomplete("chart funnel for 2010-10 to"))
        #expect(!Parser.isIncomplete("chart funnel for 2010-10"))
    }

    /// Tab after chart offers what it draws, and `to` only in a chart's clauses.
    @Test func tabFollowsTheParser() {
        let first = Parser.expectations(before: "chart ")
        #expect(first.contains(.keyword("funnel")) && first.contains(.keyword("kpi")), "\(first)")
        let clauses = Parser.expectations(before: "chart funnel for 2010-10 ")
        #expect(clauses.contains(.keyword("to")) && clauses.contains(.keyword("where")), "\(clauses)")
        let plain = Parser.expectations(before: "funnel for 2010-10 ")
        #expect(!plain.contains(.keyword("to")) && plain.contains(.keyword("where")), "\(plain)")
        let kpi = Parser.expectations(before: "chart kpi new_cards for 2010 by month ")
        #expect(kpi.contains(.keyword("to")), "\(kpi)")
    }
}
