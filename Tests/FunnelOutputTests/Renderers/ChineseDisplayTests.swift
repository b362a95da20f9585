import FunnelEngine
import FunnelOutput
import FunnelTestSupport
import Testing

/// `--lang zh` as a dealer's staff read it (domain.md §1.5): on the demo data, the
/// statements a manager runs most, shown in Chinese, held in a golden file; their
/// columns lined up with Chinese characters two columns wide; and csv and json, which
/// programs read, the same in both languages.
@Suite struct ChineseDisplayTests {
    /// A KPI by consultant (with its total row), the funnel (with its chart), the
    /// overdue work list (with its note) and an error with its caret.
    static let statements = [
        "kpi overall_visit_rate for 2010-10 by consultant",
        "funnel for 2010-10",
        "overdue limit 5",
        "count customers where created in 2010-10 by channel",
    ]
    static let failing = "count customers where grde = H"

    @Test func statementsAndAnErrorInChineseMatchTheGoldenFile() throws {
        let dataset = try #require(StatementHarness.demo)
        let script = (Self.statements + [Self.failing]).joined(separator: "\n")
        let run = StatementHarness.run(script, on: dataset, format: .table, language: .chinese)
        #expect(run.errors.count == 1)
        GoldenFile.check(run.output, named: "chinese-statements.table")
    }

    /// The words a reader looks for are there, and the English tokens are not.
    @Test func headersValuesKPINamesAndNotesAreChinese() throws {
        let dataset = try #require(StatementHarness.demo)
        let kpi = StatementHarness.run(Self.statements[0], on: dataset, format: .table, language: .chinese).output
        #expect(kpi.hasPrefix("指标        期间     销售顾问  分子  分母   数值\n"))
        #expect(kpi.contains("总体进店率  2010-10  刘凯"))
        #expect(kpi.contains("合计"))
        #expect(!kpi.contains("overall_visit_rate") && !kpi.contains("total"))
        let funnel = StatementHarness.run(Self.statements[1], on: dataset, format: .table, language: .chinese).output
        #expect(funnel.contains("已试乘试驾") && funnel.contains("占上一阶段"))
        let overdue = StatementHarness.run(Self.statements[2], on: dataset, format: .table, language: .chinese).output
        #expect(overdue.contains("联系电话") && overdue.contains("逾期未跟进"))
        let error = StatementHarness.run(Self.failing, on: dataset, format: .table, language: .chinese)
        #expect(error.errors.first?.hasPrefix("错误：") == true)
        #expect(StatementHarness.underlined(in: error.errors.first ?? "") == "grde")
    }

    /// Every row of every table has its cells in the columns the dashes mark, counting
    /// a Chinese character as two columns: the two columns between cells are blank and
    /// nothing runs past the last column. A width counted one per character would push
    /// every row with Chinese in it off the grid.
    @Test(arguments: statements)
    func columnsLineUpWithChineseTwoColumnsWide(statement: String) throws {
        let dataset = try #require(StatementHarness.demo)
        let shown = StatementHarness.run(statement, on: dataset, format: .table, language: .chinese).output
        let rows = StatementHarness.run(statement, on: dataset, format: .csv).output
            .split(separator: "\n").count - 1
        let lines = shown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let dashes = try #require(lines.firstIndex { $0.hasPrefix("-") && $0.allSatisfy { $0 == "-" || $0 == " " } })
        #expect(dashes > 0 && rows > 0)
        let spans = Self.spans(of: lines[dashes])
        #expect(spans.count >= 2)
        let table = [lines[dashes - 1]] + lines[(dashes + 1)...].prefix(rows)
        #expect(table.count == rows + 1)
        var sawChinese = false
        for line in table {
            let cells = Self.columns(of: line)
            sawChinese = sawChinese || cells.contains(nil)
            for (index, span) in spans.enumerated() where index > 0 {
                let gap = (span.start - 2)..<span.start
                #expect(gap.allSatisfy { $0 >= cells.count || cells[$0] == " " },
                        "\(statement): no gap before column \(index + 1) in `\(line)`")
                #expect(span.start >= cells.count || cells[span.start] != nil,
                        "\(statement): a wide character across the start of column \(index + 1) in `\(line)`")
            }
            #expect(cells.count <= (spans.last?.end ?? 0), "\(statement): `\(line)` runs past the last column")
        }
        #expect(sawChinese, "\(statement): no Chinese to line up")
    }

    /// Programs read the same keys and values whatever the language.
    @Test(arguments: [OutputFormat.csv, .json], statements)
    func csvAndJSONStayEnglish(format: OutputFormat, statement: String) throws {
        let dataset = try #require(StatementHarness.demo)
        let chinese = StatementHarness.run(statement, on: dataset, format: format, language: .chinese)
        let english = StatementHarness.run(statement, on: dataset, format: format)
        #expect(chinese.output == english.output)
    }

    /// The display columns each run of dashes covers.
    static func spans(of dashes: String) -> [(start: Int, end: Int)] {
        var spans: [(start: Int, end: Int)] = []
        var column = 0
        for character in dashes {
            if character == "-" {
                if let last = spans.last, last.end == column { spans[spans.count - 1].end = column + 1 }
                else { spans.append((column, column + 1)) }
            }
            column += 1
        }
        return spans
    }

    /// A line laid out on the screen: the character in each display column, with `nil`
    /// for the right half of a wide one.
    static func columns(of line: String) -> [Character?] {
        var cells: [Character?] = []
        for character in line {
            cells.append(character)
            if isWide(character) { cells.append(nil) }
        }
        return cells
    }

    /// East Asian wide and fullwidth characters (Unicode's EastAsianWidth W and F), the
    /// blocks Chinese output uses: written out here rather than taken from FunnelText,
    /// so the test does not check the renderer's width with itself.
    static func isWide(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        let ranges: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x20000...0x3FFFD,
        ]
        return ranges.contains { $0.contains(value) }
    }
}
