import ArgumentParser
import FunnelGenerator

/// `funnel generate --cards N --seed S --out PATH [--jsonl]`, and `--demo`.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funnel generate",
        abstract: "Write a deterministic, realistic dataset: the same options give the same bytes.",
        discussion: """
            A dealer over 2010 with Chinese names, every channel, grade, status and lost reason, \
            follow-ups and showroom traffic consistent with the cards. About 5 follow-ups and 1.4 \
            traffic entries per card; 1,000,000 cards make a 1.2 GB JSON file.

            Examples:
              funnel generate --cards 100000 --seed 7 --out dealer.json
              funnel generate --cards 1000000 --out big --jsonl
              funnel generate --demo --out demo.json
            """
    )

    @Option(help: "Number of customer cards.")
    var cards: Int = 1000

    @Option(help: "Random seed.")
    var seed: UInt64 = 2010

    @Option(help: ArgumentHelp("A .json file, or a folder with --jsonl.", valueName: "path"))
    var out: String

    @Flag(help: "Write a folder of JSON Lines tables (customers.jsonl, ..., meta.json) instead of one JSON file.")
    var jsonl = false

    @Flag(help: "Write the calibrated demo dataset (the one embedded in funnel) instead.")
    var demo = false

    func run() throws {
        let errors = StandardStream(descriptor: 2)
        do {
            let generator = demo ? DatasetGenerator.demo : try DatasetGenerator(GeneratorOptions(cards: cards, seed: seed))
            let summary = try generator.write(to: out, format: jsonl ? .jsonLines : .json)
            errors.write("wrote \(out): \(summary.cards) cards, \(summary.followups) follow-ups, "
                         + "\(summary.traffic) traffic entries, \(summary.targets) targets, "
                         + "\(summary.bytes) bytes, as of \(summary.asOf)\n")
            errors.flush()
        } catch let error as GeneratorError {
            errors.write("error: \(error.description)\n")
            errors.flush()
            throw ExitCode(2)
        }
    }
}
