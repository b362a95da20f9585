import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelSyntax

/// Tab at the prompt: dot-commands and their arguments here, statements through the
/// parser-driven `Completer` with the session as it is now (data, variables, KPI
/// names) as its catalog.
final class ShellCompleter {
    private let interpreter: Interpreter

    init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    /// `pending` holds the earlier lines of a statement still being typed; `before`
    /// and `after` are the current line on either side of the cursor.
    func complete(pending: String, before: String, after: String) -> Completion {
        if pending.isEmpty, DotCommand.isCommand(before) {
            return ShellCompleter.completeCommand(before, home: Terminal.environment("HOME"))
        }
        let catalog = SessionCatalog(dataset: interpreter.session.dataset, kpiNames: interpreter.kpiNames,
                                     variables: Array(interpreter.session.variables.keys))
        return Completer(catalog: catalog).complete(before: pending.isEmpty ? before : pending + "\n" + before, after: after)
    }

    /// A dot-command's name, then its argument: files, a table, a format, on/off.
    static func completeCommand(_ before: String, home: String?) -> Completion {
        let line = String(before.drop { $0 == " " || $0 == "\t" })
        let arguments = DotArguments(line)
        guard let first = arguments.words.first else { return .nothing }
        if arguments.words.count == 1, arguments.endsInWord {
            let names = DotCommand.specs.map { "." + $0.name }.filter { $0.hasPrefix(first.text.lowercased()) }
            return Completion(replacing: first.text, candidates: names.map { Completion.Candidate($0) })
        }
        guard let spec = DotCommand.spec(named: String(first.text.dropFirst())) else { return .nothing }
        let typedCount = arguments.words.count - 1 - (arguments.endsInWord ? 1 : 0)
        let raw = arguments.endsInWord ? arguments.words.last.map { word in
            String(decoding: Array(line.utf8)[word.range], as: UTF8.self)
        } ?? "" : ""
        func words(_ list: [String]) -> Completion {
            Completion(replacing: raw, candidates: list.filter { $0.lowercased().hasPrefix(raw.lowercased()) }
                .map { Completion.Candidate($0) })
        }
        switch spec.argument {
        case .none:
            return .nothing
        case .paths:
            return PathCompleter.complete(raw, home: home, accept: PathCompleter.isData)
        case .path, .optionalPath:
            guard typedCount == 0 else { return .nothing }
            return PathCompleter.complete(raw, home: home) { _ in true }
        case .optionalTable:
            return typedCount == 0 ? words(TableSchema.all.map(\.name)) : .nothing
        case .optionalFormat:
            return typedCount == 0 ? words(OutputFormat.allCases.map(\.rawValue)) : .nothing
        case .optionalLanguage:
            return typedCount == 0 ? words(DisplayLanguage.allCases.map(\.rawValue)) : .nothing
        case .onOff:
            return typedCount == 0 ? words(["on", "off"]) : .nothing
        case .optionalDate:
            return .nothing
        case .cycles:
            return words(["reset"] + Grade.allCases.map { $0.token + "=" })
        }
    }
}
