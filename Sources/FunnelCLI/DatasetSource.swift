import FunnelGenerator
import FunnelStore

/// The data a run works on: the files the user named, or the embedded demo.
enum DatasetSource {
    static let demoName = "demo.json (embedded)"

    static func load(paths: [String], progress: LoadProgress? = nil) throws(LoadFailure) -> Dataset {
        if paths.isEmpty { return try demo() }
        return try DatasetLoader(progress: progress).load(paths: paths)
    }

    /// The demo, generated at start-up by the generator compiled into funnel.
    static func demo() throws(LoadFailure) -> Dataset {
        try DemoDataset.load(file: demoName)
    }
}
