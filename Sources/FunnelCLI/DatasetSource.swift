import FunnelDemoData
import FunnelStore

/// The data a run works on: the files the user named, or the embedded demo.
enum DatasetSource {
    static let demoName = "demo.json (embedded)"

    static func load(paths: [String]) throws(LoadFailure) -> Dataset {
        if paths.isEmpty { return try demo() }
        return try DatasetLoader().load(paths: paths)
    }

    static func demo() throws(LoadFailure) -> Dataset {
        let text = DemoData.json
        let bytes = text.withUTF8Buffer { Array($0) }
        return try DatasetLoader().load(bytes: bytes, file: demoName)
    }
}
