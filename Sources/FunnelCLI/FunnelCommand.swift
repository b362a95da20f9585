import ArgumentParser
import FunnelDomain
import FunnelEngine
import FunnelOutput
import FunnelStore

/// `funnel [--data PATH ...] [--today DATE] [--format F] [--output-dir DIR] [-c STATEMENTS] [SCRIPT ...]`
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

            A run is one document in every format: json gives one object per statement, a \
            line each (JSON Lines); markdown a heading per statement with its table; csv one \
            table, so a run of several writes them with --output-dir DIR, a file per table \
            (01-count-traffic.csv, ...).

            Examples:
              funnel -c "count customers where status = following by consultant"
              funnel --data dealer.json --output-dir weekly examples/weekly-review.funnel
            Inside, type help for the statements and .help for the commands (.load, .schema, \
            .output, ...), which scripts and -c can use too, one per line.

            funnel generate --cards N --seed S --out PATH [--jsonl] writes a generated dataset \
            (funnel generate --help); funnel import --to postgresql://... PATH loads one into \
            PostgreSQL for --engine (funnel import --help); funnel snapshot PATH --out FILE writes \
            data as a snapshot that --data FILE opens at once (funnel snapshot --help).
            """,
        version: FunnelVersion.current
    )

    @Option(name: .long, help: ArgumentHelp("A JSON file, a folder of JSON Lines tables or a snapshot; repeat to combine.",
                                             valueName: "path"))
    var data: [String] = []

    @Option(name: .long, help: ArgumentHelp("Answer from a database instead of loaded JSON (see funnel import).",
                                            valueName: "postgresql://user@host/db"))
    var engine: String?

    @Option(name: .long, help: ArgumentHelp("The day counted as today (default: the data's as_of).",
                                            valueName: "YYYY-MM-DD"))
    var today: String?

    @Option(name: .long, help: ArgumentHelp("Output format: table, line (one field per line), csv, json, markdown "
                                            + "or html (default: table; csv with --output-dir)."))
    var format: OutputFormat?

    @Option(name: .long, help: ArgumentHelp("Write each table to a csv file of its own in this folder (made if missing): "
                                            + "01-count-traffic.csv, 02-kpi-close_rate.csv, ...", valueName: "dir"))
    var outputDir: String?

    @Option(name: .long, help: ArgumentHelp("Language of tables, markdown and errors: en or zh (Chinese headers, "
                                            + "values and notes; csv and json stay the same).", valueName: "en|zh"))
    var lang: DisplayLanguage = .english

    @Option(name: .customShort("c"), help: ArgumentHelp("Statements to run, then exit.", valueName: "statements"))
    var command: String?

    @Flag(name: .long, help: "Run every statement even after one fails.")
    var keepGoing = false

    @Argument(help: ArgumentHelp("Script files to run in order.", valueName: "script"))
    var scripts: [String] = []

    func validate() throws {
        if engine != nil, !data.isEmpty {
            throw ValidationError("--engine answers from the database: leave out --data")
        }
        if let today, Day(parsing: today) == nil {
            throw ValidationError("--today '\(today)' is not a date: write YYYY-MM-DD")
        }
        if outputDir != nil, let format, format != .csv {
            throw ValidationError("--output-dir writes csv files, one per table: leave out --format \(format.rawValue) "
                                  + "(json and markdown runs are one document on standard output already)")
        }
    }

    func run() throws {
        let console = Console(format: format ?? (outputDir == nil ? .table : .csv))
        console.language = lang
        if let outputDir {
            do {
                console.outputDirectory = try OutputDirectory(path: PathIdentity.expandingTilde(outputDir))
            } catch {
                console.error("error: " + error.message)
                throw ExitCode(2)
            }
        }
        let session: Session
        if let engine {
            do {
                session = try EngineSource.session(url: engine, today: today.flatMap { Day(parsing: $0) })
            } catch {
                console.error("error: \(error.message)")
                console.flush()
                throw ExitCode(2)
            }
        } else {
            // Someone at the prompt watches a long load go; a script's load stays quiet.
            let opensPrompt = command == nil && scripts.isEmpty && Terminal.isTerminal(0)
            let progress = opensPrompt && !data.isEmpty && Terminal.isWatched ? LoadProgress() : nil
            let line = progress.map { ProgressLine($0, name: data.count == 1 ? data[0] : "\(data.count) inputs") }
            let dataset: Dataset
            do {
                dataset = try DatasetSource.load(paths: data, progress: progress)
            } catch {
                line?.stop()
                console.error("error: cannot load the data\n\(error.description)")
                throw ExitCode(2)
            }
            line?.startPreparing()
            session = Session(dataset: dataset, today: today.flatMap { Day(parsing: $0) })
            line?.stop()
            for warning in dataset.warnings { console.error(warning.description) }
            for warning in SnapshotSave.warnings(dataset) { console.error(warning) }
        }
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
        if let leftovers = console.outputDirectory?.leftovers(), !leftovers.isEmpty, let outputDir {
            console.note("note: \(outputDir) also holds " + leftovers.joined(separator: ", ")
                         + ", which this run did not write (an earlier run's?)")
        }
        console.flush()
        if !succeeded { throw ExitCode(1) }
    }
}

extension OutputFormat: ExpressibleByArgument {}

extension DisplayLanguage: ExpressibleByArgument {
    public init?(argument: String) { self.init(named: argument) }
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}
