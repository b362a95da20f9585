import FunnelTestSupport
import Testing

/// A value compared for equality is checked against the data when the statement is
/// bound: a mistyped consultant or model is refused with the nearest values (never a
/// quiet zero); an id, name or phone no row has gives the empty answer, with a note
/// when a value differs only in case or by one edit. On the demo (today 2010-10-31).
@Suite struct ValueCheckTests {
    static func run(_ text: String) throws -> StatementHarness.Run {
        StatementHarness.run(text, on: try #require(StatementHarness.demo), format: .table)
    }

    @Test(arguments: [
        ("count customers where consultant = 袁浩", "no row has consultant '袁浩' — did you mean '袁浩然'?"),
        ("count customers where model = 明瑞", "no row has model '明瑞' — did you mean '明锐'?"),
        ("count customers where model != 明瑞", "no row has model '明瑞' — did you mean '明锐'?"),
        ("count customers where model in (明锐, 晶瑞)", "no row has model '晶瑞' — did you mean '晶锐'?"),
        ("count followups where customer.model = 明瑞", "no row has customer.model '明瑞' — did you mean '明锐'?"),
        ("count traffic where consultant = 袁浩", "no row has consultant '袁浩' — did you mean '袁浩然'?"),
        ("kpi new_cards for 2010-10 where consultant = 袁浩", "no row has consultant '袁浩' — did you mean '袁浩然'?"),
        ("funnel for 2010-10 where model = 明瑞", "no row has model '明瑞' — did you mean '明锐'?"),
        ("count customers where source = xyzzy", "no row has source 'xyzzy': its values are"),
    ])
    func aValueOfAFewValuedFieldThatNoRowHasIsRefused(statement: String, message: String) throws {
        let run = try Self.run(statement)
        #expect(run.results.isEmpty)
        #expect(run.errors.first?.hasPrefix("error: " + message) == true, "\(run.errors)")
    }

    @Test(arguments: [
        "count customers where model contains 明瑞",
        "count customers where model like '明瑞%'",
        "count customers where model not like '明瑞%'",
    ])
    func containsAndLikeAreNotChecked(statement: String) throws {
        #expect(try Self.run(statement).succeeded)
    }

    @Test(arguments: [
        ("select customers where id = c000016", "no row has id 'c000016'; 'C000016' differs only in case"),
        ("select customers where id = C0000166", "no row has id 'C0000166'; the nearest is 'C000016'"),
        ("count customers where name = 王燕", "no row has name '王燕'; the nearest is"),
        ("count customers where phone = 1306734603", "no row has phone '1306734603'; the nearest is '13067346033'"),
    ])
    func anIdNameOrPhoneNoRowHasAnswersEmptyWithANote(statement: String, note: String) throws {
        let run = try Self.run(statement)
        #expect(run.succeeded, "\(run.errors)")
        #expect(run.output.contains(note), "\(run.output)")
    }

    @Test func aFarValueGetsNoNote() throws {
        let run = try Self.run("select customers where id = 'nothing like it'")
        #expect(run.succeeded)
        #expect(!run.output.contains("no row has"))
    }

    /// The demo's Done-means line: a typo exits with the right name; the real name counts.
    @Test func theRightNameCounts() throws {
        #expect(try Self.run("count customers where consultant = 袁浩然").succeeded)
    }
}
