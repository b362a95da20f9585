import ArgumentParser

// Exit codes as the sqlite3 and duckdb shells use them: 0 success, 1 a statement
// failed, 2 usage errors and data that cannot be loaded. ArgumentParser's own
// usage code (64) is mapped to 2 here.
do {
    var command = try FunnelCommand.parseAsRoot()
    try command.run()
} catch let exit as ExitCode {
    Terminal.exit(exit.rawValue)
} catch {
    let code = FunnelCommand.exitCode(for: error)
    let message = FunnelCommand.fullMessage(for: error)
    let stream = StandardStream(descriptor: code == .success ? 1 : 2)
    stream.write(message + "\n")
    stream.flush()
    Terminal.exit(code == .success ? 0 : 2)
}
