import Foundation
import Testing

/// The prompt as a new user meets it, in a pseudo-terminal: the real binary with
/// libedit, typed at key by key. Each step waits for the prompt and for raw mode
/// before typing, and every wait has a deadline.
@Suite struct PromptEndToEndTests {
    /// A session on the fixture dealer, with its own HOME and history file.
    final class Session {
        let folder: TemporaryFolder
        let terminal: PseudoTerminal
        var historyPath: String { folder.file("history") }

        init(arguments: [String] = [], history: String? = nil, environment: [String: String] = [:]) throws {
            folder = try TemporaryFolder()
            let data = try folder.write("dealer.json", PromptFixture.json)
            if let history { try folder.write("history", history) }
            var env = [
                "HOME": folder.path, "FUNNEL_HISTORY": folder.file("history"), "LANG": "C.UTF-8", "TERM": "xterm",
                "NO_COLOR": "1", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            ]
            for (key, value) in environment { env[key] = value }
            terminal = try PseudoTerminal(Funnel.binary.path, arguments: ["--data", data] + arguments,
                                          environment: env)
        }

        /// Types a line at a ready prompt.
        func enter(_ line: String, prompt: String = "funnel> ") throws {
            try terminal.expectPrompt(prompt)
            terminal.type(line + "\r")
        }
    }

    @Test func aSessionFromWelcomeToCtrlD() throws {
        let s = try Session()
        let t = s.terminal
        try t.expect("funnel 0.1 — 测试店: 6 cards, 6 follow-ups, 5 traffic entries, as of 2010-10-31. "
                     + "Type help for statements, .help for commands.")

        // A statement and its output.
        try s.enter("count customers by consultant")
        try t.expect("consultant  count\n----------  -----\n张强            2\n李娜            3\n")

        // Up recalls it; Enter runs it again.
        try t.expectPrompt()
        t.type("\u{1b}[A")
        try t.expect("count customers by consultant")
        t.type("\r")
        try t.expect("张强            2\n李娜            3\n")

        // Tab completes a field, then a value from the data.
        try t.expectPrompt()
        t.type("select name from customers where consul\t")
        try t.expect("tant ")
        t.type("= 李\t")
        try t.expect("娜")
        t.type("\r")
        try t.expect("name\n--------\n王伟\n欧阳娜娜\n")

        // Chinese typed and edited: the cursor moves back over a wide character.
        try s.enter("count customers where consultant = 娜\u{1b}[D李")
        try t.expect("count\n-----\n    3\n")

        // A statement over several lines, with the continuation prompt.
        try s.enter("count customers where")
        try s.enter("grade in (H,", prompt: "   ...> ")
        try s.enter("A)", prompt: "   ...> ")
        try t.expect("count\n-----\n    2\n")

        // Ctrl-C abandons the line being typed.
        try t.expectPrompt()
        t.type("select cus")
        try t.expect("select cus")
        t.type("\u{3}")
        try t.expect("^C")
        try s.enter("count traffic")
        try t.expect("count\n-----\n    5\n")
        #expect(!t.transcript.contains("select cus\n"))

        // An error keeps the session alive, with a caret under the problem.
        try s.enter("select customers where grde = H")
        try t.expect("error: unknown field 'grde' in customers — did you mean 'grade'?")
        try t.expect("1 | select customers where grde = H\n  |                        ^^^^")

        // Ctrl-D on an empty line leaves, status 0.
        try t.expectPrompt()
        t.type("\u{4}")
        #expect(try t.waitForExit() == 0)

        // The history file holds each statement once, in libedit's format, Chinese as is.
        let history = try #require(s.folder.read("history"))
        #expect(history == """
            _HiStOrY_V2_
            count\\040customers\\040by\\040consultant
            select\\040name\\040from\\040customers\\040where\\040consultant\\040=\\040李娜
            count\\040customers\\040where\\040consultant\\040=\\040李娜
            count\\040customers\\040where\\040grade\\040in\\040(H,\\040A)
            count\\040traffic
            select\\040customers\\040where\\040grde\\040=\\040H

            """)
    }

    @Test func historyFromAnEarlierSessionIsRecalledAndDotCommandsWork() throws {
        let s = try Session(history: "_HiStOrY_V2_\ncount\\040traffic\\040by\\040result\n")
        let t = s.terminal
        try t.expectPrompt()
        t.type("\u{1b}[A\r")
        try t.expect("result    count")
        try s.enter(".format csv")
        try s.enter("count customers")
        try t.expect("count\n5\n")
        try s.enter(".tables")
        try t.expect("followups  跟进记录, 跟进  6 rows")
        try s.enter(".quit")
        #expect(try t.waitForExit() == 0)
    }

    @Test func ctrlCStopsARunningScriptAndReturnsToThePrompt() throws {
        let s = try Session()
        let t = s.terminal
        // Output the test does not read fills the terminal's buffer and holds the
        // script mid-way, so Ctrl-C lands while it runs.
        let script = try s.folder.write("long.funnel", String(repeating: "count customers\n", count: 20000))
        try s.enter(".read \(script)")
        try t.expect("count\n-----\n    5\n")
        t.type("\u{3}")
        try t.expect("cancelled\n", timeout: 30)
        try s.enter("count traffic")
        try t.expect("    5\n")
        try t.expectPrompt()
        t.type("\u{4}")
        #expect(try t.waitForExit() == 0)
    }

    @Test func anUnwritableHistoryIsOneWarning() throws {
        let s = try Session(environment: ["FUNNEL_HISTORY": "/nonexistent/folder/history"])
        let t = s.terminal
        try s.enter("count traffic")
        try s.enter("count customers")
        try s.enter("count traffic")
        try t.expectPrompt()
        t.type("\u{4}")
        #expect(try t.waitForExit() == 0)
        #expect(t.transcript.components(separatedBy: "warning: cannot save the history").count == 2)
    }
}
