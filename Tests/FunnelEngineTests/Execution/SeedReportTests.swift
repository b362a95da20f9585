import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// The reports of domain.md §8.2 on `SeedReportFixture`, with every number worked out by
/// hand in the comments: seed 002's key management report, seed 001's prospect progress
/// sheet and post-delivery callbacks.
@Suite struct SeedReportTests {
    // MARK: key report

    /// October (T 10-31) against September (T 09-30). October: traffic T5-T9 (5), captured
    /// T5 T6 T7, follow-up T8: 3 ÷ (5 − 1). New K7 K10 (walk-in), K8 (phone). Opening K1-K6
    /// (K9 delivered 09-29). Closing K4 K5 K6 K7 K8; out: K1 K2 K10 delivered, K3 lost. Base
    /// 9; visited K1 K2 K4 K6 of the opening, K7 K10 of the new: 6 ÷ 9 and 2 ÷ 3. Phone or
    /// outreach K2 K3 K5 K8, visited K2: 1 ÷ 4; new K8: 0 ÷ 1. Two visit days: K1 (08-10,
    /// 10-05), K6 (09-25, 10-12), K7 (10-03, 10-25): 3 ÷ 6; new K7: 1 ÷ 2. Test drives K1 K6:
    /// 2 ÷ 9. Orders K1 K7 K10; close 3 ÷ 9.
    /// September: traffic T1-T4, captured T1 T2, follow-up T3: 2 ÷ 3. New K2 K3 K4 K5 K6
    /// (walk-in K4 K6, phone K2 K5, outreach K3). Opening K1 K9; closing 6 (K9 delivered).
    /// Visited K1 K9 K2 K4 K6: 5 ÷ 7, new 3 ÷ 5; phone or outreach K2 K3 K5, visited K2:
    /// 1 ÷ 3 (all new). Two visit days: K9 only: 1 ÷ 5, new 0 ÷ 3. No test drive by 09-30.
    /// Order K2, delivery K9: close 1 ÷ 7.
    @Test func keyReportAgainstThePeriodBefore() throws {
        let output = try SeedReportFixture.run("key report for 2010-10", format: .table)
        #expect(output == """
            key management report (关键管理报表) for 2010-10, against 2010-09
            kpi                     中文            2010-10  2010-09  change  relative
            ----------------------  --------------  -------  -------  ------  --------
            showroom_traffic        展厅流量              5        4       1     25.0%
            capture_rate            留档率            75.0%    66.7%     8.3     12.5%
            new_cards               留档数                3        5      -2    -40.0%
            new_cards (walkin)      进店                  2        2       0      0.0%
            new_cards (phone)       电话                  1        2      -1    -50.0%
            new_cards (outreach)    外拓                  0        1      -1   -100.0%
            opening_stock           期初库存              6        2       4    200.0%
            closing_stock           期末库存              5        6      -1    -16.7%
            overall_visit_rate      总体进店率        66.7%    71.4%    -4.8     -6.7%
            new_overall_visit_rate  新增总体进店率    66.7%    60.0%     6.7     11.1%
            first_visit_rate        首次进店率        25.0%    33.3%    -8.3    -25.0%
            new_first_visit_rate    新增首次进店率     0.0%    33.3%   -33.3   -100.0%
            return_visit_rate       再回展厅率        50.0%    20.0%    30.0    150.0%
            new_return_visit_rate   新增再回展厅率    50.0%     0.0%    50.0       n/a
            test_drive_rate         试乘试驾率        22.2%     0.0%    22.2       n/a
            orders                  订单数                3        1       2    200.0%
            deliveries              成交数                3        1       2    200.0%
            losses                  战败数                1        0       1       n/a
            close_rate              成交率            33.3%    14.3%    19.0    133.3%
            change: percentage points for a rate, the difference for a count; relative: (P − Q) ÷ Q

            """)
    }

    /// By consultant, traffic by who received it: 张强 October T6 (captured), September T4
    /// (none); his cards K3 K4 K5 K8 K9. T9 names nobody: a group of traffic only, shown
    /// with the traffic measures alone.
    @Test func keyReportByConsultant() throws {
        let rows = try Self.rows("key report for 2010-10 by consultant")
        func line(_ group: String, _ kpi: String) -> [String] {
            let row = rows.first { $0["consultant"] == group && $0["kpi"] == kpi }
            return ["2010-10", "2010-09", "change"].map { row?[$0] ?? "missing" }
        }
        #expect(line("张强", "showroom_traffic") == ["1", "1", "0"])
        #expect(line("张强", "capture_rate") == ["1", "0", "100"])
        // 张强: opening K3 K4 K5, new K8, closing K4 K5 K8; September opening K9, new K3 K4 K5.
        #expect(line("张强", "opening_stock") == ["3", "1", "2"])
        #expect(line("张强", "closing_stock") == ["3", "3", "0"])
        // Visited: K4 of K3 K4 K5 K8; September K9 K4 of K9 K3 K4 K5.
        #expect(line("张强", "overall_visit_rate") == ["0.25", "0.5", "-25"])
        // 李娜: base K1 K2 K6 K7 K10, all visited; returned K1 K6 K7; test-driven K1 K6.
        #expect(line("李娜", "overall_visit_rate") == ["1", "1", "0"])
        #expect(line("李娜", "return_visit_rate") == ["0.6", "0", "60"])
        #expect(line("李娜", "test_drive_rate") == ["0.4", "0", "40"])
        #expect(line("李娜", "deliveries") == ["3", "0", "3"])
        #expect(rows.filter { $0["consultant"] == "(none)" }.map { $0["kpi"] ?? "" }
                == ["showroom_traffic", "capture_rate"])
        #expect(line("(none)", "showroom_traffic") == ["1", "0", "1"])
        // The total block is the report without by.
        let total = rows.filter { $0["consultant"] == "" }
        let plain = try Self.rows("key report for 2010-10")
        #expect(total.map { $0["2010-10"] } == plain.map { $0["2010-10"] })
        #expect(total.map { $0["2010-09"] } == plain.map { $0["2010-09"] })
    }

    /// As of 10-15, September is counted as of 09-15: traffic T5 T8 against T1; new K7
    /// against K2 K3 K4; closing 5 on both days (K1 K2 K3 K4 K5 ... K9 still following on
    /// 09-15).
    @Test func aPeriodSoFarIsSetAgainstThePeriodBeforeUpToTheSameDay() throws {
        let output = try SeedReportFixture.run("key report for 2010-10 as of 2010-10-15")
        let rows = Self.table(output)
        func line(_ kpi: String) -> [String] {
            let row = rows.first { $0["kpi"] == kpi }
            return ["2010-10", "2010-09"].map { row?[$0] ?? "missing" }
        }
        #expect(line("showroom_traffic") == ["2", "1"])
        #expect(line("new_cards") == ["1", "3"])
        #expect(line("closing_stock") == ["5", "5"])
        let table = try SeedReportFixture.run("key report for 2010-10 as of 2010-10-15", format: .table)
        #expect(table.contains("2010-09 is counted as of 2010-09-15, as far into it as 2010-10 is into itself"))
        #expect(table.contains("for 2010-10 as of 2010-10-15, against 2010-09 as of 2010-09-15"))
    }

    // MARK: prospect progress

    /// Levels on 09-30 of the opening cards K1-K6: K1 A (P2, graded 09-20), K2 O (P0), K3 C
    /// (P4), K4 N, K5 B (P3: stored, no follow-up grades it), K6 unknown (its only grade is
    /// set 10-12). New in October: K7 website, K10 referral (李娜), K8 no source (张强).
    /// Expected orders: P1-P3 (李娜 K1, 张强 K5); expected deliveries: P0 (K2). Achieved:
    /// orders K1 K7 K10, deliveries K1 K2 K10, all 李娜. Targets: 李娜 2, 张强 1, the dealer
    /// their sum.
    @Test func prospectProgressPerConsultant() throws {
        let output = try SeedReportFixture.run("prospect progress for 2010-10")
        #expect(output == """
            consultant,P0,P1,P2,P3,P4,N,(none),total,is_total
            张强,0,0,0,1,1,1,0,3,false
            李娜,1,0,1,0,0,0,1,3,false
            ,1,0,1,1,1,1,1,6,true

            consultant,referral,website,(none),total,is_total
            张强,0,0,1,1,false
            李娜,1,1,0,2,false
            ,1,1,1,3,true

            consultant,new_cards,orders_expected,orders,deliveries_expected,deliveries,target,plan_achievement,is_total
            张强,1,1,0,0,0,1,0,false
            李娜,2,1,3,1,3,2,1.5,false
            ,3,2,3,1,3,3,1,true

            """)
        let table = try SeedReportFixture.run("prospect progress for 2010-10", format: .table)
        #expect(table.contains("the grade of 1 card on 2010-09-30 is unknown"))
        #expect(table.contains("P0 = O, P1 = H, P2 = A, P3 = B, P4 = C"))
    }

    /// By another card field: the same cards in other groups; targets are per consultant,
    /// so a channel has none (the dealer's total has).
    @Test func prospectProgressByChannel() throws {
        let output = try SeedReportFixture.run("prospect progress for 2010-10 by channel")
        let tables = output.components(separatedBy: "\n\n")
        #expect(tables.first == """
            channel,P0,P1,P2,P3,P4,N,(none),total,is_total
            walkin,0,0,1,0,0,1,1,3,false
            phone,1,0,0,1,0,0,0,2,false
            outreach,0,0,0,0,1,0,0,1,false
            ,1,0,1,1,1,1,1,6,true
            """)
        #expect(tables.last?.trimmingCharacters(in: .newlines) == """
            channel,new_cards,orders_expected,orders,deliveries_expected,deliveries,target,plan_achievement,is_total
            walkin,2,1,3,0,2,,,false
            phone,1,1,0,1,1,,,false
            outreach,0,0,0,0,0,,,false
            ,3,2,3,1,3,3,1,true
            """)
    }

    // MARK: callbacks

    /// Callbacks at 1, 7, 30 days with 2 days' grace. K9 (delivered 09-29): 09-30..10-02 made
    /// 10-01, 10-06..10-08 missed, 10-29..10-31 made 10-30. K2 (10-08): 10-09..10-11 made
    /// 10-09, 10-15..10-17 missed (the call of 10-18 is late). K1 (10-20): 10-21..10-23 made
    /// 10-22, 10-27..10-29 missed. K10 (10-30): 10-31..11-02, nothing yet.
    @Test(arguments: [
        // Open on 10-31: K9's 30-day (made 10-30) and K10's 1-day, due that day.
        ("callbacks 2010-10-31", """
            id,name,phone,consultant,model,delivered,days_after,due,days_late,last_contact
            K10,王十,13800000010,李娜,昕锐,2010-10-30,1,2010-10-31,0,2010-10-29
            """),
        ("callbacks 2010-10-07", """
            id,name,phone,consultant,model,delivered,days_after,due,days_late,last_contact
            K9,王九,13800000009,张强,晶锐,2010-09-29,7,2010-10-06,1,2010-10-01
            """),
        ("callbacks 2010-10-09", """
            id,name,phone,consultant,model,delivered,days_after,due,days_late,last_contact
            """),
        // Closed in October before today (10-31): six windows, three missed; K9's 30-day
        // closes today and is still to make.
        ("callbacks missed for 2010-10", """
            id,name,phone,consultant,model,delivered,days_after,due,days_late,last_contact
            K9,王九,13800000009,张强,晶锐,2010-09-29,7,2010-10-06,25,2010-10-30
            K2,王二,13800000002,李娜,速派,2010-10-08,7,2010-10-15,16,2010-10-18
            K1,王一,13800000001,李娜,明锐,2010-10-20,7,2010-10-27,4,2010-10-22
            """),
        ("callbacks missed for 2010-09", """
            id,name,phone,consultant,model,delivered,days_after,due,days_late,last_contact
            """),
        ("callbacks missed where consultant = 李娜 order by delivered desc limit 1", """
            id,name,phone,consultant,model,delivered,days_after,due,days_late,last_contact
            K1,王一,13800000001,李娜,明锐,2010-10-20,7,2010-10-27,4,2010-10-22
            """),
        // 7 days with 3 days' grace: K2's call of 10-18 is now in time.
        ("成交回访 missed for 2010-10 at 7 grace 3 days", """
            id,name,phone,consultant,model,delivered,days_after,due,days_late,last_contact
            K9,王九,13800000009,张强,晶锐,2010-09-29,7,2010-10-06,25,2010-10-30
            K1,王一,13800000001,李娜,明锐,2010-10-20,7,2010-10-27,4,2010-10-22
            """),
        // As of 10-20 the list ends there: K2's 7-day window (10-15..10-17) is the one missed.
        ("callbacks missed as of 2010-10-20", """
            id,name,phone,consultant,model,delivered,days_after,due,days_late,last_contact
            K9,王九,13800000009,张强,晶锐,2010-09-29,7,2010-10-06,14,2010-10-01
            K2,王二,13800000002,李娜,速派,2010-10-08,7,2010-10-15,5,2010-10-18
            """),
    ])
    func callbacks(statement: String, csv: String) throws {
        let output = try SeedReportFixture.run(statement)
        #expect(output.trimmingCharacters(in: .newlines) == csv, "\(statement)\n\(output)")
    }

    @Test(arguments: [
        ("callbacks 2010-10-31",
         "1 callback to make on 2010-10-31 (成交回访): 2 open that day, 1 due on it, 1 made already; due 1, 7 and 30 "
            + "days after delivery, made by a follow-up from the due day to 2 days after it"),
        ("callbacks missed for 2010-10 limit 1",
         "3 callbacks missed in 2010-10: of 6 whose window closed in it before 2010-10-31, 3 made in time; due 1, 7 "
            + "and 30 days after delivery, made by a follow-up from the due day to 2 days after it"),
        // One day's grace: K2's call of 10-18 is late for 10-15..10-16 too.
        ("callbacks missed for 2010-10 at 7 grace 1",
         "3 callbacks missed in 2010-10: of 3 whose window closed in it before 2010-10-31, 0 made in time; due 7 "
            + "days after delivery, made by a follow-up from the due day to 1 day after it"),
    ])
    func callbackNotes(statement: String, note: String) throws {
        let output = try SeedReportFixture.run(statement, format: .table)
        #expect(output.contains(note), "\(output)")
    }

    // MARK: errors

    @Test(arguments: [
        ("key report for 2010-10 by week",
         "key report is by a card field (consultant, model, channel, ...); for time, use kpi ... by week", "week"),
        ("prospect progress for 2010-10 by consultant, grade", nil, "grade"),
        ("prospect progress for 2010-10 pivot", "prospect progress has no pivot: pivot works with count ... by and "
            + "kpi ... by", "pivot"),
        ("key report for 2010-10 order by kpi", nil, "kpi"),
        ("callbacks missed by consultant", "a work list lists cards and cannot be grouped", "consultant"),
        ("callbacks at x", "expected the days after delivery a callback is due on after 'at' (at 1, 7, 30), found 'x'",
         "x"),
        ("callbacks grace 1.5", "the days of grace must be a whole number from 0 to 10000000, not 1.5", "1.5"),
        ("callbacks at 1, -7", "the days after delivery must be a whole number from 0 to 10000000, not -7", "-7"),
        ("callbacks where days_after = 7", nil, "days_after"),
        ("key report", "expected 'for' after 'key report', found the end of the statement", ""),
        ("key reprot for 2010-10", "unknown statement 'key reprot' — did you mean 'key report'?", "key reprot"),
    ] as [(String, String?, String)])
    func rejects(statement: String, message: String?, underlined: String) throws {
        let run = StatementHarness.run(statement, on: try SeedReportFixture.dataset())
        let error = try #require(run.errors.first, "\(statement) ran")
        if let message { #expect(error.split(separator: "\n").first.map(String.init) == "error: " + message) }
        #expect(StatementHarness.underlined(in: error) == underlined, "\(error)")
    }

    static func table(_ csv: String) -> [[String: String]] { GroupFilterTests.table(csv) }

    static func rows(_ statement: String) throws -> [[String: String]] {
        table(try SeedReportFixture.run(statement))
    }
}
