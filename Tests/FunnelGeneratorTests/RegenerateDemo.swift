import Foundation
import FunnelGenerator
import Testing

/// Rewrites the committed demo file, `examples/data/demo.json`, when
/// `FUNNEL_REGENERATE_DEMO=1` is set; a no-op otherwise. Run it after an intended
/// change to the generator: `scripts/regenerate-demo` (which runs
/// `FUNNEL_REGENERATE_DEMO=1 swift test --filter regenerateDemo`). `funnel` itself
/// needs nothing regenerated: it generates the demo at start-up.
@Test func regenerateDemo() throws {
    guard ProcessInfo.processInfo.environment["FUNNEL_REGENERATE_DEMO"] == "1" else { return }
    try DatasetGenerator.demo.write(to: DemoDatasetTests.examplePath)
}
