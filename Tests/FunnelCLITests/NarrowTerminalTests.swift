import Foundation
import Testing

/// The prompt on a terminal 80 columns wide, in a pseudo-terminal, on the embedded
/// demo data: work lists keep their phone numbers and dates whole, a table too wide
/// for the screen comes out one field per line, a result longer than the screen goes
/// to the pager, and a long load shows how far it has got.
@Suite struct NarrowTerminalTests {
    final class Session {
        let folder: TemporaryFolder
        let terminal: PseudoTerminal

        /// `PAGER` is a command that keeps what it is given in the folder's `paged`
        /// file, so a test can read what went to the pager.
        init(arguments: [String] = [], rows: UInt16 = 24, environment: [String: String] = [:]) throws {
            folder = try TemporaryFolder()
            var env = [
                "HOME": folder.path, "FUNNEL_HISTORY": folder.file("history"), "LANG": "C.UTF-8", "TERM": "xterm",
                "NO_COLOR": "1", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
                "PAGER": "cat > '\(folder.file("paged"))'",
            ]
            for (key, value) in environment { env[key] = value }
            terminal = try PseudoTerminal(Funnel.binary.path, arguments: arguments, environment: env,
                                          columns: 80, rows: rows)
        }

        func enter(_ line: String) throws {
            try terminal.expectPrompt()
            terminal.type(line + "\r")
        }

        func quit() throws {
            try terminal.expectPrompt()
            terminal.type("\u{4}")
            #expect(try terminal.waitForExit() == 0)
        }
    }

    @Test func overdueShowsWholePhoneNumbersAndDates() throws {
        let s = try Session()
        try s.enter("overdue limit 5")
        let shown = try s.terminal.expect("22 cards: overdue")
        #expect(shown.contains("""
            id      name   phone       consultant grade status last_contact next_followup
            ------- ------ ----------- ---------- ----- ------ ------------ -------------
            C000371 陈伟   18859489569 刘斌       B     active 2010-10-22   2010-10-30
            """), "\(shown)")
        #expect(!shown.contains("…"))
        // The whole list is longer than the screen: to the pager, every card in it.
        try s.enter("overdue")
        try s.terminal.expectPrompt()
        let paged = try #require(s.folder.read("paged"))
        #expect(paged.contains("""
            C000927 杨鑫   13158647565 肖俊杰     B     active 2010-10-22   2010-10-30
            C000950 刘国华 13148243055 袁浩然     B     active 2010-10-24   2010-10-30
            22 cards: overdue
            """), "\(paged)")
        #expect(!paged.contains("…"))
        for line in paged.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        s.terminal.type("\u{4}")
        #expect(try s.terminal.waitForExit() == 0)
    }

    @Test func aWideSelectComesOutVertical() throws {
        let s = try Session(rows: 40)
        try s.enter("select * from customers limit 1")
        let shown = try s.terminal.expect("budget")
        #expect(shown.contains("-[ record 1 ]-+-"), "\(shown)")
        #expect(shown.contains("phone         | 13776671271\n"))
        #expect(shown.contains("created       | 2010-01-01 09:05\n"))
        for line in shown.split(separator: "\n") { #expect(line.count <= 80, "\(line)") }
        #expect(s.folder.read("paged") == nil)
        try s.quit()
    }

    @Test func aLongWideSelectGoesToThePagerWhole() throws {
        let s = try Session()
        try s.enter("select * from customers where created in 2010-10")
        try s.terminal.expectPrompt()
        let paged = try #require(s.folder.read("paged"))
        #expect(paged.hasPrefix("-[ record 1 ]-+-"))
        #expect(paged.contains("-[ record 100 ]-"))
        #expect(!paged.contains("-[ record 101 ]-"))
        #expect(!paged.contains("more rows not shown"))
        // .pager off: the first screenful, and a word on the rest.
        s.terminal.type(".pager off\r")
        try s.enter("select * from customers where created in 2010-10")
        try s.terminal.expect("more rows not shown, 100 in all")
        try s.quit()
    }

    /// A load of more than a second draws a line on stderr that says how far it has
    /// got, and erases it when done; the welcome follows on a clean line. Only for the
    /// prompt: a script's load says nothing.
    @Test func aLongLoadShowsItsProgress() throws {
        let folder = try TemporaryFolder()
        let data = folder.file("dealer.json")
        let generate = Process()
        generate.executableURL = Funnel.binary
        generate.arguments = ["generate", "--cards", "20000", "--seed", "5", "--out", data]
        generate.standardOutput = FileHandle.nullDevice
        try generate.run()
        generate.waitUntilExit()
        #expect(generate.terminationStatus == 0)
        let s = try Session(arguments: ["--data", data])
        // The numbers matter more than the folders: the file's name, then how far.
        try s.terminal.expect("loading dealer.json: ", timeout: 60)
        // Read so far of the whole, or (when the reading went fast) all of it read.
        let counts = try s.terminal.expect(" records", timeout: 60)
        #expect(counts.wholeMatch(of: /\d+\.\d MB (of 28\.7 MB \(\d+%\)|read), [\d,]+/) != nil, "\(counts)")
        try s.terminal.expect("\u{1B}[Kfunnel 0.1 — ", timeout: 120)
        // .load at the prompt draws it too.
        try s.enter(".load \(data)")
        try s.terminal.expect("loading dealer.json: ", timeout: 60)
        try s.terminal.expect("\u{1B}[Kloaded 浦江斯柯达4S店: 20,000 cards", timeout: 120)
        try s.quit()
        // Statements given with -c are a script, even at a terminal: the same load is quiet.
        let script = try Session(arguments: ["--data", data, "-c", "count customers"])
        let before = try script.terminal.expect("20,000\n", timeout: 120)
        #expect(before == " count\n------\n", "\(before)")
        #expect(try script.terminal.waitForExit() == 0)
    }
}
