import Foundation
import FunnelStore

/// The generator's front door: validated options in, a dataset file or folder out.
///
/// ```swift
/// let summary = try DatasetGenerator(GeneratorOptions(cards: 100_000, seed: 7))
///     .write(to: "big.json", format: .json)
/// ```
///
/// Generation is deterministic: the same options give the same bytes on every
/// machine. Records are built in a compact in-memory form (about 400 bytes a card
/// with its follow-ups and traffic; 1.2 KB of JSON) and streamed to disk a megabyte
/// at a time, so the JSON text is never held whole.
public struct DatasetGenerator: Sendable {
    public let options: GeneratorOptions
    private let recipe: Recipe

    private enum Recipe: Sendable {
        case natural
        case demo
    }

    /// Throws `GeneratorError` when the options are invalid (negative card counts,
    /// an empty date range, ...).
    public init(_ options: GeneratorOptions) throws {
        try options.validate()
        self.options = options
        recipe = .natural
    }

    private init(demoOptions: GeneratorOptions) {
        options = demoOptions
        recipe = .demo
    }

    /// The generator of the calibrated demo dataset (`examples/data/demo.json`).
    public static let demo = DatasetGenerator(demoOptions: DemoDataset.options)

    /// Writes the dataset to `path`: a file for `.json`, a folder (created if
    /// needed) for `.jsonLines`. Existing files of the same names are replaced.
    @discardableResult
    public func write(to path: String, format: DatasetFileFormat = .json) throws -> GenerationSummary {
        let dataset = try build()
        let writer = DatasetWriter(dataset)
        var summary = GenerationSummary(
            dealer: dataset.dealer, asOf: dataset.asOf, consultants: dataset.consultants.count,
            cards: dataset.cards.count, followups: dataset.followupCount, traffic: dataset.traffic.count,
            targets: dataset.targets.count, bytes: 0, files: [])
        switch format {
        case .json:
            summary.bytes = try DatasetGenerator.writeFile(path) { try writer.writeDocument(&$0) }
            summary.files = [path]
        case .jsonLines:
            do {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            } catch {
                throw GeneratorError.io(path: path, reason: "cannot create the folder (\(error.localizedDescription))")
            }
            let folder = path.hasSuffix("/") ? path : path + "/"
            let parts: [(String, (inout OutputBuffer<FileSink>) throws -> Void)] = [
                ("meta.json", { writer.writeMeta(&$0) }),
                ("customers.jsonl", { try DatasetWriter.lines(&$0, writer.writeCustomers) }),
                ("followups.jsonl", { try DatasetWriter.lines(&$0, writer.writeFollowups) }),
                ("traffic.jsonl", { try DatasetWriter.lines(&$0, writer.writeTraffic) }),
                ("targets.jsonl", { try DatasetWriter.lines(&$0, writer.writeTargets) }),
            ]
            for (name, body) in parts {
                summary.bytes += try DatasetGenerator.writeFile(folder + name, body)
                summary.files.append(folder + name)
            }
        }
        return summary
    }

    /// The whole JSON document in memory (for tests and the demo; large datasets
    /// should be written to a file).
    public func jsonBytes() throws -> [UInt8] {
        let writer = DatasetWriter(try build())
        var out = OutputBuffer(sink: MemorySink())
        try writer.writeDocument(&out)
        return try out.finish().bytes
    }

    /// The JSON Lines files in memory, by file name.
    public func jsonLinesBytes() throws -> [String: [UInt8]] {
        let writer = DatasetWriter(try build())
        var files: [String: [UInt8]] = [:]
        var meta = OutputBuffer(sink: MemorySink())
        writer.writeMeta(&meta)
        files["meta.json"] = try meta.finish().bytes
        let parts: [(String, (inout OutputBuffer<MemorySink>, StaticString) throws -> Void)] = [
            ("customers.jsonl", writer.writeCustomers), ("followups.jsonl", writer.writeFollowups),
            ("traffic.jsonl", writer.writeTraffic), ("targets.jsonl", writer.writeTargets),
        ]
        for (name, body) in parts {
            var out = OutputBuffer(sink: MemorySink())
            try DatasetWriter.lines(&out, body)
            files[name] = try out.finish().bytes
        }
        return files
    }

    /// The records, built in memory.
    func build() throws -> GeneratedDataset {
        switch recipe {
        case .natural: return NaturalDataset(options: options).build()
        case .demo: return try DemoDataset.build()
        }
    }

    /// Writes one file through `body`, committing it only when everything succeeded.
    private static func writeFile(_ path: String, _ body: (inout OutputBuffer<FileSink>) throws -> Void) throws
        -> Int
    {
        var out = OutputBuffer(sink: try FileSink(path: path))
        do {
            try body(&out)
            try out.finish().commit()
            return out.count
        } catch {
            out.sink.abandon()
            throw error
        }
    }
}

extension DatasetWriter {
    /// One record a line, each line ending in a newline.
    static func lines<Sink: ByteSink>(
        _ out: inout OutputBuffer<Sink>, _ records: (inout OutputBuffer<Sink>, StaticString) throws -> Void
    ) throws {
        let before = out.count
        try records(&out, "\n")
        if out.count > before { JSONBytes.literal("\n", into: &out.bytes) }
    }
}
