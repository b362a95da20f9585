import FunnelOutput
import Testing
@testable import FunnelSyntax

/// The statements of domain.md §8.2: the key report and the prospect progress sheet (a
/// report with a period, in English or Chinese), and callbacks with their options; what
/// each parses to, as the printer writes it back, and what Tab is offered along the way.
@Suite struct SeedReportParsingTests {
    @Test(arguments: [
        ("key report for 2010-10", "key report for 2010-10"),
        ("关键管理报表 for 2010-10 by consultant", "key report for 2010-10 by consultant"),
        ("KEY REPORT for last month where channel = walkin", "key report for last month where channel = walkin"),
        ("意向客户进度状况表 for 2010-10 by model", "prospect progress for 2010-10 by model"),
        ("prospect progress from 2010-10-01 to 2010-10-15", "prospect progress for from 2010-10-01 to 2010-10-15"),
        ("callbacks", "callbacks"),
        ("callbacks today - 1", "callbacks today - 1"),
        ("成交回访 2010-10-31", "callbacks 2010-10-31"),
        ("callbacks missed", "callbacks missed"),
        ("callbacks missed for 2010-Q3 order by delivered desc limit 5",
         "callbacks missed for 2010-Q3 order by delivered desc limit 5"),
        // Options in any order, `days` after a number left out; printed in one order.
        ("callbacks grace 3 days at 7,1 days where consultant = 李娜",
         "callbacks at 7, 1 grace 3 where consultant = 李娜"),
        ("成交回访 missed for 2010-10 at 30 天 grace 0", "callbacks missed for 2010-10 at 30 grace 0"),
        // at and grace open no line of their own: they continue the statement above.
        ("callbacks 2010-10-31\nat 1, 7\ngrace 2", "callbacks 2010-10-31 at 1, 7 grace 2"),
    ])
    func readsAndPrints(source: String, printed: String) throws {
        let parsed = try Parser.parse(source)
        #expect(parsed.map(StatementPrinter.text) == [printed])
        #expect(try Parser.parse(printed).map(ASTDump.dump) == parsed.map(ASTDump.dump))
    }

    @Test func callbacksKeepTheirParts() throws {
        let parsed = try #require(try Parser.parse("callbacks missed for 2010-10 at 1, 7 grace 3 limit 4").first)
        guard case .callbacks(let request) = parsed.kind else {
            Issue.record("\(parsed.kind)")
            return
        }
        #expect(request.missed != nil && request.day == nil)
        #expect(request.period == .period("2010-10", SourceRange(21, 28)))
        #expect(request.days.map { if case .number(let n, _) = $0 { n } else { "?" } } == ["1", "7"])
        #expect(request.grace.map { if case .number(let n, _) = $0 { n } else { "?" } } == "3")
        #expect(parsed.clauses?.limit?.count == 4)
    }

    @Test(arguments: [
        ("callbacks at ", "expected the days after delivery a callback is due on after 'at' (at 1, 7, 30), "
            + "found the end of the statement"),
        ("callbacks at 1, ", "expected the days after delivery a callback is due on after 'at' (at 1, 7, 30), "
            + "found the end of the statement"),
        ("callbacks grace soon", "expected a whole number of days after 'grace' (grace 2), found 'soon'"),
        ("callbacks at 1 at 7", "'at' cannot follow here"),
        ("key report 2010-10", "expected 'for' after 'key report', found '2010-10'"),
        ("prospect progres for 2010-10",
         "unknown statement 'prospect progres' — did you mean 'prospect progress'?"),
    ])
    func refuses(source: String, message: String) {
        do {
            _ = try Parser.parse(source)
            Issue.record("\(source) parsed")
        } catch {
            #expect(error.message.hasPrefix(message), "\(error.message)")
        }
    }

    /// Tab follows the parser: the reports' second words, a callback list's day, `missed`
    /// and options, and the clauses after them.
    @Test(arguments: [
        ("key ", [FunnelSyntax.Expectation.keyword("report")]),
        ("prospect ", [.keyword("progress")]),
        ("key report ", [.keyword("for")]),
        ("key report for 2010-10 by ", [.field(.cards), .grain]),
        ("callbacks missed ", [.keyword("for"), .keyword("at"), .keyword("grace")]),
        ("callbacks at 1, 7 grace ", [.number]),
    ])
    func tabFollowsTheParser(before: String, expected: [FunnelSyntax.Expectation]) {
        let found = Parser.expectations(before: before)
        for expectation in expected { #expect(found.contains(expectation), "\(before): \(found)") }
    }

    @Test func aCallbackListOffersItsDayItsOptionsAndItsClauses() {
        let found = Parser.expectations(before: "callbacks ")
        for expectation in [FunnelSyntax.Expectation.keyword("missed"), .value(.day), .keyword("at"), .keyword("grace"),
                            .keyword("where"), .keyword("order"), .keyword("limit")] {
            #expect(found.contains(expectation), "\(found)")
        }
        let after = Parser.expectations(before: "callbacks at 1 ")
        #expect(after.contains(.keyword("grace")) && !after.contains(.keyword("at")), "\(after)")
    }
}
