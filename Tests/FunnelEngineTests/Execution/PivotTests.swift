import Foundation
import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// `... by A, B pivot`: A's values down, B's across, a total column and a total row;
/// the same shape in every format, and totals that are the statement's own totals
/// without the pivot (a KPI over the row or column, not a sum of its cells' rates).
@Suite struct PivotTests {
    static func csv(_ statement: String, on dataset: Dataset? = StatementHarness.demo) throws -> String {
        let run = StatementHarness.run(statement, on: try #require(dataset))
        #expect(run.succeeded, "\(statement): \(run.errors)")
        return run.output
    }

    static func table(_ statement: String) throws -> [[String: String]] {
        GroupFilterTests.table(try csv(statement))
    }

    static func header(_ statement: String) throws -> [String] {
        (try csv(statement).split(separator: "\n").first ?? "").split(separator: ",", omittingEmptySubsequences: false)
            .map(String.init)
    }

    @Test(arguments: [
        ("count customers by consultant, channel pivot", """
            consultant,walkin,phone,outreach,total,is_total
            张强,1,0,1,2,false
            李娜,1,2,0,3,false
            ,2,2,1,5,true
            """),
        // A combination no card has is 0 for a count.
        ("kpi new_cards for 2010-10 by consultant, channel pivot", """
            consultant,walkin,phone,outreach,total,is_total
            张强,0,0,0,0,false
            李娜,0,2,0,2,false
            ,0,2,0,2,true
            """),
        // A sum of no rows is 0, an average of none empty; the totals are over the rows.
        ("sum key_questions from customers by consultant, city pivot", """
            consultant,上海,苏州,(none),total,is_total
            张强,5,0,1,6,false
            李娜,7,3,0,10,false
            ,12,3,1,16,true
            """),
        ("avg budget from customers by consultant, city pivot", """
            consultant,上海,苏州,(none),total,is_total
            张强,,,,,false
            李娜,15.5,25,,20.25,false
            ,15.5,25,,20.25,true
            """),
        // The grain first: its pieces are the rows. A rate's corner is the rate over
        // everything (2 ÷ 3), not a mean of the cells.
        ("kpi capture_rate for 2010-08..2010-10 by month, consultant pivot", """
            month,张强,李娜,(none),total,is_total
            2010-08,,1,,1,false
            2010-09,,,,,false
            2010-10,,,0.5,0.5,false
            ,,1,0.5,0.666667,true
            """),
    ])
    func fixture(statement: String, expected: String) throws {
        let output = try Self.csv(statement, on: try Fixture.session().dataset)
        #expect(output.trimmingCharacters(in: .newlines) == expected, "\(output)")
    }

    /// A pivot of counts: each row's total is the count by the first field, each
    /// column's the count by the second, the corner the count; each cell the count of
    /// its pair (0 where no row has it).
    @Test(arguments: [
        ("count customers where status = following", "consultant", "grade"),
        ("count customers where created in 2010", "channel", "month(created)"),
        ("count traffic", "customer.model", "result"),
        ("count followups where date in 2010-Q3", "kind", "customer.consultant"),
    ])
    func countTotalsAreTheCountsWithoutThePivot(statement: String, down: String, across: String) throws {
        let pivot = try Self.table("\(statement) by \(down), \(across) pivot")
        let header = try Self.header("\(statement) by \(down), \(across) pivot")
        let rows = try Self.table("\(statement) by \(down)")
        let columns = try Self.table("\(statement) by \(across)")
        let pairs = try Self.table("\(statement) by \(down), \(across)")
        let whole = try Self.table(statement)
        #expect(pivot.dropLast().map { $0[down] } == rows.map { $0[down] })
        #expect(pivot.dropLast().map { $0["total"] } == rows.map { $0["count"] })
        #expect(Array(header.dropFirst().dropLast(2)) == columns.map { $0[across] ?? "" })
        #expect(header.first == down && header.suffix(2) == ["total", "is_total"])
        let totalRow = try #require(pivot.last)
        #expect(totalRow[down] == "" && totalRow["is_total"] == "true")
        for column in columns { #expect(totalRow[column[across] ?? ""] == column["count"], "\(column)") }
        #expect(totalRow["total"] == whole.first?["count"])
        var counted: [String: String] = [:]
        for pair in pairs { counted["\(pair[down] ?? "")|\(pair[across] ?? "")"] = pair["count"] }
        for row in pivot.dropLast() {
            for column in columns {
                let label = column[across] ?? ""
                #expect(row[label] == counted["\(row[down] ?? "")|\(label)"] ?? "0", "\(row[down] ?? "") \(label)")
            }
        }
    }

    /// A pivot of a KPI: a cell is the KPI of its two groups, the total column the KPI
    /// by the rows' item alone, the total row the KPI by the columns' alone, the corner
    /// the KPI's total.
    @Test(arguments: [
        ("new_cards", "2010", "consultant", "month"),
        ("close_rate", "2010-10", "consultant", "channel"),
        ("first_visit_rate", "2010-Q3", "month", "consultant"),
        ("new_traffic", "2010-10", "consultant", "model"),
        ("overall_visit_rate", "2010-10", "grade", "channel"),
        ("plan_achievement", "2010-Q3", "consultant", "month"),
    ])
    func kpiTotalsAreTheKPIWithoutThePivot(kpi: String, period: String, down: String, across: String) throws {
        let statement = "kpi \(kpi) for \(period)"
        let pivot = try Self.table("\(statement) by \(down), \(across) pivot")
        let header = try Self.header("\(statement) by \(down), \(across) pivot")
        let rows = try Self.table("\(statement) by \(down)").dropLast()
        let columns = try Self.table("\(statement) by \(across)").dropLast()
        let pairs = try Self.table("\(statement) by \(down), \(across)").dropLast()
        let whole = try Self.table(statement)
        #expect(pivot.dropLast().map { $0[down] } == rows.map { $0[down] })
        #expect(pivot.dropLast().map { $0["total"] } == rows.map { $0["value"] })
        #expect(Array(header.dropFirst().dropLast(2)) == columns.map { $0[across] ?? "" })
        let totalRow = try #require(pivot.last)
        #expect(totalRow[down] == "" && totalRow["is_total"] == "true")
        for column in columns { #expect(totalRow[column[across] ?? ""] == column["value"], "\(column)") }
        #expect(totalRow["total"] == whole.first?["value"])
        for pair in pairs {
            let row = pivot.first { $0[down] == pair[down] }
            #expect(row?[pair[across] ?? ""] == pair["value"], "\(pair)")
        }
    }

    /// Every format carries the same shape: a column per value of the second field, a
    /// total column, and a total row marked as total rows are (empty or null group and
    /// `is_total` in csv and json, `total` in a table and in markdown); a column of no
    /// value is `(none)`.
    @Test(arguments: OutputFormatCase.allCases)
    func everyFormatHasTheShape(format: OutputFormatCase) throws {
        let statement = "count traffic where time in 2010-10 by customer.model, result pivot"
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo), format: format.format)
        #expect(run.succeeded)
        let output = run.output
        switch format {
        case .csv:
            #expect(output.hasPrefix("customer.model,captured,followup,none,total,is_total\n"))
            #expect(output.contains("\n(no card),0,0,"))
            let last = output.split(separator: "\n").last ?? ""
            #expect(last.hasPrefix(",") && last.hasSuffix(",true"))
        case .json:
            let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
            let columns = try #require(object["columns"] as? [[String: String]])
            #expect(columns.map { $0["name"] ?? "" }
                    == ["customer.model", "captured", "followup", "none", "total", "is_total"])
            let rows = try #require(object["rows"] as? [[Any]])
            #expect(rows.allSatisfy { $0.count == 6 })
            #expect(rows.last?.first is NSNull && rows.last?.last as? Bool == true)
            #expect(rows.dropLast().allSatisfy { $0.first is String && $0.last as? Bool == false })
        case .markdown:
            #expect(output.hasPrefix("| customer.model | captured | followup | none | total |\n"))
            #expect(output.contains("| **total** |"))
        case .table:
            let lines = output.split(separator: "\n")
            #expect(lines.first?.hasPrefix("customer.model") == true)
            #expect(lines.last?.hasPrefix("total") == true, "\(output)")
        }
    }

