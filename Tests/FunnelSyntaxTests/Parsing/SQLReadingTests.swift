import Testing
@testable import FunnelSyntax

/// SQL's `group by`, `count(*)` and `select count(*) from` are read as the language's
/// `by` and `count`, and the statement remembers it so the result can say so.
@Suite struct SQLReadingTests {
    @Test(arguments: [
        ("count customers group by grade", "count customers by grade", [Reading.groupBy]),
        ("count(*) from customers", "count customers", [.countStar]),
        ("count ( * ) of customers where grade = H", "count customers where grade = H", [.countStar]),
        ("select count(*) from customers group by grade", "count customers by grade",
         [.selectAggregate, .countStar, .groupBy]),
        ("count(*), sum key_questions from customers", "count, sum key_questions from customers", [.countStar]),
        ("kpi close_rate for 2010-10 group by consultant", "kpi close_rate for 2010-10 by consultant", [.groupBy]),
        ("count customers\ngroup by grade", "count customers by grade", [.groupBy]),
    ])
    func sqlSpellingsAreReadAndRemembered(sql: String, canonical: String, readings: [Reading]) throws {
        let read = try #require(try Parser.parse(sql).first)
        let plain = try #require(try Parser.parse(canonical).first)
        #expect(ASTDump.dump([read]) == ASTDump.dump([plain]))
        #expect(read.readings == readings)
        #expect(plain.readings.isEmpty)
        #expect(StatementPrinter.text(read) == StatementPrinter.text(plain))
    }

    /// `group` is not offered: one way to write `by` on a Tab list is enough.
    @Test func groupIsNotOffered() {
        #expect(!Parser.expectations(before: "count customers ").contains(.keyword("group")))
        #expect(Parser.expectations(before: "count customers group ").isEmpty)
    }
}
