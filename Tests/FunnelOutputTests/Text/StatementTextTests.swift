import FunnelSyntax
import Testing
@testable import FunnelOutput

/// A statement as a document names it: as typed, on one line, without comments.
@Suite struct StatementTextTests {
    static func texts(_ script: String) -> [String] {
        let source = SourceText(script)
        return Parser.parseEach(script).compactMap { try? $0.get() }.map { StatementText.of($0, in: source) }
    }

    @Test func oneLinePerStatementWithoutComments() {
        let script = """
            -- hot cards nobody has called for two weeks
            select name, phone from customers
              where grade in (O, H)   -- the hot ones
              order by last_contact
              limit 20
            let m = 2010-10; count(*) from customers group by grade
            kpi 首次进店率 for ２０１０－１０
            count customers where consultant = “袁浩然”
            """
        #expect(Self.texts(script) == [
            "select name, phone from customers where grade in (O, H) order by last_contact limit 20",
            "let m = 2010-10",
            "count(*) from customers group by grade",
            "kpi 首次进店率 for ２０１０－１０",
            "count customers where consultant = “袁浩然”",
        ])
    }
}
