import Foundation
import FunnelGenerator
import FunnelStore
import Testing

/// The same options give the same bytes; a different seed gives different data.
@Suite struct DeterminismTests {
    @Test func sameSeedGivesIdenticalBytes() throws {
        let options = GeneratorOptions(cards: 1_500, seed: 99)
        let first = try DatasetGenerator(options).jsonBytes()
        let second = try DatasetGenerator(options).jsonBytes()
        #expect(first == second)
        #expect(try DatasetGenerator(options).jsonLinesBytes() == DatasetGenerator(options).jsonLinesBytes())
    }

    @Test func differentSeedGivesDifferentData() throws {
        let a = try DatasetGenerator(GeneratorOptions(cards: 500, seed: 1)).jsonBytes()
        let b = try DatasetGenerator(GeneratorOptions(cards: 500, seed: 2)).jsonBytes()
        #expect(a != b)
    }

    @Test func fileOutputEqualsMemoryOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("funnel-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let generator = try DatasetGenerator(GeneratorOptions(cards: 700, seed: 3))
        let path = folder.appendingPathComponent("sub/data.json").path
        try FileManager.default.createDirectory(atPath: folder.appendingPathComponent("sub").path,
                                                withIntermediateDirectories: true)
        let summary = try generator.write(to: path, format: .json)
        let onDisk = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(onDisk == (try generator.jsonBytes()))
        #expect(summary.bytes == onDisk.count)
        #expect(summary.cards == 700)
        #expect(summary.files == [path])
        #expect(!FileManager.default.fileExists(atPath: path + ".partial"))

        let linesFolder = folder.appendingPathComponent("lines").path
        let linesSummary = try generator.write(to: linesFolder, format: .jsonLines)
        let expected = try generator.jsonLinesBytes()
        #expect(Set(expected.keys) == ["meta.json", "customers.jsonl", "followups.jsonl", "traffic.jsonl", "targets.jsonl"])
        var total = 0
        for (name, bytes) in expected {
            let file = [UInt8](try Data(contentsOf: URL(fileURLWithPath: linesFolder + "/" + name)))
            #expect(file == bytes, "\(name)")
            total += file.count
        }
        #expect(linesSummary.bytes == total)
        #expect(linesSummary.followups == summary.followups && linesSummary.traffic == summary.traffic)
    }

    @Test func summaryCountsMatchTheFile() throws {
        let generator = try DatasetGenerator(GeneratorOptions(cards: 400, seed: 8, consultants: 5))
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("funnel-gen-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let summary = try generator.write(to: folder.path, format: .jsonLines)
        let data = try ParsedDataset(json: try generator.jsonBytes())
        #expect(summary.cards == data.customers.count)
        #expect(summary.followups == data.followups.count)
        #expect(summary.traffic == data.traffic.count)
        #expect(summary.targets == data.targets.count)
        #expect(summary.consultants == 6)  // five retail and one wholesale specialist
        #expect(summary.asOf == GeneratorOptions.defaultAsOf)
    }
}
