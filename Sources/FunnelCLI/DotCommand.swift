import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelText

/// A dot-command: a whole line starting with `.`, at the prompt or in a script.
/// They change the session (`.load`, `.today`, `.format`, `.output`, ...) or show
/// things about it (`.tables`, `.schema`, `.history`); statements query the data.
enum DotCommand: Equatable {
    case help
    case tables
    case schema(table: TableKind?)
    case kpis
    case load(paths: [String])
    /// `.engine`: which engine answers (in-memory, or the database of `--engine`).
    case engine
    case today(Day?)
    case cycles(CycleChange)
    /// `.mode` and its older name `.format`.
    case format(OutputFormat?)
    case lang(DisplayLanguage?)
    case headers(Bool)
    case output(path: String?)
    /// The next result only goes to the file.
    case once(path: String)
    case save(path: String)
    case read(path: String)
    case echo(Bool)
    case timer(Bool)
    case pager(Bool)
    case bail(Bool)
    case history
    case quit

    /// What a command's arguments are, for parsing, help and Tab.
    enum Argument: Equatable {
        case none
        /// One or more files or folders.
        case paths
        /// One file.
        case path
        /// An optional file (`.output` alone goes back to the terminal).
        case optionalPath
        case optionalTable
        case optionalFormat
        case optionalLanguage
        case optionalDate
        case onOff
        /// `reset`, or `GRADE=DAYS` words.
        case cycles
    }

    /// What `.cycles` does: show them, go back to the data's, or set some grades'.
    enum CycleChange: Equatable {
        case show
        case reset
        /// Days per grade; `nil`: no cycle.
        case set([Grade: Int?])
    }

    struct Spec {
        let name: String
        let usage: String
        let summary: String
        let argument: Argument
    }

    static let specs: [Spec] = [
        Spec(name: "help", usage: ".help", summary: "this list", argument: .none),
        Spec(name: "tables", usage: ".tables", summary: "the tables, their Chinese names and row counts",
             argument: .none),
        Spec(name: "schema", usage: ".schema [TABLE]",
             summary: "fields with types and Chinese names; derived fields; extra fields in the data",
             argument: .optionalTable),
        Spec(name: "kpis", usage: ".kpis", summary: "the KPI names", argument: .none),
        Spec(name: "load", usage: ".load PATH...",
             summary: "load other data instead (a failed load keeps the current data)", argument: .paths),
        Spec(name: "engine", usage: ".engine", summary: "which engine answers: in-memory, or the database of --engine",
             argument: .none),
        Spec(name: "today", usage: ".today [DATE]", summary: "show or set the day statements are counted as of",
             argument: .optionalDate),
        Spec(name: "cycles", usage: ".cycles [GRADE=DAYS ... | reset]",
             summary: "show or set the follow-up cycles per grade (H=3, N=none); reset: the data's",
             argument: .cycles),
        Spec(name: "mode", usage: ".mode [table|line|csv|json|markdown|html]",
             summary: "show or set how results are written (line: one field per line)", argument: .optionalFormat),
        Spec(name: "format", usage: ".format [MODE]", summary: "the same as .mode", argument: .optionalFormat),
        Spec(name: "headers", usage: ".headers on|off", summary: "column names above a table or csv; line mode's record rules",
             argument: .onOff),
        Spec(name: "lang", usage: ".lang [en|zh]",
             summary: "show or set the language of tables and errors (zh: Chinese headers, values and notes)",
             argument: .optionalLanguage),
        Spec(name: "output", usage: ".output [FILE]",
             summary: "write results to FILE; .output alone writes to the terminal again", argument: .optionalPath),
        Spec(name: "once", usage: ".once FILE", summary: "write the next result only to FILE", argument: .path),
        Spec(name: "save", usage: ".save FILE",
             summary: "write the loaded data as a snapshot, which --data FILE opens at once", argument: .path),
        Spec(name: "read", usage: ".read SCRIPT", summary: "run the statements and commands in a script",
             argument: .path),
        Spec(name: "echo", usage: ".echo on|off", summary: "show each statement before its result", argument: .onOff),
        Spec(name: "timer", usage: ".timer on|off",
             summary: "show how long each statement takes, its output included, and each load", argument: .onOff),
        Spec(name: "pager", usage: ".pager on|off",
             summary: "a result longer than the screen goes to $PAGER (less -SFRX) at the prompt", argument: .onOff),
        Spec(name: "bail", usage: ".bail on|off", summary: "stop at the first error in a script or a line",
             argument: .onOff),
        Spec(name: "history", usage: ".history", summary: "the statements typed before", argument: .none),
        Spec(name: "quit", usage: ".quit", summary: "leave (Ctrl-D too)", argument: .none),
        Spec(name: "exit", usage: ".exit", summary: "leave", argument: .none),
    ]

