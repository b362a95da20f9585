import FunnelGenerator
import FunnelStore

/// The demo dataset for every suite that runs on it, made as `funnel` makes it without
/// `--data` (`DemoDataset.load`): generated and loaded once per test process.
enum DemoFixture {
    private static let loaded = Result { () throws(LoadFailure) -> Dataset in try DemoDataset.load() }

    /// The demo, or the load failure, which fails the test that asked.
    static func dataset() throws(LoadFailure) -> Dataset { try loaded.get() }
}
