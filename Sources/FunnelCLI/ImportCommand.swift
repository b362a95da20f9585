import ArgumentParser
import FunnelEngine
import FunnelPostgres
import FunnelStore

/// `funnel import --to postgresql://user@host/db PATH...`: loads JSON or JSON Lines as
/// `--data` does, then writes the tables to the database (docs/engines.md).
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funnel import",
        abstract: "Load a dataset into PostgreSQL, for funnel --engine postgresql://...",
        discussion: """
            Reads the data as --data does (a JSON file or a folder of JSON Lines tables; none: the \
            embedded demo), then creates the tables customers, followups, traffic and targets (replacing \
            them) with types and indexes, loads them with COPY, and records the dataset's as_of and \
            follow-up cycles in funnel_meta. One transaction: a failed import changes nothing.

            Examples:
              funnel import --to postgresql://funnel@localhost/dealer dealer.json
              funnel --engine postgresql://funnel@localhost/dealer -c "count customers by grade"
            """
    )

    @Option(help: ArgumentHelp("The database: postgresql://user[:password]@host[:port]/db.", valueName: "url"))
    var to: String

    @Argument(help: ArgumentHelp("A JSON file or a folder of JSON Lines tables; repeat to combine.",
                                 valueName: "path"))
    var paths: [String] = []

    func run() throws {
        let errors = StandardStream(descriptor: 2)
        defer { errors.flush() }
        let dataset: Dataset
        do {
            dataset = try DatasetSource.load(paths: paths)
        } catch {
            errors.write("error: cannot load the data\n\(error.description)\n")
            throw ExitCode(2)
        }
        for warning in dataset.warnings { errors.write(warning.description + "\n") }
        do {
            let connection = try PostgresConnection(url: to)
            let report = try Importer(connection: connection).run(dataset)
            let rows = report.rows.map { "\($0.count) \($0.table)" }.joined(separator: ", ")
            let seconds = (report.seconds * 100).rounded() / 100
            errors.write("imported \(dataset.name) into \(connection.displayName): \(rows) in \(seconds) s\n")
        } catch {
            errors.write("error: \(error.message)\n")
            throw ExitCode(2)
        }
    }
}