    static func spec(named name: String) -> Spec? {
        specs.first { $0.name == name.lowercased() }
    }

    /// Whether a line is a dot-command rather than statement text.
    static func isCommand(_ line: String) -> Bool {
        line.drop { $0 == " " || $0 == "\t" }.hasPrefix(".")
    }

    /// Parses one line (leading blanks allowed). The error's range is in UTF-8
    /// bytes of `line`, for the caret.
    static func parse(_ line: String) throws(DotCommandError) -> DotCommand {
        let arguments = DotArguments(line)
        guard let first = arguments.words.first, first.text.hasPrefix(".") else {
            throw DotCommandError("expected a command such as .help", at: 0..<line.utf8.count)
        }
        let name = String(first.text.dropFirst())
        guard let spec = spec(named: name) else {
            let guess = ErrorText.didYouMean(first.text, in: specs.map { "." + $0.name })
            throw DotCommandError("unknown command '\(first.text)'" + (guess ?? ": .help lists the commands"),
                                  at: first.range)
        }
        let words = Array(arguments.words.dropFirst())
        let values = words.map(\.text)
        func tooMany(after count: Int) -> DotCommandError {
            let extra = words[count...]
            let range = (extra.first?.range.lowerBound ?? 0)..<(extra.last?.range.upperBound ?? 0)
            return DotCommandError("too many arguments: \(spec.usage)", at: range)
        }

        switch spec.argument {
        case .none:
            guard words.isEmpty else { throw tooMany(after: 0) }
        case .paths:
            guard !words.isEmpty else { throw DotCommandError("expected a path: \(spec.usage)", at: first.range) }
        case .path:
            guard !words.isEmpty else { throw DotCommandError("expected a path: \(spec.usage)", at: first.range) }
            guard words.count == 1 else { throw tooMany(after: 1) }
        case .optionalPath, .optionalTable, .optionalFormat, .optionalDate, .optionalLanguage:
            guard words.count <= 1 else { throw tooMany(after: 1) }
        case .cycles:
            break
        case .onOff:
            guard let word = words.first else {
                throw DotCommandError("expected on or off: \(spec.usage)", at: first.range)
            }
            guard words.count == 1 else { throw tooMany(after: 1) }
            guard switchValue(word.text) != nil else {
                throw DotCommandError("expected on or off, found '\(word.text)'", at: word.range)
            }
        }

        switch spec.name {
        case "help": return .help
        case "tables": return .tables
        case "schema":
            guard let word = words.first else { return .schema(table: nil) }
            guard let table = TableSchema.named(word.text)?.kind else {
                let names = TableSchema.all.map(\.name)
                throw DotCommandError("unknown table '\(word.text)'"
                                      + (ErrorText.didYouMean(word.text, in: names)
                                         ?? ": the tables are " + names.joined(separator: ", ")), at: word.range)
            }
            return .schema(table: table)
        case "kpis": return .kpis
        case "load": return .load(paths: values)
        case "engine": return .engine
        case "today":
            guard let word = words.first else { return .today(nil) }
            guard let day = Day(parsing: word.text) else {
                throw DotCommandError("'\(word.text)' is not a date: write YYYY-MM-DD", at: word.range)
            }
            return .today(day)
        case "cycles":
            return .cycles(try cycleChange(words, usage: spec.usage))
        case "format", "mode":
            guard let word = words.first else { return .format(nil) }
            guard let format = outputFormat(named: word.text) else {
                throw DotCommandError("unknown \(spec.name) '\(word.text)': use "
                                      + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "), at: word.range)
            }
            return .format(format)
        case "lang": return .lang(try language(words.first))
        case "headers": return .headers(switchValue(values.first ?? "") ?? true)
        case "output": return .output(path: values.first)
        case "once": return .once(path: values.first ?? "")
        case "save": return .save(path: values.first ?? "")
        case "read": return .read(path: values.first ?? "")
        case "echo": return .echo(switchValue(values.first ?? "") ?? false)
        case "timer": return .timer(switchValue(values.first ?? "") ?? false)
        case "pager": return .pager(switchValue(values.first ?? "") ?? true)
        case "bail": return .bail(switchValue(values.first ?? "") ?? false)
        case "history": return .history
        default: return .quit
        }
    }

    /// `.cycles` alone, `.cycles reset`, or `.cycles H=3 A=5 N=none`.
    private static func cycleChange(_ words: [DotArguments.Word], usage: String) throws(DotCommandError) -> CycleChange {
        guard let firstWord = words.first else { return .show }
        if firstWord.text.lowercased() == "reset" {
            guard words.count == 1 else {
                let extra = words.dropFirst()
                throw DotCommandError("too many arguments: \(usage)",
                                      at: (extra.first?.range.lowerBound ?? 0)..<(extra.last?.range.upperBound ?? 0))
            }
            return .reset
        }
        var changes: [Grade: Int?] = [:]
        for word in words {
            let parts = word.text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty else {
                throw DotCommandError("expected GRADE=DAYS such as H=3, or reset: \(usage)", at: word.range)
            }
            guard let grade = FollowupCycles.grade(named: parts[0]) else {
                throw DotCommandError("unknown grade '\(parts[0])': the grades are "
                                      + Grade.allCases.map(\.token).joined(separator: ", "), at: word.range)
            }
            let days = parts[1].lowercased()
            if days == "none" || days == "-" {
                changes[grade] = .some(nil)
            } else if let value = Int(days), FollowupCycles.allowedDays.contains(value) {
                changes[grade] = .some(value)
            } else {
                throw DotCommandError("'\(parts[1])' is not a cycle: write a whole number of days from "
                                      + "\(FollowupCycles.allowedDays.lowerBound) to "
                                      + "\(FollowupCycles.allowedDays.upperBound), or none", at: word.range)
            }
        }
        return .set(changes)
    }

    /// `.lang` alone (`nil`: show it), or the language named.
    private static func language(_ word: DotArguments.Word?) throws(DotCommandError) -> DisplayLanguage? {
        guard let word else { return nil }
        guard let language = DisplayLanguage(named: word.text) else {
            throw DotCommandError("unknown language '\(word.text)': use \(DisplayLanguage.names)", at: word.range)
        }
        return language
    }

    /// A mode by its name, or by the name sqlite3 and duckdb give it (`column`, `lines`).
    static func outputFormat(named name: String) -> OutputFormat? {
        let name = name.lowercased()
        switch name {
        case "column", "columns": return .table
        case "lines": return .line
        default: return OutputFormat(rawValue: name)
        }
    }

    /// on / off, and the other spellings sqlite accepts.
    static func switchValue(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "on", "yes", "true", "1": true
        case "off", "no", "false", "0": false
        default: nil
        }
    }
}

/// A dot-command that cannot be run as written; the range is where in the line.
struct DotCommandError: Error, Equatable {
    let message: String
    let range: Range<Int>

    init(_ message: String, at range: Range<Int>) {
        self.message = message
        self.range = range
    }
}
