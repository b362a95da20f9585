import FunnelGenerator
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// A snapshot answers every statement as the JSON it was made from does: every
/// statement in the grammar, the README, docs/ and examples/, on the demo dealer and
/// on a generated one, in two formats, byte for byte.
@Suite struct SnapshotStatementTests {
    static func reopened(_ dataset: Dataset) throws -> Dataset {
        try SnapshotReader.read(bytes: SnapshotWriter.bytes(dataset), file: "dealer.funnel")
    }

    static func mismatches(_ dataset: Dataset, _ snapshot: Dataset) -> [String] {
        var found: [String] = []
        for (place, text) in RepositoryExamplesTests.examples() {
            for format in [OutputFormat.csv, .table] {
                let json = StatementHarness.run(text, on: dataset, format: format, keepGoing: true)
                let opened = StatementHarness.run(text, on: snapshot, format: format, keepGoing: true)
                if json.output != opened.output { found.append("\(place) (\(format)): \(text)") }
            }
        }
        return found
    }

    @Test func theDemoDealer() throws {
        let demo = try #require(StatementHarness.demo)
        let snapshot = try Self.reopened(demo)
        #expect(SnapshotWriter.bytes(snapshot) == SnapshotWriter.bytes(demo))
        #expect(Self.mismatches(demo, snapshot) == [])
    }

    @Test func aGeneratedDealer() throws {
        let generator = try DatasetGenerator(GeneratorOptions(cards: 3000, seed: 17))
        let dataset = try DatasetLoader().load(bytes: try generator.jsonBytes(), file: "dealer.json")
        let snapshot = try Self.reopened(dataset)
        #expect(Self.mismatches(dataset, snapshot) == [])
    }
}
