import FunnelEngine
import FunnelStore
import Testing
import FunnelText
@testable import FunnelOutput

/// Golden output for each format on one table that has everything: Chinese text,
/// wide and narrow values, numbers, dates, rates, nulls, an enum, a total row.
@Suite struct RendererTests {
    static let sample: ResultTable = {
        var consultant = TableBuilder(schema: TableSchema(kind: .customers, aliases: [], ownDate: "created", fields: [
            FieldSpec("consultant", .string, ""),
            FieldSpec("channel", .enumeration(Channel.vocabulary), ""),
            FieldSpec("created", .date, ""),
            FieldSpec("cards", .int(nil), ""),
            FieldSpec("visit_rate", .double, ""),
            FieldSpec("note", .string, ""),
        ]))
        func day(_ s: String) -> FieldValue { Day(parsing: s).map { .day($0) } ?? .null }
        consultant.appendRow(["consultant": .string("王伟"), "channel": .code(Channel.walkin.rawValue),
                              "created": day("2010-10-05"), "cards": .int(120), "visit_rate": .double(0.7),
                              "note": .string("说,\"好\"")])
        consultant.appendRow(["consultant": .string("欧阳娜娜"), "channel": .code(Channel.outreach.rawValue),
                              "created": day("2010-09-30"), "cards": .int(8), "visit_rate": .double(0.625),
                              "note": .string("a|b")])
        consultant.appendRow(["consultant": .string("Li Lei"), "channel": .null, "created": .null,
                              "cards": .int(0), "visit_rate": .null, "note": .null])
        consultant.appendRow(["consultant": .string("total"), "channel": .null, "created": .null,
                              "cards": .int(128), "visit_rate": .double(2.0 / 3.0), "note": .null])
        let table = consultant.finish()
        return ResultTable(columns: table.columns, formats: [.plain, .plain, .plain, .plain, .percent(1), .plain],
                           totalRows: [3])
    }()

    @Test(arguments: OutputFormat.allCases)
    func matchesGoldenFile(format: OutputFormat) {
        let text = Renderer(options: RenderOptions(format: format)).render(RendererTests.sample)
        GoldenFile.check(text, named: "sample.\(format.rawValue)")
    }

    @Test func cutsToTheTerminalWidthWithAnEllipsis() {
        let text = Renderer(options: RenderOptions(format: .table, maxWidth: 40)).render(RendererTests.sample)
        GoldenFile.check(text, named: "sample-40-columns.table")
        for line in text.split(separator: "\n") {
            #expect(FunnelText.DisplayWidth.of(line) <= 40, "\(line)")
        }
    }

    @Test func aTallTableOnATerminalSaysWhatItLeftOut() {
        let text = Renderer(options: RenderOptions(format: .table, maxHeight: 6)).render(RendererTests.sample)
        #expect(text.split(separator: "\n").count == 5)
        #expect(text.hasSuffix("(2 more rows not shown, 4 in all: add limit or a condition, or use .output FILE or "
                               + "--format csv to get them all)\n"))
        let csv = Renderer(options: RenderOptions(format: .csv, maxHeight: 6)).render(RendererTests.sample)
        #expect(csv.split(separator: "\r\n").count == 5)
    }

    @Test func colourOnlyWhenAsked() {
        let plain = Renderer(options: RenderOptions(format: .table)).render(RendererTests.sample)
        let coloured = Renderer(options: RenderOptions(format: .table, color: true)).render(RendererTests.sample)
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains("\u{1B}[1m"))
    }

    @Test func emptyResults() {
        let empty = ResultTable(columns: [Column(name: "n", values: .int([]), present: nil, count: 0)])
        #expect(Renderer(options: RenderOptions(format: .json)).render(empty)
                == #"{"statement":null,"title":null,"heading":[],"columns":[{"name":"n","type":"integer"}],"rows":[],"#
                + #""notes":[]}"# + "\n")
        #expect(Renderer(options: RenderOptions(format: .markdown)).render(empty) == "| n |\n| ---: |\n")
        #expect(Renderer(options: RenderOptions(format: .csv)).render(empty) == "n\r\n")
    }

    @Test(arguments: [(0.625, 2, "0.63"), (0.7, 0, "1"), (-0.004, 2, "0.00"), (-1.005, 2, "-1.00"), (2.5, 0, "3"), (12, 0, "12"),
                      (0.0, 1, "0.0")])
    func fixedDecimals(value: Double, digits: Int, text: String) {
        #expect(CellText.fixed(value, digits) == text)
    }
}
