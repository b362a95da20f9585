import ArgumentParser

// Exit codes as the sqlite3 and duckdb shells use them: 0 success, 1 a statement
// failed, 2 usage errors and data that cannot be loaded. ArgumentParser's own
// usage code (64) is mapped to 2 here.
//
// `funnel generate ...` is dispatched here rather than as an ArgumentParser
// subcommand: the root command takes script files as positional arguments, and
// ArgumentParser would read "generate" as one of them. `funnel import ...` is dispatched
// the same way. `funnel bench ...` (hidden,
// for bench/run) is dispatched the same way.
let arguments = Array(CommandLine.arguments.dropFirst())
let generating = arguments.first == "generate"
do {
    if generating {
        let command = try GenerateCommand.parse(Array(arguments.dropFirst()))
        try command.run()
    } else if arguments.first == "import" {
        let command = try ImportCommand.parse(Array(arguments.dropFirst()))
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
    let importing = arguments.first == "import"
    let code = generating ? GenerateCommand.exitCode(for: error)
        : importing ? ImportCommand.exitCode(for: error) : FunnelCommand.exitCode(for: error)
    let message = generating ? GenerateCommand.fullMessage(for: error)
        : importing ? ImportCommand.fullMessage(for: error) : FunnelCommand.fullMessage(for: error)
    let stream = StandardStream(descriptor: code == .success ? 1 : 2)
    stream.write(message + "\n")
    stream.flush()
    Terminal.exit(code == .success ? 0 : 2)
}
