import FunnelEngine
import FunnelOutput
import FuzzDriver
import FunnelStore
import FunnelSyntax

/// The demo dataset, read once from the repository (examples/data/demo.json).
private let demo: Dataset? = {
    let path = String(#filePath.split(separator: "/", omittingEmptySubsequences: false).dropLast(4)
        .joined(separator: "/")) + "/examples/data/demo.json"
    return try? DatasetLoader().load(paths: [path])
}()

/// One input: the bytes as a script run against the demo dataset with --keep-going,
/// small results rendered in every format (a chart drawn too), and completion asked for at the end of the
/// text. Errors are fine (each is worded and placed); a trap, a sanitizer report or a hang is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzStatements(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    guard let dataset = demo else { fatalError("examples/data/demo.json did not load") }
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    let text = String(decoding: bytes, as: UTF8.self)
    var session = Session(dataset: dataset)
    ScriptRunner(keepGoing: true).run(text, name: "fuzz", session: &session) { outcome in
        let tables: [ResultTable]
        var chart: ChartResult?
        switch outcome {
        case .result(_, .table(let table)): tables = [table]
        case .result(_, .tables(let parts)): tables = parts
        case .result(_, .chart(let drawn)):
            chart = drawn
            tables = [drawn.table]
        case .failure(let error, let source):
            // Every error is worded and placed, as the command line shows it.
            _ = Diagnostic(error, in: source).text
            return
        default: return
        }
        guard tables.allSatisfy({ $0.rowCount <= 200 }) else { return }
        if let chart {
            _ = ChartRenderer.svg(chart)
            _ = ChartRenderer.page(chart)
        }
        for format in OutputFormat.allCases {
            _ = Renderer(options: RenderOptions(format: format, maxWidth: 60, maxHeight: 20)).render(tables)
        }
    }
    let catalog = SessionCatalog(dataset: dataset, variables: Array(session.variables.keys))
    _ = Completer(catalog: catalog).complete(before: text)
    return 0
}

/// SwiftPM links an executable's main under the name `FuzzStatements_main` and points `main`
/// at it; this hands the arguments and the test function to libFuzzer's driver.
@_cdecl("FuzzStatements_main")
func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzStatements(data, size) }
}
