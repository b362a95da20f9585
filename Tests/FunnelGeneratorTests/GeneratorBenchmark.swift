import Foundation
import FunnelGenerator
import Testing

/// Times large generations when `FUNNEL_GENERATOR_BENCH` lists card counts
/// (e.g. `100000,1000000`); a no-op otherwise. Run it in release mode:
/// `FUNNEL_GENERATOR_BENCH=1000000 swift test -c release -Xswiftc -enable-testing --filter benchmarkGeneration`.
/// Files go to `FUNNEL_GENERATOR_BENCH_DIR` (default: the temporary folder) and are deleted.
@Test func benchmarkGeneration() throws {
    let environment = ProcessInfo.processInfo.environment
    guard let list = environment["FUNNEL_GENERATOR_BENCH"] else { return }
    let folder = environment["FUNNEL_GENERATOR_BENCH_DIR"] ?? FileManager.default.temporaryDirectory.path
    let clock = ContinuousClock()
    for cards in list.split(separator: ",").compactMap({ Int($0) }) {
        for format in DatasetFileFormat.allCases {
            let path = folder + "/funnel-bench-\(cards)" + (format == .json ? ".json" : "")
            defer { try? FileManager.default.removeItem(atPath: path) }
            var summary: GenerationSummary?
            let elapsed = try clock.measure {
                summary = try DatasetGenerator(GeneratorOptions(cards: cards, seed: 1)).write(to: path, format: format)
            }
            guard let summary else { continue }
            print("benchmark \(cards) cards, \(format): \(elapsed), \(summary.bytes) bytes, "
                + "\(summary.followups) follow-ups, \(summary.traffic) traffic, \(summary.consultants) consultants")
        }
    }
}
