import FunnelSyntax
import Testing
@testable import FunnelOutput

/// The files of `--output-dir`: numbered in the run's order, named by what the statement is.
@Suite struct ResultFileNameTests {
    static func statement(_ text: String) throws -> Statement {
        try #require(try Parser.parseEach(text).first?.get())
    }

    @Test(arguments: [
        ("count traffic where time in 2010-W40 by result", 1, "01-count-traffic.csv"),
        ("avg card_age, max created from customers by grade", 2, "02-avg-customers.csv"),
        ("select * from followups", 12, "12-select-followups.csv"),
        ("kpi close_rate for 2010-10 by consultant", 3, "03-kpi-close_rate.csv"),
        ("kpi 首次进店率 for 2010-10", 4, "04-kpi-首次进店率.csv"),
        ("kpi overall_visit_rate, first_visit_rate, return_visit_rate, test_drive_rate for 2010-10", 5,
         "05-kpi-overall_visit_rate-first_visit_rate.csv"),
        ("explain kpi overall_visit_rate for 2010-10 term visited_in_new", 6, "06-explain-overall_visit_rate.csv"),
        ("prospect progress for 2010-10", 7, "07-prospect-progress.csv"),
        ("lost reasons for 2010-10", 8, "08-lost-reasons.csv"),
        ("plan deliveries 30 for 2010-11 using 2010-10", 9, "09-plan-deliveries.csv"),
        ("score close_rate for 2010-10 target 15%", 10, "10-score-close_rate.csv"),
        ("compare close_rate for 2010-10 vs 2010-09", 11, "11-compare-close_rate.csv"),
        ("callbacks missed for 2010-10", 100, "100-callbacks.csv"),
    ])
    func names(statement: String, number: Int, name: String) throws {
        #expect(ResultFileName.name(number: number, statement: try Self.statement(statement)) == name)
    }

    /// A part is numbered and named by its title, so the parts sort in their order.
    @Test func partsAreNumberedAndTitled() throws {
        let statement = try Self.statement("inventory for 2010-10")
        #expect(ResultFileName.name(number: 5, statement: statement, part: 1, title: "inventory")
                == "05-inventory-1-inventory.csv")
        #expect(ResultFileName.name(number: 5, statement: statement, part: 2, title: "deliveries_came_from")
                == "05-inventory-2-deliveries_came_from.csv")
        #expect(ResultFileName.name(number: 5, statement: statement, part: 3, title: nil) == "05-inventory-3.csv")
        #expect(ResultFileName.name(number: 5, statement: statement, part: 3, title: "../x y") == "05-inventory-3-x-y.csv")
    }

    /// Nothing but letters, digits, `_` and `-` gets into a name: no path, no quote, no space.
    @Test(arguments: [("../../etc/passwd x", "etc-passwd-x"), ("Overall Visit Rate", "overall-visit-rate"),
                      ("“袁浩然”", "袁浩然"), ("--", "")])
    func slugs(text: String, slug: String) {
        #expect(ResultFileName.slug(text) == slug)
    }
}
