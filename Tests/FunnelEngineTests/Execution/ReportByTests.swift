import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// `by` on the reports: inventory, lost reasons, structure, capture progress and score
/// take a card field (inventory and capture progress a grain too, structure two
/// breakdowns). Exact results on the fixture; on the demo, every group total is its
/// rows' sum and the whole total is the report's without `by`.
@Suite struct ReportByTests {
    @Test(arguments: [
        // 李娜: C1 opening, C2 C5 new, all three following; 张强: C3 opening, lost 2010-10-02.
        ("inventory for 2010-10 by consultant", """
            period,consultant,opening,in,deliveries,losses,out,closing,check,is_total
            2010-10,张强,1,0,0,1,1,0,ok,false
            2010-10,李娜,1,2,0,0,0,3,ok,false
            2010-10,,2,2,0,1,1,3,ok,true
            """),
        // Every reason in every group, shares of the group's losses (none: n/a).
        ("lost reasons for 2010-10 by consultant", """
            consultant,lost_reason,中文,cards,share,is_total
            张强,competitor,已购竞品,1,1,false
            张强,same_brand,已购同品牌,0,0,false
            张强,gave_up,放弃购车,0,0,false
            张强,out_of_region,地域限制,0,0,false
            张强,unreachable,无法联系,0,0,false
            张强,(none),未填写,0,0,false
            张强,,,1,1,true
            李娜,competitor,已购竞品,0,,false
            李娜,same_brand,已购同品牌,0,,false
            李娜,gave_up,放弃购车,0,,false
            李娜,out_of_region,地域限制,0,,false
            李娜,unreachable,无法联系,0,,false
            李娜,(none),未填写,0,,false
            李娜,,,0,,true
            ,,,1,1,true
            """),
        ("lost reasons for 2010-10 where lost_reason = competitor", """
            lost_reason,中文,cards,share,is_total
            competitor,已购竞品,1,1,false
            ,,1,1,true
            """),
        // The groups are those of the cards following at T: 张强 has none.
        ("structure by consultant, grade", """
            consultant,grade,中文,cards,share,is_total
            李娜,O,O级,0,0,false
            李娜,H,H级,1,0.333333,false
            李娜,A,A级,1,0.333333,false
            李娜,B,B级,0,0,false
            李娜,C,C级,0,0,false
            李娜,N,N级,1,0.333333,false
            李娜,,,3,1,true
            ,,,3,1,true
            """),
        ("structure by consultant", """
            consultant,中文,cards,share,is_total
            李娜,李娜,3,1,false
            ,,3,1,true
            """),
        ("structure by grade where grade in (H, A)", """
            grade,中文,cards,share,is_total
            H,H级,1,0.5,false
            A,A级,1,0.5,false
            ,,2,1,true
            """),
        ("structure by status, age band where channel = phone", """
            status,age_band,中文,cards,share,is_total
            order,0-7,0-7天,0,0,false
            order,8-15,8-15天,0,0,false
            order,16-30,16-30天,1,1,false
            order,31-60,31-60天,0,0,false
            order,61-90,61-90天,0,0,false
            order,>90,90天以上,0,0,false
            order,,,1,1,true
            active,0-7,0-7天,1,1,false
            active,8-15,8-15天,0,0,false
            active,16-30,16-30天,0,0,false
            active,31-60,31-60天,0,0,false
            active,61-90,61-90天,0,0,false
            active,>90,90天以上,0,0,false
            active,,,1,1,true
            ,,,2,1,true
            """),
        // Traffic by its own consultant: October's three entries name nobody.
        ("capture progress for 2010-10 by consultant", """
            consultant,traffic,new_traffic,captures,capture_rate,walkin,phone,outreach,new_cards,is_total
            张强,0,0,0,,0,0,0,0,false
            李娜,0,0,0,,0,2,0,2,false
            (none),3,2,1,0.5,0,0,0,0,false
            ,3,2,1,0.5,0,2,0,2,true
            """),
        ("score new_cards for 2010-10 target 2 by consultant", """
            kpi,period,consultant,value,target,score,is_total
            new_cards,2010-10,张强,0,2,70,false
            new_cards,2010-10,李娜,2,2,100,false
            new_cards,2010-10,,2,2,100,true
            """),
    ])
    func fixture(statement: String, csv: String) throws {
        let output = try Fixture.run(statement)
        let first = output.components(separatedBy: "\n\n").first ?? output
        #expect(first.trimmingCharacters(in: .newlines) == csv, "\(statement)\n\(output)")
    }

