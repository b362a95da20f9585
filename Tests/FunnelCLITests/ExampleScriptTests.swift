import Foundation
import Testing

/// What a run of `funnel examples/NAME.funnel` is expected to give, kept in
/// examples/expected/: NAME.out holds its stdout; a script meant to fail also has
/// NAME.err (its stderr) and NAME.status (its exit status). Absent, those are empty and 0.
struct ExpectedRun: Equatable {
    var stdout: String
    var stderr = ""
    var status: Int32 = 0

    init(stdout: String, stderr: String = "", status: Int32 = 0) {
        self.stdout = stdout
        self.stderr = stderr
        self.status = status
    }

    init(_ run: Funnel.Run) {
        self.init(stdout: run.stdout, stderr: run.stderr, status: run.status)
    }

    /// Nil when there is no NAME.out.
    static func read(_ name: String, from folder: URL) throws -> ExpectedRun? {
        func text(_ suffix: String) throws -> String? {
            let url = folder.appendingPathComponent(name + suffix)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            return try String(contentsOf: url, encoding: .utf8)
        }
        guard let stdout = try text(".out") else { return nil }
        let status = try text(".status").map { Int32($0.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1 } ?? 0
        return ExpectedRun(stdout: stdout, stderr: try text(".err") ?? "", status: status)
    }

    /// Writes NAME.out, and NAME.err and NAME.status when there is something to keep
    /// (removing stale ones when not).
    func write(_ name: String, to folder: URL) throws {
        let fm = FileManager.default
        try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        try stdout.write(to: folder.appendingPathComponent(name + ".out"), atomically: true, encoding: .utf8)
        for (suffix, text) in [(".err", stderr), (".status", status == 0 ? "" : "\(status)\n")] {
            let url = folder.appendingPathComponent(name + suffix)
            if text.isEmpty {
                if fm.fileExists(atPath: url.path) { try fm.removeItem(at: url) }
            } else {
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
        }
    }

    /// How `actual` differs from this, one sentence per file, naming the first differing line.
    func differences(from actual: ExpectedRun, name: String) -> [String] {
        var found: [String] = []
        if status != actual.status {
            found.append("exit status \(actual.status), expected \(status) (\(name).status)")
        }
        if let difference = FirstDifference(expected: stdout, actual: actual.stdout) {
            found.append("stdout differs from \(name).out at \(difference)")
        }
        if let difference = FirstDifference(expected: stderr, actual: actual.stderr) {
            found.append("stderr differs from \(name).err at \(difference)")
        }
        return found
    }
}

/// Every saved script in examples/ prints what examples/expected/ says, on the demo
/// data in table format (stdout is a pipe, not a terminal), run from the repository
/// like BinaryTests. A script without an expected file fails. With FUNNEL_RECORD=1 the
/// test rewrites the files from the tool instead, and fails so that a recording run
/// never passes: read the diff, commit it, run again without it.
@Suite struct ExampleScriptTests {
    static let examples = Funnel.repository.appendingPathComponent("examples")
    static let expected = examples.appendingPathComponent("expected")
    static let recordSwitch = "FUNNEL_RECORD"

    /// The scripts' names without ".funnel", sorted.
    static let scripts: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: examples.path)) ?? [])
        .filter { $0.hasSuffix(".funnel") }.map { String($0.dropLast(".funnel".count)) }.sorted()

    static var recording: Bool { ProcessInfo.processInfo.environment[recordSwitch] == "1" }

    @Test func thereAreScripts() {
        #expect(!Self.scripts.isEmpty, "no examples/*.funnel found under \(Self.examples.path)")
    }

    @Test(arguments: scripts)
    func printsItsExpectedOutput(script: String) throws {
        let run = ExpectedRun(try Funnel.run(["examples/\(script).funnel"]))
        if Self.recording {
            try run.write(script, to: Self.expected)
            Issue.record("""
                examples/\(script).funnel: recorded examples/expected/\(script).out (\(Self.recordSwitch)=1): \
                check the diff, then run the tests without \(Self.recordSwitch)
                """)
            return
        }
        guard let expected = try ExpectedRun.read(script, from: Self.expected) else {
            Issue.record("""
                examples/\(script).funnel has no examples/expected/\(script).out: record it with \
                \(Self.recordSwitch)=1 swift test --skip-build --filter ExampleScriptTests, and read it before committing
                """)
            return
        }
        for difference in expected.differences(from: run, name: "examples/expected/\(script)") {
            Issue.record("examples/\(script).funnel: \(difference)")
        }
    }

    @Test func everyExpectedFileBelongsToAScript() throws {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: Self.expected.path)) ?? []
        for file in files.sorted() {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            #expect(Self.scripts.contains(name), "examples/expected/\(file) has no examples/\(name).funnel")
            #expect([".out", ".err", ".status"].contains { file.hasSuffix($0) },
                    "examples/expected/\(file) is none of NAME.out, NAME.err, NAME.status")
        }
    }

    /// The files of a script meant to fail: written, read back, and compared.
    @Test func aFailingScriptKeepsItsStderrAndStatus() throws {
        let temporary = try TemporaryFolder()
        let folder = URL(fileURLWithPath: temporary.file("expected"))
        let failing = ExpectedRun(stdout: "count\n-----\n    5\n", stderr: "error: unknown field 'grde'\n", status: 1)
        try failing.write("bad", to: folder)
        #expect(try ExpectedRun.read("bad", from: folder) == failing)
        #expect(try String(contentsOf: folder.appendingPathComponent("bad.status"), encoding: .utf8) == "1\n")

        let differences = failing.differences(from: ExpectedRun(stdout: "count\n-----\n    6\n"), name: "bad")
        #expect(differences == [
            "exit status 0, expected 1 (bad.status)",
            #"stdout differs from bad.out at line 3: expected "    5", got "    6""#,
            #"stderr differs from bad.err at line 1: expected "error: unknown field 'grde'", got """#,
        ])

        // Recorded again after a fix, it is a clean run: no .err or .status left behind.
        try ExpectedRun(stdout: "ok\n").write("bad", to: folder)
        #expect(try ExpectedRun.read("bad", from: folder) == ExpectedRun(stdout: "ok\n"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("bad.err").path))
        #expect(try ExpectedRun.read("missing", from: folder) == nil)
        withExtendedLifetime(temporary) {}
    }
}
