import ArgumentParser
import FunnelDomain
import FunnelEngine
import FunnelOutput
import FunnelStore

/// `funnel [--data PATH ...] [--today DATE] [--format F] [-c STATEMENTS] [SCRIPT ...]`
struct FunnelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "funnel",
        abstract: "Query a car dealer's prospect data: customer cards, follow-ups, showroom traffic.",
        discussion: """
            With -c, runs those statements; with script files, runs them in order; with neither, \
            starts the interactive prompt when standard input is a terminal and otherwise reads \
            statements from it. Without --data it uses the embedded demo dataset (a small dealer \
            over 2010, as of 2010-10-31).

            Exit status: 0 when every statement succeeded, 1 when one failed (the run stops at \
            the first failure unless --keep-going), 2 for usage errors and data that cannot be loaded.

            Examples:
              funnel -c "count customers where status = following by consultant"
              funnel --data dealer.json --format csv examples/weekly-review.funnel
            Inside, type help for the statements and .help for the commands (.load, .schema, \
            .output, ...), which scripts and -c can use too, one per line.

            funnel generate --cards N --seed S --out PATH [--jsonl] writes a generated dataset \
            (funnel generate --help); funnel snapshot PATH --out FILE writes data as a snapshot \
            that --data FILE opens at once (funnel snapshot --help).
            """,
        version: FunnelVersion.current
    )

    @Option(name: .long, help: ArgumentHelp("A JSON file, a folder of JSON Lines tables or a snapshot; repeat to combine.",
                                             valueName: "path"))
    var data: [String] = []

    @Option(name: .long, help: ArgumentHelp("The day counted as today (default: the data's as_of).",
                                            valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(name: .long, help: "Output format: table, csv, json, markdown or html.")
    var format: OutputFormat = .table

    @Option(name: .customShort("c"), help: ArgumentHelp("Statements to run, then exit.", valueName: "statements"))
    var command: String?

    @Flag(name: .long, help: "Run every statement even after one fails.")
    var keepGoing = false

    @Argument(help: ArgumentHelp("Script files to run in order.", valueName: "script"))
    var scripts: [String] = []

    func validate() throws {
        if let today, Day(parsing: today) == nil {
            throw ValidationError("--today '\(today)' is not a date: write YYYY-MM-DD")
        }
    }

    func run() throws {
        let console = Console(format: format)
        let dataset: Dataset
        do {
            dataset = try DatasetSource.load(paths: data)
        } catch {
            console.error("error: cannot load the data\n\(error.description)")
            throw ExitCode(2)
        }
        for warning in SnapshotSave.warnings(dataset) { console.error(warning) }
        let session = Session(dataset: dataset, today: today.flatMap { Day(parsing: $0) })
        let interpreter = Interpreter(session: session, console: console, bail: !keepGoing, loadedPaths: data)
        var succeeded = true

        if let command {
            succeeded = interpreter.run(command, name: nil).succeeded
        } else if !scripts.isEmpty {
            for path in scripts {
                guard let text = ScriptFile.read(path) else {
                    console.error("error: cannot read script '\(path)'")
                    throw ExitCode(2)
                }
                let outcome = interpreter.run(text, name: path)
                succeeded = succeeded && outcome.succeeded
                if outcome.quit || (!outcome.succeeded && interpreter.bail) { break }
            }
        } else if Terminal.isTerminal(0) {
            Shell.runInteractive(interpreter)
        } else {
            succeeded = interpreter.run(ScriptFile.readStandardInput(), name: "<stdin>").succeeded
        }
        console.flush()
        if !succeeded { throw ExitCode(1) }
    }
}

extension OutputFormat: ExpressibleByArgument {}