    /// A result's csv rows by column name.
    static func table(_ statement: String) throws -> [[String: String]] {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo))
        #expect(run.succeeded, "\(statement): \(run.errors)")
        let first = run.output.components(separatedBy: "\n\n").first ?? run.output
        return GroupFilterTests.table(first)
    }

    static func sums(_ rows: some Collection<[String: String]>, _ columns: [String]) -> [Int] {
        columns.map { column in rows.reduce(0) { $0 + (Int($1[column] ?? "") ?? 0) } }
    }

    static func values(_ row: [String: String]?, _ columns: [String]) -> [Int] {
        columns.map { Int(row?[$0] ?? "") ?? -1 }
    }

    static let inventory = ["opening", "in", "deliveries", "losses", "out", "closing"]
    static let capture = ["traffic", "new_traffic", "captures", "walkin", "phone", "outreach", "new_cards"]

    /// Reports by a field: the groups add up to the total row, which is the report's
    /// total without `by`.
    @Test(arguments: [
        ("inventory for 2010-10 by consultant", "consultant", inventory, "inventory for 2010-10"),
        ("inventory for 2010-10 by channel where grade in (H, A, B)", "channel", inventory,
         "inventory for 2010-10 where grade in (H, A, B)"),
        ("inventory for 2010-10 by status", "status", inventory, "inventory for 2010-10"),
        ("capture progress for 2010-10 by consultant", "consultant", capture, "capture progress for 2010-10"),
        ("capture progress for 2010-10 by model", "model", capture, "capture progress for 2010-10"),
        ("capture progress for 2010-Q3 by channel where consultant != 黄杰", "channel", capture,
         "capture progress for 2010-Q3 by month where consultant != 黄杰"),
    ])
    func groupsAddUpToTheTotal(statement: String, group: String, columns: [String], whole: String) throws {
        let rows = try Self.table(statement)
        let total = try #require(rows.last)
        #expect(total[group] == "")
        #expect(rows.dropLast().allSatisfy { $0[group] != "" })
        #expect(Self.sums(rows.dropLast(), columns) == Self.values(total, columns), "\(statement)")
        #expect(Self.values(total, columns) == Self.values(try Self.table(whole).last, columns), "\(statement)")
        if columns.contains("opening") {
            #expect(rows.allSatisfy { $0["check"] == "ok" }, "\(statement)")
        }
    }

    /// By a grain and a field: each piece's groups add up to the piece's total row, which
    /// is the piece's row without the field.
    @Test(arguments: [
        ("inventory for 2010-Q3 by month, consultant", "period", "consultant", inventory, "inventory for 2010-Q3 by month"),
        ("capture progress for 2010-10 by week, channel", "week", "channel", capture,
         "capture progress for 2010-10 by week"),
        ("capture progress for 2010-10 by consultant, week", "week", "consultant", capture,
         "capture progress for 2010-10 by week"),
    ])
    func piecesOfGroups(statement: String, piece: String, group: String, columns: [String], whole: String) throws {
        let rows = try Self.table(statement)
        let pieces = try Self.table(whole)
        var pending: [[String: String]] = []
        var totals: [[String: String]] = []
        for row in rows.dropLast() {
            if row[group] == "" {
                #expect(!pending.isEmpty)
                #expect(Self.sums(pending, columns) == Self.values(row, columns), "\(statement) \(row)")
                totals.append(row)
                pending = []
            } else {
                pending.append(row)
            }
        }
        #expect(pending.isEmpty)
        #expect(totals.map { Self.values($0, columns) } == pieces.dropLast().map { Self.values($0, columns) })
        #expect(totals.map { $0[piece] } == pieces.dropLast().map { $0[piece] })
        #expect(Self.values(rows.last, columns) == Self.values(pieces.last, columns))
    }

    /// Lost reasons and structure within groups: each group's rows add up to its total
    /// row, the groups' totals to the whole, and each value over the groups to the
    /// report without `by`.
    @Test(arguments: [
        ("lost reasons for 2010-10 by consultant", "consultant", "lost_reason", "lost reasons for 2010-10"),
        ("lost reasons for 2010-Q3 by model where channel = walkin", "model", "lost_reason",
         "lost reasons for 2010-Q3 where channel = walkin"),
        ("structure by consultant, grade", "consultant", "grade", "structure by grade"),
        ("structure by channel, model", "channel", "model", "structure by model"),
        ("structure by grade, age band where consultant in (刘凯, 刘斌)", "grade", "age_band",
         "structure by age band where consultant in (刘凯, 刘斌)"),
    ])
    func sharesWithinGroups(statement: String, group: String, key: String, whole: String) throws {
        let rows = try Self.table(statement)
        let plain = try Self.table(whole)
        var pending: [[String: String]] = []
        var byValue: [String: Int] = [:]
        var groupTotals = 0
        for row in rows.dropLast() {
            #expect(row[group] != "")
            if row[key] == "" {
                #expect(Self.sums(pending, ["cards"]) == Self.values(row, ["cards"]), "\(statement) \(row)")
                groupTotals += Int(row["cards"] ?? "") ?? 0
                pending = []
            } else {
                pending.append(row)
                byValue[row[key] ?? "", default: 0] += Int(row["cards"] ?? "") ?? 0
            }
        }
        let total = try #require(rows.last)
        #expect(total[group] == "" && total[key] == "")
        #expect(Int(total["cards"] ?? "") == groupTotals)
        #expect(total["cards"] == plain.last?["cards"])
        for row in plain.dropLast() where (Int(row["cards"] ?? "") ?? 0) > 0 {
            #expect(byValue[row[key] ?? ""] == Int(row["cards"] ?? ""), "\(statement): \(row)")
        }
    }

    /// A structure by a field is the count of the cards following, by that field.
    @Test(arguments: ["consultant", "model", "source", "status"])
    func structureIsTheFollowingCardsCounted(field: String) throws {
        let structure = try Self.table("structure by \(field)")
        let counted = try Self.table("count customers where status = following by \(field)")
        let expected = Dictionary(uniqueKeysWithValues: counted.map { ($0[field] ?? "", $0["count"] ?? "") })
        for row in structure.dropLast() where row["cards"] != "0" {
            #expect(expected[row[field] ?? ""] == row["cards"], "\(field): \(row)")
        }
        #expect(structure.dropLast().filter { $0["cards"] != "0" }.count == counted.count)
    }

    /// A score per group is the KPI per group scored against the one target.
    @Test func scoresPerGroupAreTheKPIsPerGroup() throws {
        let scores = try Self.table("score close_rate for 2010-10 target 12% by consultant")
        let kpis = try Self.table("kpi close_rate for 2010-10 by consultant")
        #expect(scores.map { $0["consultant"] } == kpis.map { $0["consultant"] })
        #expect(scores.map { $0["value"] } == kpis.map { $0["value"] })
        #expect(scores.allSatisfy { $0["target"] == "0.12" })
        let whole = try Self.table("score close_rate for 2010-10 target 12%")
        #expect(scores.last?["score"] == whole.last?["score"])
        let table = StatementHarness.run("score close_rate for 2010-10 target 12% by consultant",
                                         on: try #require(StatementHarness.demo), format: .table).output
        #expect(table.contains("every group is scored against the same target"), "\(table)")
    }
}
