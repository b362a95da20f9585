@testable import funnel
import FunnelStore
import Testing

/// Dot-command lines: what they parse to, and the errors a typo gets.
@Suite struct DotCommandTests {
    @Test(arguments: [
        (".help", DotCommand.help),
        ("  .tables", .tables),
        (".schema", .schema(table: nil)),
        (".schema Customers", .schema(table: .customers)),
        (".schema 跟进记录", .schema(table: .followups)),
        (".kpis", .kpis),
        (".load a.json b", .load(paths: ["a.json", "b"])),
        (".load my\\ data.json \"other data.json\"", .load(paths: ["my data.json", "other data.json"])),
        (".today", .today(nil)),
        (".today 2010-10-15", .today(Day(parsing: "2010-10-15"))),
        (".cycles", .cycles(.show)),
        (".cycles reset", .cycles(.reset)),
        (".cycles H=3 a=5 N级=30", .cycles(.set([.H: 3, .A: 5, .N: 30]))),
        (".cycles C=none", .cycles(.set([.C: nil]))),
        (".format CSV", .format(.csv)),
        (".format", .format(nil)),
        (".mode line", .format(.line)),
        (".mode column", .format(.table)),
        (".mode", .format(nil)),
        (".headers off", .headers(false)),
        (".once out.csv", .once(path: "out.csv")),
        (".echo on", .echo(true)),
        (".pager off", .pager(false)),
        (".output out.csv", .output(path: "out.csv")),
        (".output", .output(path: nil)),
        (".read weekly.funnel", .read(path: "weekly.funnel")),
        (".save dealer.funnel", .save(path: "dealer.funnel")),
        (".timer on", .timer(true)),
        (".timer OFF", .timer(false)),
        (".bail yes", .bail(true)),
        (".history", .history),
        (".quit", .quit),
        (".exit", .quit),
    ])
    func parses(line: String, command: DotCommand) throws {
        #expect(try DotCommand.parse(line) == command)
    }

    @Test(arguments: [
        (".fromat csv", "unknown command '.fromat' — did you mean '.format'?", 0..<7),
        (".zz", "unknown command '.zz': .help lists the commands", 0..<3),
        (".timer maybe", "expected on or off, found 'maybe'", 7..<12),
        (".load", "expected a path: .load PATH...", 0..<5),
        (".read a b", "too many arguments: .read SCRIPT", 8..<9),
        (".save", "expected a path: .save FILE", 0..<5),
        (".save a b", "too many arguments: .save FILE", 8..<9),
        (".schema custmers", "unknown table 'custmers' — did you mean 'customers'?", 8..<16),
        (".today 2010-13-01", "'2010-13-01' is not a date: write YYYY-MM-DD", 7..<17),
        (".format xml", "unknown format 'xml': use table, csv, json, markdown, line, html", 8..<11),
        (".mode box", "unknown mode 'box': use table, csv, json, markdown, line, html", 6..<9),
        (".once", "expected a path: .once FILE", 0..<5),
        (".headers", "expected on or off: .headers on|off", 0..<8),
        (".echo loud", "expected on or off, found 'loud'", 6..<10),
        (".tables x", "too many arguments: .tables", 8..<9),
        (".cycles H", "expected GRADE=DAYS such as H=3, or reset: .cycles [GRADE=DAYS ... | reset]", 8..<9),
        (".cycles H=3 P1=2", "unknown grade 'P1': the grades are O, H, A, B, C, N", 12..<16),
        (".cycles H=0", "'0' is not a cycle: write a whole number of days from 1 to 365, or none", 8..<11),
        (".cycles H=2.5", "'2.5' is not a cycle: write a whole number of days from 1 to 365, or none", 8..<13),
        (".cycles reset H=3", "too many arguments: .cycles [GRADE=DAYS ... | reset]", 14..<17),
    ])
    func refuses(line: String, message: String, range: Range<Int>) {
        #expect(throws: DotCommandError(message, at: range)) { try DotCommand.parse(line) }
    }

    @Test func argumentsKeepTheirPlaceAndSayWhetherALineEndsInAWord() {
        let arguments = DotArguments(".load 'a b' c\\ d")
        #expect(arguments.words.map(\.text) == [".load", "a b", "c d"])
        #expect(arguments.words.map(\.range) == [0..<5, 6..<11, 12..<16])
        #expect(arguments.endsInWord)
        #expect(!DotArguments(".load ").endsInWord)
        #expect(DotArguments.escaped("my data's.json") == "my\\ data\\'s.json")
    }

    @Test func scriptsAreCutAtCommandLinesOnlyWhereAStatementCouldEnd() {
        let script = "count customers\n.format csv\nselect customers where\n  grade = H\n.quit\n"
        #expect(ScriptPiece.split(script) == [
            .statements("count customers"),
            .command(".format csv", line: 2),
            .statements("\n\nselect customers where\n  grade = H"),
            .command(".quit", line: 5),
        ])
        // Inside an open quote a line starting with '.' is still the statement's.
        let quoted = "select customers where name = \"a\n.b\"\n"
        #expect(ScriptPiece.split(quoted) == [.statements(quoted)])
        // Scripts without commands pass through untouched.
        #expect(ScriptPiece.split("count customers\n") == [.statements("count customers\n")])
    }

    @Test func commandCompletion() {
        #expect(ShellCompleter.completeCommand(".fo", home: nil).action == .insert(".format "))
        #expect(ShellCompleter.completeCommand(".format j", home: nil).action == .insert("json "))
        #expect(ShellCompleter.completeCommand(".timer ", home: nil).candidates.map(\.text) == ["on", "off"])
        #expect(ShellCompleter.completeCommand(".schema tr", home: nil).action == .insert("traffic "))
        #expect(ShellCompleter.completeCommand(".tables ", home: nil).action == .none)
        #expect(ShellCompleter.completeCommand(".ex", home: nil).action == .insert(".exit "))
        #expect(ShellCompleter.completeCommand(".e", home: nil).candidates.map(\.text) == [".engine", ".echo", ".exit"])
        #expect(ShellCompleter.completeCommand(".mode l", home: nil).action == .insert("line "))
        #expect(ShellCompleter.completeCommand(".cycles r", home: nil).action == .insert("reset "))
        #expect(ShellCompleter.completeCommand(".cycles ", home: nil).candidates.map(\.text)
                == ["reset", "O=", "H=", "A=", "B=", "C=", "N="])
    }
}
