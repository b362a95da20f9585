import Foundation
@testable import funnel
import FunnelEngine
import Testing

/// The interpreter without a terminal: its console writes to files, read back here.
final class CapturedInterpreter {
    let folder: TemporaryFolder
    let interpreter: Interpreter
    private let out: Int32
    private let err: Int32

    init(bail: Bool = true, loadedPaths: [String] = []) throws {
        folder = try TemporaryFolder()
        out = open(folder.file("stdout"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        err = open(folder.file("stderr"), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let console = Console(format: .csv, output: out, errors: err)
        interpreter = Interpreter(session: try PromptFixture.session(), console: console, bail: bail,
                                  loadedPaths: loadedPaths)
    }

    deinit {
        close(out)
        close(err)
    }

    /// Everything written to the results stream so far (CRLF of csv as LF).
    var stdout: String {
        interpreter.console.flush()
        return (folder.read("stdout") ?? "").replacingOccurrences(of: "\r\n", with: "\n")
    }

    var stderr: String {
        interpreter.console.flush()
        return folder.read("stderr") ?? ""
    }
}

@Suite struct InterpreterTests {
    @Test func statementsAndCommandsShareOneScript() throws {
        let run = try CapturedInterpreter()
        let outcome = run.interpreter.run("count customers\n.format json\ncount traffic\n", name: "s.funnel")
        #expect(outcome == .init(succeeded: true, quit: false))
        #expect(run.stdout == "count\n5\n" + #"{"statement":"count traffic","title":null,"heading":[],"#
                + #""columns":[{"name":"count","type":"integer"}],"rows":[[5]],"notes":[]}"# + "\n")
        #expect(run.stderr == "")
    }

    @Test func aCommandErrorShowsItsLineAndACaret() throws {
        let run = try CapturedInterpreter()
        let outcome = run.interpreter.run("count customers\n.fromat csv\ncount traffic\n", name: "s.funnel")
        #expect(!outcome.succeeded)
        #expect(run.stderr.contains("error: unknown command '.fromat' — did you mean '.format'?"))
        #expect(run.stderr.contains("--> s.funnel:2:1"))
        #expect(run.stderr.contains("2 | .fromat csv\n  | ^^^^^^^"))
        // bail (the default for scripts): nothing after the error ran.
        #expect(run.stdout == "count\n5\n")
    }

    @Test func bailOffRunsTheRest() throws {
        let run = try CapturedInterpreter()
        let outcome = run.interpreter.run(".bail off\nselect customers where grde = H\ncount traffic\n", name: nil)
        #expect(!outcome.succeeded)
        #expect(run.stdout == "count\n5\n")
        #expect(run.stderr.contains("did you mean 'grade'?"))
    }

    @Test func statementErrorsKeepTheirScriptLineAfterACommand() throws {
        let run = try CapturedInterpreter()
        run.interpreter.run(".timer off\n\nselect customers where grde = H\n", name: "w.funnel")
        #expect(run.stderr.contains("--> w.funnel:3:24"))
    }

    @Test func quitStopsTheScript() throws {
        let run = try CapturedInterpreter()
        let outcome = run.interpreter.run("count customers\n.quit\ncount traffic\n", name: nil)
        #expect(outcome == .init(succeeded: true, quit: true))
        #expect(run.stdout == "count\n5\n")
    }

    @Test func outputGoesToAFileAndBack() throws {
        let run = try CapturedInterpreter()
        let file = run.folder.file("result.csv")
        run.interpreter.run(".output \(file)\ncount customers\n.output\ncount traffic\n", name: nil)
        #expect(run.folder.read("result.csv") == "count\r\n5\r\n")
        #expect(run.stdout == "count\n5\n")
    }

    @Test func outputNeverOverwritesTheLoadedData() throws {
        let folder = try TemporaryFolder()
        let data = try folder.write("dealer.json", PromptFixture.json)
        let run = try CapturedInterpreter(loadedPaths: [data])
        let outcome = run.interpreter.run(".output \(folder.path)/../\((folder.path as NSString).lastPathComponent)/dealer.json\n",
                                          name: nil)
        #expect(!outcome.succeeded)
        #expect(run.stderr.contains("refusing to write to"))
        #expect(folder.read("dealer.json") == PromptFixture.json)
    }

    @Test func anUnwritableOutputIsAnError() throws {
        let run = try CapturedInterpreter()
        let outcome = run.interpreter.run(".output /nonexistent/folder/out.csv\n", name: nil)
        #expect(!outcome.succeeded)
        #expect(run.stderr.contains("error: cannot write to '/nonexistent/folder/out.csv': No such file or directory"))
    }

    @Test func aFailedLoadKeepsTheData() throws {
        let run = try CapturedInterpreter()
        let folder = try TemporaryFolder()
        let broken = try folder.write("broken.json", "{\"customers\": [")
        let outcome = run.interpreter.run(".load \(broken)\ncount customers\n", name: nil)
        #expect(!outcome.succeeded)
        #expect(run.stderr.contains("error: cannot load the data"))
        #expect(run.stderr.contains("(still using 测试店)"))
        #expect(run.interpreter.session.dataset.name == "测试店")
    }

    @Test func loadReplacesTheDataAndSaysSo() throws {
        let run = try CapturedInterpreter(bail: false)
        run.interpreter.interactive = true
        let folder = try TemporaryFolder()
        let other = try folder.write("other.json", """
            {"dealer": "二店", "as_of": "2011-01-31", "customers": [
              {"id": "X1", "created": "2011-01-02", "consultant": "周"}]}
            """)
        run.interpreter.run(".load \(other)\ncount customers\n", name: nil)
        #expect(run.stdout == "count\n1\n")
        #expect(run.stderr.contains("loaded 二店: 1 card, 0 follow-ups, 0 traffic entries, as of 2011-01-31"))
        #expect(run.interpreter.loadedPaths == [other])
    }

    @Test func todayTimerAndFormat() throws {
        let run = try CapturedInterpreter()
        run.interpreter.run(".today 2010-09-30\n.timer on\ncount customers\n.format\n.today\n", name: nil)
        #expect(run.stdout == "count\n3\n")
        // Setting is quiet in a script; asking answers.
        #expect(run.stderr.hasSuffix("mode is csv\ntoday is 2010-09-30\n"))
        // As sqlite3 says it: real time, then the CPU's, in seconds.
        #expect(run.stderr.firstMatch(of: /Run Time: real \d+\.\d{3} user \d+\.\d{3} sys \d+\.\d{3}\nmode is csv/) != nil)
    }

    /// `.cycles` sets follow-up cycles for the session (over the data's) and shows them;
    /// the cycle lists follow. C1 (H) was last contacted 10-12, C2 (A, ordered) 10-06.
    @Test func cycles() throws {
        let run = try CapturedInterpreter()
        let c1 = #"["C1","王伟","13800000001","李娜","H","active","2010-10-12","2010-10-14",17]"#
        let c2 = #"["C2","欧阳娜娜","13800000002","李娜","A","order","2010-10-06","2010-10-10",21]"#
        // json, which holds several tables; csv output holds one.
        run.interpreter.run(".format json\n.cycles\noverdue by cycle\n.cycles A=30 h=3\noverdue by cycle\n.cycles\n"
                            + ".cycles reset\noverdue by cycle\n.format csv\n", name: nil)
        let c1AtH3 = #"["C1","王伟","13800000001","李娜","H","active","2010-10-12","2010-10-15",16]"#
        let rows = run.stdout.split(separator: "\n").map { line -> String in
            guard let start = line.firstRange(of: #""rows":["#), let end = line.firstRange(of: #"],"notes""#) else {
                return String(line)
            }
            return String(line[start.upperBound..<end.lowerBound])
        }
        #expect(rows == [c1 + "," + c2, c1AtH3, c1 + "," + c2])
        // Setting is quiet in a script; asking answers.
        #expect(run.stderr == "follow-up cycles: O 7, H 2, A 4, B 7, C 15 days, N none (standard)\n"
                + "follow-up cycles: O 7, H 3, A 30, B 7, C 15 days, N none (H, A set here; the others standard)\n")
    }

    @Test func readRunsAScriptAndRefusesEndlessNesting() throws {
        let run = try CapturedInterpreter()
        let script = try run.folder.write("inner.funnel", "let n = 2010-10\ncount customers where created in n\n")
        run.interpreter.run(".read \(script)\n", name: nil)
        #expect(run.stdout == "count\n2\n")
        let loop = try run.folder.write("loop.funnel", ".read \(run.folder.file("loop.funnel"))\n")
        let outcome = run.interpreter.run(".read \(loop)\n", name: nil)
        #expect(!outcome.succeeded)
        #expect(run.stderr.contains("scripts read each other more than 16 deep"))
    }

    @Test func listingsGoToTheResults() throws {
        let run = try CapturedInterpreter()
        run.interpreter.run(".tables\n.schema customers\n.kpis\n.help\n", name: nil)
        let out = run.stdout
        #expect(out.contains("customers  客户, 客户档案  6 rows"))
        #expect(out.contains("  channel "))
        #expect(out.contains("capture channel: walkin (进店), phone (电话), outreach (外拓)"))
        #expect(out.contains("  city "))  // an extra field
        #expect(out.contains("extra field found in the data"))
        #expect(out.contains(" derived, computed as of the statement's day:"))
        #expect(out.contains("  card_age "))
        #expect(out.contains("overall_visit_rate"))
        #expect(out.contains("总体进店率"))
        #expect(out.contains(".output [FILE]"))
    }

    @Test func longMeaningsWrapUnderTheirColumn() {
        let lines = TextColumns.aligned([["  a", "one two three four five six seven eight nine ten eleven twelve"]],
                                        width: 30)
        #expect(lines == ["  a  one two three four five", "     six seven eight nine ten", "     eleven twelve"])
        #expect(TextColumns.grid(["张强", "李娜", "a"], width: 12) == ["张强  a", "李娜"])
    }

    @Test func timerFormatsMilliseconds() {
        #expect(Interpreter.seconds(.milliseconds(12)) == "0.012")
        #expect(Interpreter.seconds(.seconds(3) + .microseconds(1600)) == "3.002")
    }
}
