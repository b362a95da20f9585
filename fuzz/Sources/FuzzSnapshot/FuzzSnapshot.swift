import FuzzDriver
import FunnelEngine
import FunnelStore

/// One input: the bytes as a snapshot as they are (the checksums stop nearly all of
/// them), then with every checksum worked out again so that the description and the
/// arrays are read too. A snapshot that opens answers a few statements over every
/// table. Any outcome is fine except a trap, a sanitizer report or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzSnapshot(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    _ = try? SnapshotReader.read(bytes: bytes, file: "fuzz.funnel")
    guard let dataset = try? SnapshotReader.read(bytes: SnapshotFormat.resealed(bytes), file: "fuzz.funnel") else {
        return 0
    }
    var session = Session(dataset: dataset)
    _ = ScriptRunner(keepGoing: true).run(statements, name: nil, session: &session) { _ in }
    _ = SnapshotWriter.bytes(dataset)
    return 0
}

private let statements = """
    count customers by grade, channel; select followups limit 5; count traffic by result;
    kpi overall_visit_rate for 2010-10; funnel for 2010
    """

/// SwiftPM links an executable's main under the name `FuzzSnapshot_main` and points
/// `main` at it; this hands the arguments and the test function to libFuzzer's driver.
@_cdecl("FuzzSnapshot_main")
func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzSnapshot(data, size) }
}
