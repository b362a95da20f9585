import ArgumentParser
import FunnelStore

/// `funnel snapshot PATH... --out FILE`: loads the data as `--data` does and writes it
/// as a snapshot, which `--data FILE` opens at once (docs/data.md §7).
struct SnapshotCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funnel snapshot",
        abstract: "Write data as a snapshot: one file that --data opens in a fraction of a second.",
        discussion: """
            Loads PATH as --data does (a JSON file, a folder of JSON Lines tables, several of them, \
            or a snapshot) and writes everything loaded into FILE, which is replaced only once it is \
            complete. The snapshot records the files it was made from; opening it warns when one of \
            them has changed or is gone since.

            Examples:
              funnel snapshot dealer.json --out dealer.funnel
              funnel --data dealer.funnel -c "count customers by grade"
            """
    )

    @Argument(help: ArgumentHelp("A JSON file or a folder of JSON Lines tables; several combine.",
                                 valueName: "path"))
    var paths: [String] = []

    @Option(help: ArgumentHelp("The snapshot file to write (dealer.funnel).", valueName: "file"))
    var out: String

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name the data to snapshot: funnel snapshot PATH --out FILE") }
    }

    func run() throws {
        let errors = StandardStream(descriptor: 2)
        defer { errors.flush() }
        let dataset: Dataset
        do {
            dataset = try DatasetLoader().load(paths: paths)
        } catch {
            errors.write("error: cannot load the data\n\(error.description)\n")
            throw ExitCode(2)
        }
        for warning in SnapshotSave.warnings(dataset) { errors.write(warning + "\n") }
        switch SnapshotSave.write(dataset, to: out, loaded: paths) {
        case .success(let bytes):
            errors.write("wrote " + SnapshotSave.summary(dataset, path: out, bytes: bytes) + "\n")
        case .failure(let failure):
            errors.write("error: \(failure.message)\n")
            throw ExitCode(2)
        }
    }
}
