import ArgumentParser

/// `funnel generate --cards N --seed S --out PATH [--jsonl]`
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic, realistic dataset (the same seed gives the same bytes)."
    )

    @Option(help: "Number of customer cards.")
    var cards: Int = 1000

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: ArgumentHelp("Output: a .json file, or a folder with --jsonl.", valueName: "path"))
    var out: String

    @Flag(help: "Write a folder of JSON Lines tables instead of one JSON file.")
    var jsonl = false

    func run() throws {
        throw ValidationError("the generator is not wired yet")
    }
}
