import Foundation
import Testing

/// `--lang zh` and `.lang zh` in the built binary, as a dealer's staff would use them:
/// tables and errors in Chinese, csv and json for programs the same as in English.
@Suite struct ChineseDisplayCommandTests {
    static let byChannel = "count customers where created in 2010-10 by channel"

    @Test func dashLangZhShowsTheTableInChinese() throws {
        let run = try Funnel.run(["--lang", "zh", "-c", Self.byChannel])
        #expect(run.status == 0)
        #expect(run.stdout == "留档渠道  数量\n--------  ----\n进店        42\n电话        38\n外拓        20\n")
        #expect(run.stderr == "")
    }

    @Test(arguments: ["csv", "json"])
    func csvAndJSONAreTheSameInEitherLanguage(format: String) throws {
        let chinese = try Funnel.run(["--lang", "zh", "--format", format, "-c", Self.byChannel])
        let english = try Funnel.run(["--format", format, "-c", Self.byChannel])
        #expect(chinese.status == 0)
        #expect(chinese.stdout == english.stdout)
        #expect(chinese.stdout.contains("walkin"))
    }

    @Test func anErrorIsWordedInChineseWithItsCaretUnderTheWord() throws {
        let run = try Funnel.run(["--lang", "zh", "-c", "count customers where grde = H"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == """
            错误：客户档案（customers）没有字段“grde”——是不是要写“grade”？
             --> 第 1 行第 23 列
              |
            1 | count customers where grde = H
              |                       ^^^^

            """)
    }

    @Test func errorsInJSONStayEnglishForPrograms() throws {
        let run = try Funnel.run(["--lang", "zh", "--format", "json", "-c", "count customers where grde = H"])
        #expect(run.status == 1)
        #expect(run.stderr == "{\"error\":\"unknown field 'grde' in customers — did you mean 'grade'?\",\"line\":1,\"column\":23}\n")
    }

    @Test func dotLangSwitchesWithinAScript() throws {
        let script = try Funnel.temporaryFile(".lang\n.lang zh\n.lang\ncount customers where grade = H by grade\n"
                                              + ".lang en\ncount customers where grade = H by grade\n",
                                              suffix: ".funnel")
        let run = try Funnel.run([script])
        #expect(run.status == 0)
        #expect(run.stdout == "意向级别  数量\n--------  ----\nH级         14\ngrade  count\n-----  -----\nH         14\n")
        #expect(run.stderr == "language is en\nlanguage is zh\n")
    }

    @Test(arguments: [["--lang", "fr", "-c", "help"], ["-c", ".lang fr"]])
    func anUnknownLanguageNamesTheTwoThereAre(arguments: [String]) throws {
        let run = try Funnel.run(arguments)
        #expect(run.status != 0)
        #expect(run.stderr.contains("'fr'") && run.stderr.contains("en") && run.stderr.contains("zh"), "\(run.stderr)")
        #expect(run.stdout == "")
    }

    /// At the prompt, in a pseudo-terminal: `.lang` completes, switches, and says which.
    @Test func atThePromptDotLangCompletesAndSwitches() throws {
        let s = try PromptEndToEndTests.Session()
        let t = s.terminal
        try t.expectPrompt()
        t.type(".lang z\t")
        try t.expect("h")
        t.type("\r")
        try s.enter("count customers by consultant")
        try t.expect("销售顾问  数量\n--------  ----\n张强         2\n李娜         3\n")
        try s.enter("count customers where grde = H")
        try t.expect("错误：客户档案（customers）没有字段“grde”——是不是要写“grade”？")
        try t.expect("  |                       ^^^^\n")
        try s.enter(".lang")
        try t.expect("language is zh\n")
        try s.enter(".lang en")
        try s.enter("count customers by consultant")
        try t.expect("consultant  count\n")
        try t.expectPrompt()
        t.type("\u{4}")
        #expect(try t.waitForExit() == 0)
    }
}
