import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// KPI names as docs/kpis.md says people write them, on the demo dealer; a part of
/// names lists the KPIs it is part of.
@Suite struct KPINameStatementTests {
    static func run(_ text: String, format: OutputFormat = .csv) throws -> StatementHarness.Run {
        StatementHarness.run(text, on: try #require(StatementHarness.demo), format: format)
    }

    /// KPI names with hyphens, blanks and any case, as docs/kpis.md says.
    @Test(arguments: [
        ("kpi overall-visit-rate for 2010-10", "kpi overall_visit_rate for 2010-10"),
        ("kpi Overall Visit Rate for 2010-10", "kpi overall_visit_rate for 2010-10"),
        ("kpi overall visit rate for 2010-10", "kpi overall_visit_rate for 2010-10"),
        ("kpi OVERALL_VISIT_RATE for 2010-10", "kpi overall_visit_rate for 2010-10"),
        ("kpi Overall-Visit-Rate for 2010-10 by consultant", "kpi overall_visit_rate for 2010-10 by consultant"),
        ("kpi overall－visit－rate for 2010-10", "kpi overall_visit_rate for 2010-10"),
        ("kpi overall visit rate, First-Visit-Rate for 2010-10", "kpi overall_visit_rate, first_visit_rate for 2010-10"),
        ("explain kpi Overall Visit Rate for 2010-10", "explain kpi overall_visit_rate for 2010-10"),
        ("score First Visit Rate for 2010-10 target 70%", "score first_visit_rate for 2010-10 target 70%"),
        ("compare close-rate for 2010-10 vs 2010-09", "compare close_rate for 2010-10 vs 2010-09"),
    ])
    func kpiNamesAsPeopleWriteThem(typed: String, canonical: String) throws {
        let expected = try Self.run(canonical)
        try #require(expected.succeeded, "\(expected.output)")
        #expect(try Self.run(typed).output == expected.output)
    }

    /// A part of names is an error that lists the KPIs whose English or Chinese name holds it.
    @Test(arguments: [
        ("kpi 进店率 for 2010-10",
         "'进店率' is part of the name of 4 KPIs: overall_visit_rate (总体进店率), new_overall_visit_rate (新增总体进店率), "
            + "first_visit_rate (首次进店率), new_first_visit_rate (新增首次进店率)", "进店率"),
        ("kpi visit rate for 2010-10",
         "'visit rate' is part of the name of 6 KPIs: overall_visit_rate (总体进店率), new_overall_visit_rate (新增总体进店率), "
            + "first_visit_rate (首次进店率), new_first_visit_rate (新增首次进店率), return_visit_rate (再回展厅率), "
            + "new_return_visit_rate (新增再回展厅率)", "visit rate"),
        ("kpi 留档 for 2010-10",
         "'留档' is part of the name of 2 KPIs: capture_rate (留档率/关联留档率), new_cards (留档数/新增有望客户)", "留档"),
        ("explain kpi test-drive for 2010-10",
         "'test-drive' is part of the name of 2 KPIs: test_drive_rate (试乘试驾率), new_test_drive_rate (新增试乘试驾率)",
         "test-drive"),
        ("kpi 成交 for 2010-10", "'成交' is part of the name of 2 KPIs: deliveries (成交数/零售/交车数), close_rate (成交率)",
         "成交"),
        ("kpi 完备 for 2010-10", "'完备' is part of the name of one KPI: complete_rate (客户档案完备率/档案完备率)", "完备"),
        // No KPI holds it: the nearest name, if any, as before.
        ("kpi overal_visit_rate for 2010-10",
         "unknown KPI 'overal_visit_rate' — did you mean 'overall_visit_rate'? (help kpis lists them all)",
         "overal_visit_rate"),
    ])
    func aPartOfANameListsTheKPIs(statement: String, message: String, underlined: String) throws {
        let run = try Self.run(statement)
        let error = try #require(run.errors.first)
        #expect(error.split(separator: "\n").first.map(String.init) == "error: " + message)
        #expect(StatementHarness.underlined(in: error) == underlined, "\(error)")
    }

    /// `-` is still the sign of a number and the dash of a date.
    @Test(arguments: [
        ("count customers where key_questions > -1", "count customers"),
        ("count customers where created in 2010-10", "count customers where created >= 2010-10-01 and created <= 2010-10-31"),
    ])
    func aDashIsStillASignOrADate(typed: String, canonical: String) throws {
        let expected = try Self.run(canonical)
        try #require(expected.succeeded, "\(expected.output)")
        #expect(try Self.run(typed).output == expected.output)
    }
}
