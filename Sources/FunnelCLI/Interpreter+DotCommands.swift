import FunnelEngine
import FunnelOutput
import FunnelStore

extension Interpreter {
    /// Carries out a parsed dot-command. Listings go to the results stream (so
    /// `.output` captures them, as in sqlite); notes about the session go to stderr.
    func execute(_ command: DotCommand, name: String?) throws(CommandFailure) -> Outcome {
        switch command {
        case .help:
            write(Interpreter.helpText)
        case .tables:
            write(SchemaText.tables(session.dataset))
        case .schema(let table):
            write(SchemaText.schema(session.dataset, table: table,
                                    width: Terminal.width(of: console.output.currentDescriptor)))
        case .kpis:
            write(HelpText.kpiList)
        case .load(let paths):
            try load(paths.map(PathIdentity.expandingTilde))
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
            if let format { console.format = format } else { console.note("format is \(console.format.rawValue)") }
        case .output(let path):
            try redirectOutput(to: path.map(PathIdentity.expandingTilde))
        case .save(let path):
            try save(to: PathIdentity.expandingTilde(path))
        case .read(let path):
            return try read(PathIdentity.expandingTilde(path))
        case .timer(let on):
            timer = on
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

    private func write(_ text: String) {
        console.output.write(text + "\n")
        console.output.flush()
    }

    /// Loads `paths` in place of the current data; on failure the current data stays.
    private func load(_ paths: [String]) throws(CommandFailure) {
        let dataset: Dataset
        do {
            dataset = try DatasetLoader().load(paths: paths)
        } catch {
            throw CommandFailure("cannot load the data\n\(error.description)\n"
                                 + "(still using \(session.dataset.name))")
        }
        for warning in SnapshotSave.warnings(dataset) { console.error(warning) }
        replaceDataset(dataset, paths: paths)
        if interactive { console.note("loaded " + DatasetSummary.line(session.dataset, today: session.today)) }
    }

    /// Writes the data as it was loaded (not as `.today` or `.cycles` set it) as a snapshot.
    private func save(to path: String) throws(CommandFailure) {
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
        ]).joined(separator: "\n")
    }()
}