    /// A column of the rows without a value is headed `(none)` in every format.
    @Test(arguments: OutputFormatCase.allCases)
    func theNoneColumnIsHeadedAlike(format: OutputFormatCase) throws {
        let statement = "count customers where status = following by grade, model pivot"
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo), format: format.format)
        let header = run.output.split(separator: "\n").first.map(String.init) ?? ""
        #expect(header.contains("(none)"), "\(run.output)")
    }

    /// A KPI pivot says which KPI its cells are and what its totals are, above and under
    /// the table; several KPIs give one pivot each.
    @Test func aKPIPivotSaysWhatItsCellsAre() throws {
        let table = StatementHarness.run("kpi close_rate for 2010-10 by consultant, channel pivot",
                                         on: try #require(StatementHarness.demo), format: .table).output
        #expect(table.hasPrefix("close_rate for 2010-10:\n"), "\(table)")
        #expect(table.contains("not sums or averages of the cells"))
        let json = try Self.csv("kpi new_cards, orders for 2010-10 by consultant, channel pivot")
        #expect(json.contains("consultant,walkin,phone,outreach,total,is_total\n"))
        let both = StatementHarness.run("kpi new_cards, orders for 2010-10 by consultant, channel pivot",
                                        on: try #require(StatementHarness.demo), format: .json).output
        let object = try #require(try JSONSerialization.jsonObject(with: Data(both.utf8)) as? [String: Any])
        let parts = try #require(object["parts"] as? [[String: Any]])
        #expect(parts.map { $0["title"] as? String } == ["new_cards", "orders"])
    }

    @Test(arguments: [
        ("count customers by consultant pivot",
         "error: pivot needs a by of two items, the rows' and the columns' (by consultant, grade pivot); there is one"),
        ("count customers pivot",
         "error: pivot needs a by of two items, the rows' and the columns' (by consultant, grade pivot); there is no by"),
        ("count customers by consultant, grade, channel pivot",
         "error: pivot needs a by of two items, the rows' and the columns' (by consultant, grade pivot); there are 3"),
        ("kpi new_cards for 2010 by month pivot",
         "error: pivot needs a by of two items, the rows' and the columns' (by consultant, grade pivot); there is one"),
        ("funnel for 2010-10 by consultant pivot", "error: funnel has no pivot: pivot works with count ... by and kpi ... by"),
        ("select customers pivot", "error: select has no pivot: pivot works with count ... by and kpi ... by"),
        ("count customers by consultant, grade pivot order by count",
         "error: a pivot cannot be ordered: its rows come in their own order"),
        ("count customers by consultant, grade pivot limit 3", "error: a pivot takes no limit"),
        ("min created from customers by consultant, grade pivot",
         "error: a pivot's cells are numbers; min_created is not a number (pivot count, sum, avg, min or max of a number)"),
    ])
    func refuses(statement: String, message: String) throws {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo))
        #expect(run.errors.first?.split(separator: "\n").first.map(String.init) == message, "\(run.output)")
    }
}
