import Foundation
import Testing

/// The built `funnel` binary, run as a user would: stdout, stderr and exit status.
struct Funnel {
    static let binary: URL = {
        // Test bundles sit next to the products they test.
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        while dir.path != "/" && !FileManager.default.fileExists(atPath: dir.appendingPathComponent("funnel").path) {
            dir.deleteLastPathComponent()
        }
        return dir.appendingPathComponent("funnel")
    }()

    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// `directory`: where it runs (the repository unless given), for what writes files there.
    static func run(_ arguments: [String], stdin: String? = nil, environment: [String: String] = [:],
                    in directory: URL? = nil) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? repository
        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try input.fileHandleForWriting.close()
        let stdoutData = out.fileHandleForReading.readDataToEndOfFile()
        let stderrData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdoutData, as: UTF8.self),
                   stderr: String(decoding: stderrData, as: UTF8.self))
    }

    /// A temporary file with `text`, removed by the caller's scope ending the process.
    static func temporaryFile(_ text: String, suffix: String) throws -> String {
        let path = NSTemporaryDirectory() + "funnel-test-\(UUID().uuidString)\(suffix)"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

@Suite struct BinaryTests {
    @Test func runsStatementsGivenWithDashC() throws {
        let run = try Funnel.run(["-c", "count customers where created in 2010-10", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout == "count\r\n100\r\n")
        #expect(run.stderr == "")
    }

    @Test func readsStatementsFromStandardInput() throws {
        let run = try Funnel.run(["--format", "json"], stdin: "let m = 2010-10\ncount customers where created in m\n")
        #expect(run.status == 0)
        #expect(run.stdout == #"{"statement":"count customers where created in m","title":null,"heading":[],"#
                + #""columns":[{"name":"count","type":"integer"}],"rows":[[100]],"notes":[]}"# + "\n")
    }

    @Test func runsScriptsInOrder() throws {
        let a = try Funnel.temporaryFile("let m = 2010-10\n", suffix: ".funnel")
        let b = try Funnel.temporaryFile("count customers where created in m\n", suffix: ".funnel")
        let run = try Funnel.run(["--format", "csv", a, b])
        #expect(run.status == 0)
        #expect(run.stdout == "count\r\n100\r\n")
    }

    @Test func aFailedStatementExitsOneAndNamesFileLineAndColumn() throws {
        let script = try Funnel.temporaryFile("count customers\nselect customers where grde = H\ncount traffic\n",
                                              suffix: ".funnel")
        let run = try Funnel.run(["--format", "csv", script])
        #expect(run.status == 1)
        #expect(run.stdout.hasPrefix("count\r\n"))
        #expect(!run.stdout.contains("count\r\n") || run.stdout.components(separatedBy: "count\r\n").count == 2)
        #expect(run.stderr.contains("error: unknown field 'grde' in customers — did you mean 'grade'?"))
        #expect(run.stderr.contains("--> \(script):2:24"))
    }

    @Test func keepGoingRunsTheRest() throws {
        let run = try Funnel.run(["--format", "csv", "--keep-going", "-c",
                                  "select customers where grde = H; count traffic where time in 2010-W40"])
        #expect(run.status == 1)
        #expect(run.stdout == "count\r\n100\r\n")
    }

    @Test func todayMovesTheDefaultAsOfDay() throws {
        let run = try Funnel.run(["--today", "2010-10-01", "--format", "csv", "-c", "count customers"])
        let later = try Funnel.run(["--format", "csv", "-c", "count customers"])
        #expect(run.status == 0 && later.status == 0)
        #expect(run.stdout != later.stdout)
    }

    @Test(arguments: [
        (["--format", "xml", "-c", "help"], "xml"),
        (["--today", "2010-13-01", "-c", "help"], "--today '2010-13-01' is not a date"),
        (["--data", "/nonexistent/data.json", "-c", "help"], "cannot load the data"),
        (["--frobnicate"], "Unknown option '--frobnicate'"),
    ])
    func usageErrorsAndUnloadableDataExitTwo(arguments: [String], message: String) throws {
        let run = try Funnel.run(arguments)
        #expect(run.status == 2)
        #expect(run.stderr.contains(message), "\(run.stderr)")
        #expect(run.stdout == "")
    }

    @Test func helpExplainsEveryOption() throws {
        let run = try Funnel.run(["--help"])
        #expect(run.status == 0)
        for option in ["--data", "--today", "--format", "-c", "--keep-going", "generate"] {
            #expect(run.stdout.contains(option), "\(option)")
        }
    }

    @Test func examplesRunOnTheDemoData() throws {
        let dir = Funnel.repository.appendingPathComponent("examples")
        let scripts = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".funnel") }
        #expect(scripts.count >= 3)
        for name in scripts.sorted() {
            let run = try Funnel.run(["examples/\(name)"])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            #expect(run.stderr == "", "\(name)")
        }
    }
}
