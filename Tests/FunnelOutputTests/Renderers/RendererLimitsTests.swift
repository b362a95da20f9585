import FunnelEngine
import FunnelStore
import Testing
@testable import FunnelOutput

/// Counts what a renderer writes instead of keeping it: how many writes, the longest.
struct CountingStream: TextOutputStream {
    var writes = 0
    var bytes = 0
    var longest = 0
    var lines = 0

    mutating func write(_ string: String) {
        writes += 1
        bytes += string.utf8.count
        longest = max(longest, string.utf8.count)
        lines += string.utf8.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
    }
}

/// Tall and huge results: cut on a terminal with a note, whole everywhere else, and
/// written a line at a time.
@Suite struct RendererLimitsTests {
    /// `count` rows of an id, a number and a name; the last row a total when asked.
    static func table(rows count: Int, total: Bool = false) -> ResultTable {
        var builder = TableBuilder(schema: TableSchema(kind: .customers, aliases: [], ownDate: "created", fields: [
            FieldSpec("id", .string, ""), FieldSpec("n", .int(nil), ""), FieldSpec("consultant", .string, ""),
        ]))
        for row in 0..<count {
            let last = total && row == count - 1
            builder.appendRow(["id": .string(last ? "total" : "C\(row)"), "n": .int(Int64(row)),
                               "consultant": .string(row % 2 == 0 ? "王伟" : "欧阳娜娜")])
        }
        let built = builder.finish()
        return ResultTable(columns: built.columns, totalRows: total ? [count - 1] : [])
    }

    @Test func aTallTableOnATerminalKeepsItsTotalRow() {
        let text = Renderer(options: RenderOptions(format: .table, maxHeight: 10)).render(Self.table(rows: 100, total: true))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.count == 9)
        #expect(lines[2].hasPrefix("C0 "))
        #expect(lines[6].hasPrefix("C4 "))
        #expect(lines[7].hasPrefix("total"))
        #expect(lines[8] == "(94 more rows not shown, 100 in all: add limit or a condition, or use .output FILE or "
                + "--format csv to get them all)")
    }

    /// (json is one line per statement, JSON Lines: its rows are counted in the test below.)
    @Test(arguments: OutputFormat.allCases)
    func withoutATerminalEveryRowIsWritten(format: OutputFormat) {
        var out = CountingStream()
        Renderer(options: RenderOptions(format: format)).render(Self.table(rows: 5_000), to: &out)
        let expected = switch format {
        case .table, .markdown: 5_002
        case .csv: 5_001
        case .json: 1
        // <table>, <thead>, the header row, </thead>, <tbody>, the rows, </tbody>, </table>.
        case .html: 5_007
        case .line: 20_000
        }
        #expect(out.lines == expected)
    }

    /// A huge result is handed to the stream line by line, never as one string.
    @Test(arguments: OutputFormat.allCases)
    func aHugeResultStreams(format: OutputFormat) {
        var out = CountingStream()
        Renderer(options: RenderOptions(format: format)).render(Self.table(rows: 50_000), to: &out)
        #expect(out.writes >= 50_000)
        #expect(out.longest < 200)
        #expect(out.bytes > 700_000)
    }
}
