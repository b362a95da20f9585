import FunnelEngine
import FunnelStore
import FunnelTestSupport
import Testing

/// The reports of domain.md §8.2 on the demo dealer: the key report shows seed 002's
/// worked example for October 2010, each of its numbers is the KPI statement's, and the
/// groups of every report add up to its total.
@Suite struct SeedReportDemoTests {
    static func rows(_ statement: String) throws -> [[String: String]] {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo))
        #expect(run.succeeded, "\(statement): \(run.errors)")
        return GroupFilterTests.table(run.output)
    }

    /// All tables of a result, each as rows by column name.
    static func tables(_ statement: String) throws -> [[[String: String]]] {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo))
        #expect(run.succeeded, "\(statement): \(run.errors)")
        return run.output.components(separatedBy: "\n\n").filter { !$0.isEmpty }.map(GroupFilterTests.table)
    }

    /// Seed 002 §4.8-4.9: October 2010 opens with 200 cards (160 visited) and captures 100
    /// (50 visited): 70.0% and 50.0%.
    @Test func theKeyReportShowsTheSeedsOctober() throws {
        let run = StatementHarness.run("key report for 2010-10", on: try #require(StatementHarness.demo),
                                       format: .table)
        let lines = run.output.split(separator: "\n").map(String.init)
        let overall = try #require(lines.first { $0.hasPrefix("overall_visit_rate ") })
        let new = try #require(lines.first { $0.hasPrefix("new_overall_visit_rate ") })
        #expect(overall.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first == "70.0%")
        #expect(new.split(separator: " ", omittingEmptySubsequences: true).dropFirst(2).first == "50.0%")
        let rows = try Self.rows("key report for 2010-10")
        let opening = rows.first { $0["kpi"] == "opening_stock" }
        let newCards = rows.first { $0["kpi"] == "new_cards" }
        #expect(opening?["2010-10"] == "200")
        #expect(newCards?["2010-10"] == "100")
    }

    /// Every line of the key report is the KPI statement's value for P and for the period
    /// before (a channel's new cards: `where channel = ...`).
    @Test(arguments: ["2010-10", "2010-08", "2010-Q3", "2010-W40"])
    func eachLineIsTheKPIs(period: String) throws {
        let rows = try Self.rows("key report for \(period)")
        #expect(rows.count == 19)
        let columns = try #require(rows.first.map { Array($0.keys) })
        let previous = try #require(columns.first { $0 != period && $0.hasPrefix("2010") })
        for row in rows {
            let name = try #require(row["kpi"])
            var kpi = name
            var filter = ""
            if let open = name.firstIndex(of: "(") {
                kpi = String(name[..<open]).trimmingCharacters(in: .whitespaces)
                filter = " where channel = " + name[name.index(after: open)...].dropLast()
            }
            for (label, column) in [(period, period), (previous, previous)] {
                let value = try Self.rows("kpi \(kpi) for \(label)\(filter)").first?["value"]
                #expect(row[column] == value, "\(name) for \(label)")
            }
        }
    }

    static let counts = ["showroom_traffic", "new_cards", "new_cards (walkin)", "new_cards (phone)",
                         "new_cards (outreach)", "opening_stock", "closing_stock", "orders", "deliveries", "losses"]

    /// By a card field, each count adds up over the groups to the total, in both periods.
    @Test(arguments: ["consultant", "channel", "model", "grade"])
    func keyReportGroupsAddUp(field: String) throws {
        let rows = try Self.rows("key report for 2010-10 by \(field)")
        let total = rows.filter { $0[field] == "" }
        #expect(total.count == 19)
        for kpi in Self.counts {
            for column in ["2010-10", "2010-09"] {
                let groups = rows.filter { $0[field] != "" && $0["kpi"] == kpi }
                let sum = groups.reduce(0) { $0 + (Int($1[column] ?? "") ?? 0) }
                #expect(String(sum) == total.first { $0["kpi"] == kpi }?[column], "\(field) \(kpi) \(column)")
            }
        }
    }

    /// The levels are `count customers where status = following by consultant, grade pivot`
    /// on the day before the month (P0..P4 for O, H, A, B, C), and each consultant's total
    /// is the opening stock of `inventory ... by consultant`.
    @Test(arguments: ["2010-10", "2010-07"])
    func prospectLevelsAreGradesTheDayBefore(month: String) throws {
        let tables = try Self.tables("prospect progress for \(month)")
        let levels = try #require(tables.first)
        let dayBefore = month == "2010-10" ? "2010-09-30" : "2010-06-30"
        let pivot = try Self.rows("count customers where status = following by consultant, grade pivot as of \(dayBefore)")
        // The pivot lists the consultants and grades that have a following card; the
        // levels every consultant of the data and every level, zeros included.
        let byConsultant = Dictionary(pivot.map { ($0["consultant"] ?? "", $0) }) { first, _ in first }
        let pairs = [("P0", "O"), ("P1", "H"), ("P2", "A"), ("P3", "B"), ("P4", "C"), ("N", "N"),
                     ("(none)", "(none)"), ("total", "total")]
        var shown = 0
        for level in levels {
            let consultant = level["consultant"] ?? ""
            let grades = byConsultant[consultant]
            if grades != nil { shown += 1 }
            for (p, g) in pairs {
                #expect((level[p] ?? "0") == (grades?[g] ?? "0"), "\(consultant) \(p)")
            }
        }
        #expect(shown == pivot.count)
        let inventory = try Self.rows("inventory for \(month) by consultant")
        #expect(levels.map { $0["consultant"] } == inventory.map { $0["consultant"] })
        #expect(levels.map { $0["total"] } == inventory.map { $0["opening"] })
    }

    /// Each table's groups add up to its total row; new cards, orders and deliveries are
    /// the KPIs by consultant.
    @Test func prospectProgressAddsUp() throws {
        let tables = try Self.tables("prospect progress for 2010-10")
        #expect(tables.count == 3)
        for table in tables {
            let total = try #require(table.last)
            #expect(total["is_total"] == "true" && table.dropLast().allSatisfy { $0["is_total"] == "false" })
            for column in (table.first.map { Array($0.keys) } ?? []) where column != "consultant" {
                guard !["plan_achievement", "target", "is_total"].contains(column) else { continue }
                let sum = table.dropLast().reduce(0) { $0 + (Int($1[column] ?? "") ?? 0) }
                #expect(String(sum) == total[column], "\(column)")
            }
        }
        let expected = try #require(tables.last)
        for kpi in ["new_cards", "orders", "deliveries"] {
            let values = try Self.rows("kpi \(kpi) for 2010-10 by consultant").map { $0["value"] }
            #expect(expected.map { $0[kpi] } == values, "\(kpi)")
        }
        #expect(expected.last?["new_cards"] == tables[1].last?["total"])
    }

    /// A missed callback has no follow-up of its card from the due day to two days after
    /// it; every listed callback is due its days after delivery.
    @Test func missedCallbacksHaveNoFollowUpInTheirWindow() throws {
        let rows = try Self.rows("callbacks missed for 2010-10 limit 15")
        for row in rows {
            let id = try #require(row["id"]), due = try #require(row["due"].flatMap(Day.init(parsing:)))
            let delivered = try #require(row["delivered"].flatMap(Day.init(parsing:)))
            #expect(delivered + (Int(row["days_after"] ?? "") ?? -1) == due)
            let count = try Self.rows("count followups where customer = \"\(id)\" and date between \(due) and \(due + 2)")
            #expect(count.first?["count"] == "0", "\(id) due \(due)")
        }
    }
}
