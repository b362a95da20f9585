import FunnelEngine
import FunnelStore
import Testing
@testable import FunnelOutput

/// A run's results as one document: a json line per statement, a markdown block per
/// statement under its heading, one csv table (the second refused), and numbers
/// grouped for people and plain for programs.
@Suite struct ResultDocumentTests {
    /// Counts, sums, averages and rates big and small, and a total row.
    static let numbers: ResultTable = {
        var builder = TableBuilder(schema: TableSchema(kind: .customers, aliases: [], ownDate: "created", fields: [
            FieldSpec("consultant", .string, ""),
            FieldSpec("cards", .int(nil), ""),
            FieldSpec("budget", .double, ""),
            FieldSpec("avg_budget", .double, ""),
            FieldSpec("visit_rate", .double, ""),
            FieldSpec("change", .double, ""),
        ]))
        builder.appendRow(["consultant": .string("王伟"), "cards": .int(50_000), "budget": .double(1_234_567.5),
                           "avg_budget": .double(123_456.789), "visit_rate": .double(0.7307692307692307),
                           "change": .double(-12_345.25)])
        builder.appendRow(["consultant": .string("Li Lei"), "cards": .int(999), "budget": .double(0),
                           "avg_budget": .null, "visit_rate": .double(0.038461538461538464), "change": .double(2.5)])
        builder.appendRow(["consultant": .null, "cards": .int(50_999), "budget": .double(1_234_567.5),
                           "avg_budget": .double(24_207.17), "visit_rate": .double(2.0 / 3.0), "change": .double(-12_342.75)])
        let built = builder.finish()
        return ResultTable(columns: built.columns, formats: [.plain, .plain, .compact, .decimal(2), .percent(1), .decimal(1)],
                           totalRows: [2])
    }()

    /// Two parts with titles, a heading line and a note.
    static let parts: [ResultTable] = {
        var first = RendererTests.sample
        first.title = "by_consultant"
        first.preamble = [.definitionLine("cards counted as of 2010-10-31")]
        var second = numbers
        second.title = "numbers"
        second.notes = [.definitionLine("a note under the table | with a pipe and *stars*")]
        return [first, second]
    }()

    /// A table, a result of two parts and help text, as the front end writes them.
    static func document(_ format: OutputFormat) -> String {
        let renderer = Renderer(options: RenderOptions(format: format))
        var document = ResultDocument()
        var out = ""
        document.write(.table(numbers), statement: "sum budget from customers by consultant", with: renderer, to: &out)
        document.write(.none, statement: "let m = 2010-10", with: renderer, to: &out)
        document.write(.tables(parts), statement: "prospect progress for 2010-10", with: renderer, to: &out)
        document.write(.text("help `select`\n\nList rows."), statement: "help select", with: renderer, to: &out)
        return out
    }

    @Test(arguments: [OutputFormat.json, .markdown])
    func aDocumentOfSeveralStatements(format: OutputFormat) {
        GoldenFile.check(Self.document(format), named: "document.\(format.rawValue)")
    }

    @Test(arguments: OutputFormat.allCases)
    func numbersForPeopleAndForPrograms(format: OutputFormat) {
        GoldenFile.check(Renderer(options: RenderOptions(format: format)).render(Self.numbers),
                         named: "numbers.\(format.rawValue)")
    }

    /// Every line of a json document is one object, whatever the statement gave.
    @Test func jsonIsOneObjectALine() {
        let lines = Self.document(.json).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count == 4)
        #expect(lines.last == "")
        #expect(lines.dropLast().allSatisfy { $0.hasPrefix(#"{"statement":""#) && $0.hasSuffix("}") })
        #expect(lines[1].contains(#","parts":[{"title":"by_consultant","#))
        #expect(lines[2] == #"{"statement":"help select","text":"help `select`\n\nList rows."}"#)
    }

    /// csv holds one table: the second is refused before anything of it is written,
    /// and so is a statement of several tables; text and nothing pass.
    @Test func csvHoldsOneTable() {
        let renderer = Renderer(options: RenderOptions(format: .csv))
        var document = ResultDocument()
        var out = ""
        #expect(document.refusal(of: .tables(Self.parts), in: .csv) == .severalTables(["by_consultant", "numbers"]))
        #expect(document.refusal(of: .table(Self.numbers), in: .csv) == nil)
        document.write(.table(Self.numbers), statement: "sum budget from customers by consultant", with: renderer, to: &out)
        #expect(document.refusal(of: .table(Self.numbers), in: .csv) == .secondTable)
        #expect(document.refusal(of: .tables([Self.numbers]), in: .csv) == .secondTable)
        #expect(document.refusal(of: .text("help"), in: .csv) == nil)
        #expect(document.refusal(of: .none, in: .csv) == nil)
        for format in [OutputFormat.table, .json, .markdown] {
            #expect(document.refusal(of: .tables(Self.parts), in: format) == nil)
        }
        #expect(document.tableCount == 1)
        #expect(out == Renderer(options: RenderOptions(format: .csv)).render(Self.numbers))
        #expect(DocumentRefusal.secondTable.message.contains("--output-dir DIR"))
        #expect(DocumentRefusal.secondTable.message.contains(".once FILE"))
        #expect(DocumentRefusal.severalTables(["a", "b"]).message
                .hasPrefix("this statement gives 2 tables (a, b) and csv output holds one"))
    }

    /// Markdown blocks are apart: a blank line between statements, around every table.
    @Test func markdownBlocksAreApart() {
        let text = Self.document(.markdown)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (index, line) in lines.enumerated() where line.hasPrefix("#") {
            #expect(index == 0 || lines[index - 1].isEmpty, "\(line)")
            #expect(lines[index + 1].isEmpty, "\(line)")
        }
        for (index, line) in lines.enumerated() where line.hasPrefix("|") {
            let previous = lines[index - 1], next = lines[index + 1]
            #expect(previous.isEmpty || previous.hasPrefix("|"), "\(line)")
            #expect(next.isEmpty || next.hasPrefix("|"), "\(line)")
        }
        #expect(!text.hasSuffix("\n\n"))
    }
}
