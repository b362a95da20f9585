import FunnelOutput
import Testing
@testable import FunnelSyntax

/// Printing a tree and parsing the text gives the same tree, for random trees from
/// the grammar and for the statements the parser tests already know.
@Suite struct StatementPrinterTests {
    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func randomStatementsRoundTrip(seed: UInt64) throws {
        var random = RandomStatement(seed: seed)
        for _ in 0..<500 {
            let statement = random.statement()
            let text = StatementPrinter.text(statement)
            let parsed: [Statement]
            do {
                parsed = try Parser.parse(text)
            } catch {
                Issue.record("seed \(seed): \(text)\n  does not parse: \(error.message)")
                return
            }
            #expect(parsed.count == 1, "seed \(seed): \(text)")
            #expect(ASTDump.dump(parsed) == ASTDump.dump(statement), "seed \(seed): \(text)")
            #expect(parsed.map(StatementPrinter.text) == [text], "seed \(seed): printing is not stable")
        }
    }

    @Test(arguments: [
        ("select customers where (a = 1 or b = 2) and not (c = 3 and d)",
         "select customers where (a = 1 or b = 2) and not (c = 3 and d)"),
        ("SELECT * FROM customers WHERE 渠道 = 进店 LIMIT 5", "select * from customers where 渠道 = 进店 limit 5"),
        ("count customers by week where created in 2010-W40 as of 2010-10-31",
         "count customers by week where created in 2010-W40 as of 2010-10-31"),
        ("select customers where a or (b or c)", "select customers where a or (b or c)"),
        ("select customers where name = '王\"伟\\\\'", #"select customers where name = "王\"伟\\""#),
        ("structure by age band as of 2010-10-31", "structure by age band as of 2010-10-31"),
        ("plan deliveries 5 close rate 1:5", "plan deliveries 5 close rate 1:5"),
    ])
    func printsCanonicalText(source: String, expected: String) throws {
        let parsed = try Parser.parse(source)
        #expect(parsed.map(StatementPrinter.text) == [expected])
    }
}
