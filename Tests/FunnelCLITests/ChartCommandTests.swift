import Foundation
import Testing

/// Where `funnel` puts a chart: the built binary, run in a folder of its own as a
/// trainer at the prompt or an analyst's script would run it.
@Suite struct ChartCommandTests {
    /// Without `to`, an SVG named after the statement in the current directory, named
    /// on stderr; standard output stays empty, so a script's results are not mixed with it.
    @Test func aChartWithoutAFileGoesToTheCurrentDirectory() throws {
        let folder = try TemporaryFolder()
        let run = try Funnel.run(["-c", "chart funnel for 2010-10; chart kpi overall_visit_rate for 2010 by month"],
                                 in: URL(fileURLWithPath: folder.path))
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "chart written to funnel-2010-10.svg\nchart written to overall_visit_rate-2010-by-month.svg\n")
        let svg = try #require(folder.read("funnel-2010-10.svg"))
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.hasSuffix("</svg>\n"))
        #expect(folder.read("overall_visit_rate-2010-by-month.svg")?.contains(">总体进店率 overall_visit_rate<") == true)
    }

    /// `to` names the file: .svg the drawing, .html the page with its table; in any
    /// format. A run again writes over the file it wrote.
    @Test func toNamesTheFile() throws {
        let folder = try TemporaryFolder()
        let page = folder.file("first visit.html"), svg = folder.file("trend.svg")
        for _ in 0..<2 {
            let run = try Funnel.run(["--format", "csv", "-c",
                                      "chart kpi first_visit_rate for 2010-10 by consultant to \"\(page)\"\n"
                                      + "chart kpi new_cards for 2010 by month to \"\(svg)\""])
            #expect(run.status == 0)
            #expect(run.stdout == "")
            #expect(run.stderr == "chart written to \(page)\nchart written to \(svg)\n")
        }
        let html = try #require(folder.read("first visit.html"))
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg xmlns=") && html.contains("<table>"))
        #expect(folder.read("trend.svg")?.hasPrefix("<svg ") == true)
    }

    /// In html format a chart without `to` is its page, where results go: standard
    /// output, or `.output`'s file; no file is written besides.
    @Test func inHTMLFormatThePageGoesWhereResultsGo() throws {
        let folder = try TemporaryFolder()
        let run = try Funnel.run(["--format", "html", "-c", "chart funnel for 2010-10"], in: URL(fileURLWithPath: folder.path))
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(run.stdout.contains("<td>showroom traffic</td><td>展厅流量</td><td class=\"number\">196</td>"))
        #expect(run.stderr == "")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)

        let output = folder.file("charts.html")
        let redirected = try Funnel.run(["--format", "html", "-c", ".output \(output)\nchart funnel for 2010-10"])
        #expect(redirected.status == 0 && redirected.stdout == "")
        #expect(folder.read("charts.html") == run.stdout)
    }

    /// A file that cannot be written fails the statement (exit 1) and says why.
    @Test func aFileThatCannotBeWrittenFailsTheStatement() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("no/such/folder/f.svg")
        let run = try Funnel.run(["-c", "chart funnel for 2010-10 to \"\(path)\""])
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: cannot write the chart to '\(path)': "))
    }

    /// The data is never written over, as with `.output`.
    @Test func theLoadedDataIsNeverWrittenOver() throws {
        let folder = try TemporaryFolder()
        let demo = try String(contentsOf: Funnel.repository.appendingPathComponent("examples/data/demo.json"),
                              encoding: .utf8)
        let data = try folder.write("dealer.svg", demo)
        let run = try Funnel.run(["--data", data, "-c", "chart funnel for 2010-10 to \"\(data)\""])
        #expect(run.status == 1)
        #expect(run.stderr.contains("error: refusing to write the chart to '\(data)': the data was loaded from '\(data)'"))
        #expect(folder.read("dealer.svg") == demo)
    }
}
