import FuzzDriver
import FunnelStore

/// One input: the bytes as a JSON document and as each table's JSON Lines file. Any
/// outcome is fine except a trap, a sanitizer report or a hang.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    for file in ["data.json", "customers.jsonl", "followups.jsonl", "traffic.jsonl", "targets.jsonl"] {
        _ = try? DatasetLoader().load(bytes: bytes, file: file)
    }
    return 0
}

/// SwiftPM links an executable's main under the name `FuzzLoader_main` and points `main`
/// at it; this hands the arguments and the test function to libFuzzer's driver.
@_cdecl("FuzzLoader_main")
func fuzzerMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in fuzzLoader(data, size) }
}
