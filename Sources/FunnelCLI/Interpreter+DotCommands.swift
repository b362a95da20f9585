import FunnelEngine
import FunnelOutput
import FunnelStore

extension Interpreter {
    /// Carries out a parsed dot-command. Listings go to the results stream (so
    /// `.output` captures them, as in sqlite); notes about the session go to stderr.
    /// `line` is the command as typed, which names its listing in json and markdown.
    func execute(_ command: DotCommand, line: String = "", name: String?) throws(CommandFailure) -> Outcome {
        let write = { (text: String) in self.console.show(listing: text, command: line) }
        switch command {
        case .help:
            write(Interpreter.helpText)
        case .tables:
            write(SchemaText.tables(session.dataset, counts: try databaseRowCounts()))
        case .schema(let table):
            write(SchemaText.schema(session.dataset, table: table,
                                    width: Terminal.width(of: console.output.currentDescriptor),
                                    counts: try databaseRowCounts()))
        case .kpis:
            write(HelpText.kpiList)
        case .load(let paths):
            try load(paths.map(PathIdentity.expandingTilde))
        case .engine:
            write("engine: " + session.engineDescription + "\n")
        case .today(let day):
            if let day { session.setToday(day) }
            if day == nil || interactive { console.note("today is \(session.today)") }
        case .cycles(let change):
            switch change {
            case .show: break
            case .reset: session.resetCycles()
            case .set(let changes): session.setCycles(changes)
            }
            if change == .show || interactive { console.note(cyclesLine) }
        case .format(let format):
            if let format { console.format = format } else { console.note("mode is \(console.format.rawValue)") }
        case .lang(let language):
            if let language { console.language = language } else { console.note("language is \(console.language.rawValue)") }
        case .headers(let on):
            console.headers = on
        case .output(let path):
            try redirectOutput(to: path.map(PathIdentity.expandingTilde))
        case .once(let path):
            try redirectOnce(to: PathIdentity.expandingTilde(path))
        case .save(let path):
            try save(to: PathIdentity.expandingTilde(path))
        case .read(let path):
            return try read(PathIdentity.expandingTilde(path))
        case .echo(let on):
            echo = on
        case .timer(let on):
            timer = on
        case .pager(let on):
            paging = on
        case .bail(let on):
            bail = on
        case .history:
            let entries = history?.entries ?? []
            let width = String(entries.count).count
            let lines = entries.enumerated().map { index, entry in
                let number = String(index + 1)
                let continued = entry.split(separator: "\n", omittingEmptySubsequences: false)
                    .joined(separator: "\n" + String(repeating: " ", count: width + 2))
                return String(repeating: " ", count: width - number.count) + number + "  " + continued
            }
            if !lines.isEmpty { write(lines.joined(separator: "\n")) }
        case .quit:
            return Outcome(succeeded: true, quit: true)
        }
        return Outcome()
    }

    /// `follow-up cycles: O 7, H 3, ... (H set here; the others the data's)`.
    private var cyclesLine: String {
        let set = Grade.allCases.filter { session.cycleSettings[$0] != nil }.map(\.token)
        let base = session.dataset.followupCycles == nil ? "standard" : "the data's"
        var origin = set.isEmpty ? base : set.joined(separator: ", ") + " set here"
        if !set.isEmpty, set.count < Grade.allCases.count { origin += "; the others \(base)" }
        return "follow-up cycles: " + PhraseText.cycles(session.cycles) + " (\(origin))"
    }

    /// Loads `paths` in place of the current data; on failure the current data stays.
    /// At a terminal a load that takes a while shows how far it has got; with the
    /// timer on, its time is said on a line of its own.
    private func load(_ paths: [String]) throws(CommandFailure) {
        let stopwatch = Stopwatch()
        let progress = showsProgress ? LoadProgress() : nil
        let line = progress.map { ProgressLine($0, name: paths.count == 1 ? paths[0] : "\(paths.count) inputs") }
        let dataset: Dataset
        do {
            dataset = try DatasetLoader(progress: progress).load(paths: paths)
        } catch {
            line?.stop()
            throw CommandFailure("cannot load the data\n\(error.description)\n"
                                 + "(still using \(session.dataset.name))")
        }
        line?.startPreparing()
        for warning in SnapshotSave.warnings(dataset) { console.error(warning) }
        replaceDataset(dataset, paths: paths)
        line?.stop()
        for warning in dataset.warnings { console.error(warning.description) }
        if interactive { console.note("loaded " + DatasetSummary.line(session.dataset, today: session.today)) }
        if timer { console.note("Load Time: " + stopwatch.reading) }
    }

    /// The database's row counts under `--engine` (nil: the loaded data answers).
    private func databaseRowCounts() throws(CommandFailure) -> [TableKind: Int]? {
        guard let engine = session.engine else { return nil }
        do {
            return try engine.rowCounts()
        } catch {
            throw CommandFailure("\(engine.name) did not answer: \(error.message)")
        }
    }

    /// Writes the data as it was loaded (not as `.today` or `.cycles` set it) as a snapshot.
    private func save(to path: String) throws(CommandFailure) {
        // With --engine the session holds no rows: a snapshot of it would be empty.
        if session.engine != nil {
            throw CommandFailure(".save writes loaded data, and none is loaded: "
                                 + session.engineDescription + " answers here (.load a file first)")
        }
        switch SnapshotSave.write(session.dataset, to: path, loaded: loadedPaths) {
        case .success(let bytes):
            if interactive { console.note("saved " + SnapshotSave.summary(session.dataset, path: path, bytes: bytes)) }
        case .failure(let failure):
            throw CommandFailure(failure.message)
        }
    }

    static let helpText: String = {
        let rows = DotCommand.specs.filter { $0.name != "exit" }.map { spec in
            ["  " + (spec.name == "quit" ? ".quit, .exit" : spec.usage), spec.summary]
        }
        return (["Commands (one per line, also in scripts):"] + TextColumns.aligned(rows) + [
            "",
            "Statements: type help, or help select.",
            "Keys: Tab completes; Up, Down and Ctrl-R search the history; a statement goes on",
            "over several lines until it is complete or ends with ';'; Ctrl-C cancels the line",
            "or the running statement (three times: leaves at once); Ctrl-D on an empty line leaves.",
            "Screen: a table too wide shortens names and notes, never ids, phones or dates, then",
            "shows one field per line; a result too long goes to the pager (.pager off: a screenful).",
        ]).joined(separator: "\n")
    }()
}
