import Foundation
import Testing

/// A run is one document in every format (issue 14): a json line per statement, csv
/// one table on a pipe (a second refused, pointing to --output-dir), and with
/// --output-dir a csv file per table.
@Suite struct OutputDocumentTests {
    static let script = "count customers by channel\nlet m = 2010-10\ncount traffic where time in m by result\n"

    @Test func jsonIsALineAStatement() throws {
        let run = try Funnel.run(["--format", "json", "-c", Self.script])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let statements = try lines.map { line -> String? in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            return object?["statement"] as? String
        }
        #expect(statements == ["count customers by channel", "count traffic where time in m by result"])
    }

    /// A dot-command's listing is part of the document, as help text is.
    @Test func listingsAreALineToo() throws {
        let run = try Funnel.run(["--format", "json", "-c", ".tables\nhelp select\ncount customers"])
        #expect(run.status == 0, "\(run.stderr)")
        let objects = try run.stdout.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.map { $0["statement"] as? String } == [".tables", "help select", "count customers"])
        #expect((objects.first?["text"] as? String)?.hasPrefix("customers ") == true)
        let markdown = try Funnel.run(["--format", "markdown", "-c", ".kpis"])
        #expect(markdown.stdout.hasPrefix("## `.kpis`\n\n```text\n"), "\(markdown.stdout)")
    }

    /// The second table is refused before any of it is written: what stdout holds is
    /// one csv table, and the statement fails, naming --output-dir.
    @Test func csvOnAPipeRefusesASecondTable() throws {
        let run = try Funnel.run(["--format", "csv", "-c", Self.script])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("channel,count\r\n"))
        #expect(!run.stdout.contains("result"))
        #expect(run.stderr.contains("csv output holds one table, and this statement's would be the second"),
                "\(run.stderr)")
        #expect(run.stderr.contains("--output-dir DIR"))
    }

    @Test func csvOnAPipeRefusesAStatementOfSeveralTables() throws {
        let run = try Funnel.run(["--format", "csv", "-c", "inventory for 2010-10"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.contains("this statement gives 2 tables (inventory, deliveries_came_from)"), "\(run.stderr)")
    }

    /// `.output FILE` starts a document of its own: a table a file holds nothing else.
    @Test func eachOutputFileIsADocument() throws {
        let folder = try TemporaryFolder()
        let run = try Funnel.run(["--format", "csv", "-c", ".output \(folder.file("a.csv"))\ncount customers by channel\n"
                                  + ".output \(folder.file("b.csv"))\ncount traffic by result\n.output\n"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(folder.read("a.csv")?.hasPrefix("channel,count\r\n") == true)
        #expect(folder.read("b.csv")?.hasPrefix("result,count\r\n") == true)
    }

    /// A file per table, numbered in the run's order and named by the statement; a
    /// result in parts gives a file per part; files an earlier run left are named.
    @Test func outputDirWritesAFilePerTable() throws {
        let folder = try TemporaryFolder()
        let directory = folder.file("out/weekly")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try "old\r\n".write(toFile: directory + "/07-kpi-orders.csv", atomically: true, encoding: .utf8)
        let run = try Funnel.run(["--output-dir", directory, "-c", Self.script + "inventory for 2010-10\n"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "")
        let files = try FileManager.default.contentsOfDirectory(atPath: directory).sorted()
        #expect(files == ["01-count-customers.csv", "02-count-traffic.csv", "03-inventory-1-inventory.csv",
                          "03-inventory-2-deliveries_came_from.csv", "07-kpi-orders.csv"])
        let first = try String(contentsOfFile: directory + "/01-count-customers.csv", encoding: .utf8)
        #expect(first.hasPrefix("channel,count\r\n"))
        #expect(run.stderr.contains("also holds 07-kpi-orders.csv, which this run did not write"), "\(run.stderr)")
    }

    @Test func outputDirIsForCSV() throws {
        let run = try Funnel.run(["--output-dir", "/tmp/never-made", "--format", "json", "-c", "count customers"])
        #expect(run.status == 2)
        #expect(run.stderr.contains("--output-dir writes csv files"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/never-made"))
    }

    @Test func outputDirThatIsAFileIsAnError() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("plain", "x")
        let run = try Funnel.run(["--output-dir", file, "-c", "count customers"])
        #expect(run.status == 2)
        #expect(run.stderr.hasPrefix("error: "), "\(run.stderr)")
    }
}
