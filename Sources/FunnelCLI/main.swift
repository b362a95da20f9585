import ArgumentParser

// Exit codes as the sqlite3 and duckdb shells use them: 0 success, 1 a statement
// failed, 2 usage errors and data that cannot be loaded. ArgumentParser's own
// usage code (64) is mapped to 2 here.
//
// `funnel generate ...`, `funnel import ...` and `funnel snapshot ...` are dispatched here
// rather than as ArgumentParser subcommands: the root command takes script files as
// positional arguments, and ArgumentParser would read "generate" as one of them.
// `funnel bench ...` (hidden, for bench/run) is dispatched the same way.
let arguments = Array(CommandLine.arguments.dropFirst())
let generating = arguments.first == "generate"
let snapshotting = arguments.first == "snapshot"
do {
    if generating {
        let command = try GenerateCommand.parse(Array(arguments.dropFirst()))
        try command.run()
    } else if arguments.first == "import" {
        let command = try ImportCommand.parse(Array(arguments.dropFirst()))
        try command.run()
    } else if snapshotting {
        let command = try SnapshotCommand.parse(Array(arguments.dropFirst()))
        try command.run()
    } else if arguments.first == "bench" {
        let command = try BenchCommand.parse(Array(arguments.dropFirst()))
        try command.run()
    } else {
        let command = try FunnelCommand.parse(arguments)
        try command.run()
    }
} catch let exit as ExitCode {
    Terminal.exit(exit.rawValue)
} catch {
    let command: any ParsableCommand.Type = generating ? GenerateCommand.self
        : arguments.first == "import" ? ImportCommand.self
        : snapshotting ? SnapshotCommand.self : FunnelCommand.self
    let code = command.exitCode(for: error)
    let message = command.fullMessage(for: error)
    let stream = StandardStream(descriptor: code == .success ? 1 : 2)
    stream.write(message + "\n")
    stream.flush()
    Terminal.exit(code == .success ? 0 : 2)
}
