import Foundation
import FunnelGenerator
import Testing

/// Rewrites the committed demo files when `FUNNEL_REGENERATE_DEMO=1` is set; a
/// no-op otherwise. Run it after an intended change to the generator:
/// `scripts/regenerate-demo` (which runs `FUNNEL_REGENERATE_DEMO=1 swift test --filter regenerateDemo`).
@Test func regenerateDemo() throws {
    guard ProcessInfo.processInfo.environment["FUNNEL_REGENERATE_DEMO"] == "1" else { return }
    try DatasetGenerator.demo.write(to: DemoDatasetTests.examplePath)
    let json = try DemoDataset.json()
    try DemoDataset.swiftSource(for: json).write(toFile: DemoDatasetTests.embeddedPath, atomically: true, encoding: .utf8)
}
