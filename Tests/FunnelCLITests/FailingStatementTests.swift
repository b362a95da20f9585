import Foundation
import FunnelTestSupport
import Testing

/// A statement runs only when all of it lexes, parses and binds: one that fails at
/// its very end prints nothing at all — no answer to the part before the mistake —
/// exits 1, and points at the mistake.
@Suite struct FailingStatementTests {
    @Test(arguments: [
        // (statement, the error's first words, the text the caret sits under)
        // A bad character or token at the end.
        ("count customers where created >= 2010-10-01 & channel = walkin", "unexpected character '&'", "&"),
        ("kpi new_cards for 2010/10", "unexpected character '/'", "/"),
        ("count customers where channel = walkin | grade = H", "unexpected character '|'", "|"),
        ("count customers where grade = H @", "unexpected character '@'", "@"),
        ("kpi new_cards for today ^ 7", "unexpected character '^'", "^"),
        ("select customers where grade = H and card_age > 60 !", "unexpected character '!'", "!"),
        ("count customers where created > 2010-10-01x", "'2010-10-01x' is neither a number nor a date", "2010-10-01x"),
        ("count customers where name = \"王伟", "this string has no closing \"", "\""),
        ("count customers where grade = H and channel = walkin xyz",
         "expected ';' or a new line after the statement, found 'xyz'", "xyz"),
        // A name that does not resolve.
        ("count customers where channel = walkin and grde = H", "unknown field 'grde' in customers", "grde"),
        ("select customers where card_age > 60 order by grde", "unknown field 'grde' in customers", "grde"),
        ("count customers by consultant order by cnt", "'cnt' is not a column of this result", "cnt"),
        ("kpi new_cards for 2010-10 by modle", "unknown field 'modle' in customers", "modle"),
        ("funnel for 2010-10 by consultent", "unknown field 'consultent' in customers", "consultent"),
        ("explain kpi overall_visit_rate for 2010-10 term visted", "overall_visit_rate has no term 'visted'", "visted"),
        // A value the field cannot hold.
        ("count customers where created in 2010-10 and grade = Z", "'Z' is not a value of grade", "Z"),
        ("count customers where created in 2010-10 and channel = walkn", "'walkn' is not a value of channel", "walkn"),
        ("count customers where status = folowing", "'folowing' is not a value of status", "folowing"),
        ("kpi overall_visit_rate for 2010-10 where channel = phne", "'phne' is not a value of channel", "phne"),
        ("select customers where card_age > sixty", "card_age holds numbers; 'sixty' is not a number", "sixty"),
        ("count customers where created in 2010-10 and consultant = 袁浩",
         "no row has consultant '袁浩' — did you mean '袁浩然'?", "袁浩"),
        // A period or day that is no good.
        ("kpi new_cards for 2010-13", "2010-13 is not a month", "2010-13"),
        ("kpi new_cards for 2010-12", "2010-12 starts after today (2010-10-31)", "2010-12"),
        ("count customers where created in 2010-W54", "2010-W54: 2010 has 52 ISO weeks", "2010-W54"),
        ("select customers where card_age > 60 limit 5 as of someday", "as of holds dates; 'someday' is not a date",
         "someday"),
        ("select customers where card_age > 60 as of 2000-01-01", "as of 2000-01-01 is before the data begins",
         "2000-01-01"),
    ])
    func printsNothingAndPointsAtTheMistake(statement: String, message: String, underlined: String) throws {
        let run = try Funnel.run(["-c", statement])
        #expect(run.stdout == "", "printed: \(run.stdout)")
        #expect(run.status == 1)
        #expect(run.stderr.hasPrefix("error: " + message), "\(run.stderr)")
        #expect(StatementHarness.underlined(in: run.stderr) == underlined, "\(run.stderr)")
    }

    /// The same in every output format: csv writes no row either.
    @Test(arguments: ["csv", "json", "markdown"])
    func noFormatWritesAPartialAnswer(format: String) throws {
        let run = try Funnel.run(["--format", format, "-c", "kpi new_cards for 2010/10"])
        #expect(run.stdout == "")
        #expect(run.status == 1)
    }

    /// In a script the statements before the failing one have run, and none after it.
    @Test func aScriptStopsAtTheFailingStatement() throws {
        let script = try Funnel.temporaryFile("count customers where created in 2010-10\n"
                                              + "count customers where created >= 2010-10-01 & channel = walkin\n"
                                              + "count traffic\n", suffix: ".funnel")
        defer { try? FileManager.default.removeItem(atPath: script) }
        let run = try Funnel.run(["--format", "csv", script])
        #expect(run.stdout == "count\r\n100\r\n")
        #expect(run.status == 1)
        #expect(run.stderr.contains(":2:45"), "\(run.stderr)")
    }

    /// With --format json an error is one JSON object on stderr, for a program to read.
    @Test func jsonErrorsAreObjects() throws {
        let run = try Funnel.run(["--format", "json", "-c", "count customers where grde = H"])
        #expect(run.stdout == "")
        #expect(run.status == 1)
        #expect(run.stderr == #"{"error":"unknown field 'grde' in customers — did you mean 'grade'?","line":1,"column":23}"#
                + "\n")
    }
}
