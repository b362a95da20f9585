import Foundation
@testable import funnel
import FunnelEngine
import Testing

/// The commands that say where and how results are written, as sqlite3's do:
/// `.mode`, `.headers`, `.once`, `.echo`, and `.timer` counting output and loads.
@Suite struct OutputCommandTests {
    /// `.mode` is `.format` by sqlite3's word, `line` the vertical display; `.headers`
    /// drops the header of a table or csv and the rules of the vertical display.
    @Test func modeAndHeaders() throws {
        let run = try CapturedInterpreter()
        run.interpreter.run(".mode line\nselect id, phone from customers limit 2\n.headers off\n"
                            + "select id from customers limit 2\n.mode csv\ncount traffic\n.mode\n", name: nil)
        #expect(run.stdout == """
            -[ record 1 ]------
            id    | C1
            phone | 13800000001
            -[ record 2 ]------
            id    | C2
            phone | 13800000002
            id | C1

            id | C2
            5

            """)
        #expect(run.stderr == "mode is csv\n")
    }

    /// `.once FILE`: the next result only (a statement's, or a command's listing), then
    /// back to where results went before: standard output, or the `.output` file.
    @Test func onceSendsTheNextResultOnly() throws {
        let run = try CapturedInterpreter()
        let once = run.folder.file("once.csv"), listing = run.folder.file("tables.txt")
        let output = run.folder.file("output.csv")
        run.interpreter.run(".once \(once)\ncount customers; count traffic\n.once \(listing)\n.tables\n"
                            + ".output \(output)\n.once \(once)\ncount followups\ncount customers\n.output\n",
                            name: nil)
        #expect(run.folder.read("once.csv") == "count\r\n6\r\n")
        #expect(run.folder.read("tables.txt")?.contains("customers  客户, 客户档案  6 rows") == true)
        #expect(run.folder.read("output.csv") == "count\r\n5\r\n")
        #expect(run.stdout == "count\n5\n")
        #expect(run.stderr == "")
    }

    @Test func onceRefusesTheDataItWasLoadedFrom() throws {
        let data = try TemporaryFolder()
        let path = try data.write("dealer.json", PromptFixture.json)
        let run = try CapturedInterpreter(loadedPaths: [path])
        let outcome = run.interpreter.run(".once \(path)\ncount traffic\n", name: nil)
        #expect(!outcome.succeeded)
        #expect(run.stderr.contains("refusing to write to '\(path)'"))
        #expect(data.read("dealer.json") == PromptFixture.json)
    }

    /// `.echo on` shows each statement and command before its result, in the results,
    /// as sqlite3 does; a statement that fails is shown by its line. (In a table: csv
    /// to a file or pipe holds one table.)
    @Test func echoShowsEachStatementBeforeItsResult() throws {
        let run = try CapturedInterpreter(bail: false)
        run.interpreter.run(".mode table\n.echo on\ncount customers;  count traffic\nselect customers where grde = H\n"
                            + ".echo off\ncount traffic\n", name: nil)
        #expect(run.stdout == """
            count customers
            count
            -----
                5
            count traffic
            count
            -----
                5
            select customers where grde = H
            .echo off
            count
            -----
                5

            """)
    }

    /// The timer counts from the end of one statement's output to the end of the next
    /// one's; a load is timed on a line of its own.
    @Test func theTimerCountsTheOutputAndTheLoad() throws {
        let run = try CapturedInterpreter()
        let data = try run.folder.write("dealer.json", PromptFixture.json)
        run.interpreter.run(".timer on\n.load \(data)\nselect * from followups\n", name: nil)
        let lines = run.stderr.split(separator: "\n")
        #expect(lines.count == 2, "\(run.stderr)")
        #expect(lines.first?.hasPrefix("Load Time: real ") == true)
        #expect(lines.last?.hasPrefix("Run Time: real ") == true)
    }

    /// The time to write a result is the statement's too: results to a reader that
    /// takes half a second to start reading them are timed at half a second at least,
    /// as a slow terminal or a pager would be (the timer once said 0.026 s for a
    /// `select * from followups` that took 3.4 s to show).
    @Test func theTimerWaitsForTheOutputToBeWritten() throws {
        var ends: [Int32] = [0, 0]
        try #require(pipe(&ends) == 0)
        let (reading, writing) = (ends[0], ends[1])
        let folder = try TemporaryFolder()
        let errors = open(folder.file("stderr"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        defer { close(errors) }
        let session = Session(dataset: try DatasetSource.demo(), today: nil)
        let interpreter = Interpreter(session: session, console: Console(format: .csv, output: writing, errors: errors),
                                      bail: true)
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            // Half a second from the first bytes, which come after the timer started.
            var ready = pollfd(fd: reading, events: Int16(POLLIN), revents: 0)
            _ = poll(&ready, 1, -1)
            usleep(500_000)
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while buffer.withUnsafeMutableBytes({ read(reading, $0.baseAddress, $0.count) }) > 0 {}
            close(reading)
            drained.signal()
        }
        interpreter.run(".timer on\nselect * from followups\n", name: nil)
        interpreter.console.flush()
        close(writing)
        drained.wait()
        let stderr = folder.read("stderr") ?? ""
        let seconds = stderr.firstMatch(of: /Run Time: real (\d+\.\d+)/).flatMap { Double($0.1) }
        #expect(try #require(seconds, "\(stderr)") >= 0.45)
    }

    /// No pager, no progress line outside the prompt, whatever the terminal.
    @Test func scriptsNeitherPageNorShowProgress() throws {
        let run = try CapturedInterpreter()
        #expect(!run.interpreter.showsProgress)
        run.interpreter.run("select * from customers\n", name: "s.funnel")
        #expect(run.interpreter.console.pager == nil)
    }
}
