import Foundation
import FunnelDomain
import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// KPIs, reports and funnel math through the language, on the demo dealer whose
/// numbers domain.md §5.1 works out (seed 002): October 2010 opens with 200 cards,
/// 160 visited; 100 new, 50 visited; week 40 has 100 traffic entries, 50 captured,
/// 20 follow-up.
@Suite struct AnalysisStatementTests {
    static func run(_ text: String, format: OutputFormat = .csv) throws -> String {
        StatementHarness.run(text, on: try #require(StatementHarness.demo), format: format).output
    }

    /// Parsed csv rows without the header.
    static func rows(_ text: String) throws -> [[String]] {
        Array(try run(text).split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) })
    }

    @Test(arguments: [
        ("kpi overall_visit_rate for 2010-10", "overall_visit_rate,2010-10,210,300,0.7"),
        ("kpi 总体进店率 for 2010-10", "overall_visit_rate,2010-10,210,300,0.7"),
        ("kpi new_overall_visit_rate for 2010-10", "new_overall_visit_rate,2010-10,50,100,0.5"),
        ("kpi capture_rate for 2010-W40", "capture_rate,2010-W40,50,80,0.625"),
        ("kpi showroom_traffic for 2010-W40", "showroom_traffic,2010-W40,100,,100"),
        ("kpi new_traffic for 2010-W40", "new_traffic,2010-W40,80,,80"),
        ("kpi new_cards for 2010-10", "new_cards,2010-10,100,,100"),
        ("kpi opening_stock for 2010-10", "opening_stock,2010-10,200,,200"),
        ("kpi daily_traffic for 2010-10 as of 2010-10-20", "daily_traffic,2010-10,"),
    ])
    func seedNumbers(statement: String, line: String) throws {
        let output = try Self.run(statement)
        #expect(output.split(separator: "\n").dropFirst().first.map { $0.hasPrefix(line) } == true, "\(output)")
    }

    @Test func csvColumnsAreTheIssueOnes() throws {
        let output = try Self.run("kpi first_visit_rate for 2010-10 by consultant")
        #expect(output.hasPrefix("kpi,period,consultant,numerator,denominator,value,is_total\n"))
    }

    /// The groups of a partition add up to the total, numerator and denominator, for
    /// every card KPI and both kinds of grouping field (a capture rate only by the
    /// traffic's own consultant: by anything else it is refused).
    @Test(arguments: ["consultant", "channel", "model", "grade", "status"])
    func groupsAddUpToTheTotal(field: String) throws {
        for kpi in KPI.allCases where kpi != .dailyTraffic && kpi != .planAchievement {
            if kpi == .captureRate, field != "consultant" { continue }
            let rows = try Self.rows("kpi \(kpi.name) for 2010-10 by \(field)")
            let total = try #require(rows.last)
            try #require(total.count > 4, "\(kpi) by \(field): \(rows)")
            #expect(total[2] == "", "the total row has no group value")
            let groups = rows.dropLast()
            let numerators = groups.compactMap { Int($0[3]) }.reduce(0, +)
            #expect(numerators == Int(total[3]), "\(kpi) by \(field)")
            if !total[4].isEmpty {
                let denominators = groups.compactMap { Double($0[4]) }.reduce(0, +)
                #expect(denominators == Double(total[4]), "\(kpi) by \(field)")
            }
        }
    }

    @Test func everyRateIsWithinZeroAndOne() throws {
        for kpi in KPI.allCases where kpi.definition.isProportion {
            for row in try Self.rows("kpi \(kpi.name) for 2010 by month") {
                if let value = Double(row[5]) { #expect((0...1).contains(value), "\(kpi) \(row)") }
            }
        }
    }

    @Test func eventsAddUpOverThePieces() throws {
        for kpi in ["new_cards", "orders", "deliveries", "losses", "showroom_traffic"] {
            let rows = try Self.rows("kpi \(kpi) for 2010-Q3 by month")
            #expect(rows.count == 4)
            let pieces = rows.dropLast().compactMap { Int($0[3]) }.reduce(0, +)
            #expect(pieces == Int(rows.last?[3] ?? ""), "\(kpi)")
        }
    }

    @Test func aTotalRowIsNullAndMarkedInJSONAndSaysTotalInATable() throws {
        let json = try Self.run("kpi orders for 2010-10 by grade", format: .json)
        #expect(json.contains(#"{"name":"value","type":"number"},{"name":"is_total","type":"boolean"}]"#), "\(json)")
        #expect(json.contains(#"["orders","2010-10","N",0,null,0,false],["orders","2010-10",null,35,null,35,true]]"#))
        let table = try Self.run("kpi orders for 2010-10 by grade", format: .table)
        #expect(table.split(separator: "\n").last?.contains("total") == true)
    }

    /// No card is both captured on the 31st and lost before October: the base is empty.
    @Test func aZeroDenominatorIsUndefinedNeverZero() throws {
        let empty = "kpi close_rate for 2010-10 where created = 2010-10-31 and lost < 2010-10"
        let json = try Self.run(empty, format: .json)
        #expect(json.contains(#""rows":[["close_rate","2010-10",0,0,null]]"#), "\(json)")
        #expect(try Self.run(empty, format: .table).contains("n/a"))
    }

    @Test func explainShowsTheSeedArithmeticAndHowToListEachTerm() throws {
        let text = try Self.run("explain kpi overall_visit_rate for 2010-10", format: .table)
        #expect(text.contains("= (visited in opening + visited in new) ÷ (opening + new)"))
        #expect(text.contains("= (160 + 50) ÷ (200 + 100)"))
        #expect(text.contains("= 70.0%"))
        #expect(text.contains("explain kpi overall_visit_rate for 2010-10 term visited_in_opening"))
        let listed = try Self.rows("explain kpi overall_visit_rate for 2010-10 term visited_in_opening")
        #expect(listed.count == 160)
        let opening = try Self.rows("explain kpi overall_visit_rate for 2010-10 term opening")
        #expect(opening.count == 200)
    }

    /// Each term's list_with statement lists exactly as many rows as the term counts,
    /// with the explanation's own where clause.
    @Test(arguments: ["overall_visit_rate", "new_traffic", "close_rate", "closing_stock", "first_visit_rate"])
    func everyTermListsItsRows(kpi: String) throws {
        let json = try Self.run("explain kpi \(kpi) for 2010-10 where channel in (walkin, phone)", format: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let names = try #require(object["columns"] as? [[String: String]]).map { $0["name"] ?? "" }
        let rows = try #require(object["rows"] as? [[Any]])
        let terms = rows.map { Dictionary(uniqueKeysWithValues: zip(names, $0)) }
        #expect(!terms.isEmpty)
        for term in terms {
            guard let statement = term["list_with"] as? String, let count = term["count"] as? Int else { continue }
            #expect(statement.hasSuffix("where channel in (walkin, phone)"), "\(statement)")
            let listed = try Self.rows(statement)
            #expect(listed.count == count, "\(statement)")
        }
    }

    @Test func theFunnelNeverGrowsAndIsDrawn() throws {
        let rows = try Self.rows("funnel for 2010-10")
        let counts = rows.compactMap { Int($0[2]) }
        #expect(counts.count == 6)
        #expect(Array(counts.dropFirst()) == Array(counts.dropFirst()).sorted(by: >))
        let table = try Self.run("funnel for 2010-10", format: .table)
        #expect(table.contains("█"))
        let csv = try Self.run("funnel for 2010-10")
        #expect(!csv.contains("█"))
    }

    /// Each group's funnel is the total's rows by group: the groups add up to the total.
    @Test(arguments: ["consultant", "channel", "model", "status"])
    func funnelGroupsAddUp(field: String) throws {
        let rows = try Self.rows("funnel for 2010-10 by \(field)")
        let total = try #require(rows.last)
        for column in 1...6 {
            let sum = rows.dropLast().compactMap { Int($0[column]) }.reduce(0, +)
            #expect(sum == Int(total[column]), "\(field) column \(column)")
        }
    }

    @Test func inventoryHoldsItsIdentityAndNamesWhereDeliveriesCameFrom() throws {
        let text = try Self.run("inventory for 2010-Q3 by month")
        #expect(text.contains("2010-07,213,90,24,57,81,222,ok"))
        #expect(text.contains("2010-Q3,213,280,76,217,293,200,ok"))
        #expect(text.contains("opening cards that had ordered"))
        let json = try Self.run("inventory for 2010-10", format: .json)
        #expect(json.hasPrefix(#"{"statement":null,"parts":[{"title":"inventory","#))
        #expect(json.contains(#"{"title":"deliveries_came_from","#))
    }

    @Test(arguments: [
        ("plan deliveries 5 close rate 1:5", "required new prospects,5 × 5 ÷ 1,25 new prospects,25"),
        ("plan deliveries 30 for 2010-11 using 2010-10", "required base,30 ÷ 10.0% = 30 × 300 ÷ 30,300 cards,300"),
        ("score close_rate for 2010-10 target 15%", "close_rate,2010-10,0.1,0.15,98.5"),
        ("score deliveries for 2010-10 target 25 up 1.3 down 0.3", "deliveries,2010-10,30,25,126"),
        ("compare close_rate for 2010-10 vs 2010-09", "close_rate,0.1,0.0798722,"),
    ])
    func funnelMath(statement: String, line: String) throws {
        let output = try Self.run(statement)
        #expect(output.contains(line), "\(output)")
    }

    /// A structure's dimension is named by its field in any of the field's names.
    @Test(arguments: [("structure by 渠道", "structure by channel"), ("structure by 意向级别", "structure by grade"),
                      ("structure by Model", "structure by model"), ("structure by 卡龄", "structure by age band")])
    func structureByAnyNameOfItsField(named: String, canonical: String) throws {
        #expect(try Self.run(named) == Self.run(canonical))
    }

    /// Every report and work list runs on the demo data.
    @Test(arguments: [
        "funnel", "funnel for 2010-10 by model", "inventory for 2010-10", "lost reasons for 2010-10",
        "structure by channel", "structure by model", "structure by source", "structure by age band",
        "capture progress for 2010-10 by day", "capture progress for 2010-10 by week",
        "followup effect for 2010-10 by consultant", "conversion for 2010-10 by channel",
        "conversion for 2010-10 by consultant", "due", "due 2010-10-31", "overdue", "overdue as of 2010-10-15",
        "contacted 2010-10-30", "dormant eligible", "duplicate cards", "kpi plan_achievement for 2010-10",
        "kpi closing_stock for 2010-10 by month, consultant", "explain kpi plan_achievement for 2010-W39",
        "漏斗 for 2010-10", "进销存 for 2010-10", "重复客户", "inventory for 2010-10 by consultant",
        "inventory for 2010-Q3 by month, model", "lost reasons for 2010-10 by consultant", "structure by consultant",
        "structure by consultant, grade", "structure by model, age band", "capture progress for 2010-10 by consultant",
        "capture progress for 2010-10 by week, channel", "score close_rate for 2010-10 target 12% by consultant",
        "score deliveries for 2010-Q3 target 25 by month",
    ])
    func runs(statement: String) throws {
        let output = try Self.run(statement)
        #expect(!output.hasPrefix("error"), "\(output)")
        #expect(output.split(separator: "\n").count >= 2, "\(output)")
    }

    @Test(arguments: [
        ("kpi overal_visit_rate for 2010-10", "error: unknown KPI 'overal_visit_rate' — did you mean 'overall_visit_rate'? (help kpis lists them all)"),
        ("kpi orders for 2010-12", "error: 2010-12 starts after today (2010-10-31): nothing in it has happened yet"),
        ("explain kpi overall_visit_rate for 2010-10 term visits", "error: overall_visit_rate has no term 'visits': its terms are visited_in_opening, visited_in_new, opening, new"),
        ("plan deliveries 5 close rate 5:1", "error: a close rate is sales in prospects, both above 0 and sales no more than prospects (1:5 is one sale in five)"),
        ("structure by colour", "error: 'colour' is no card field: structure is by age band or a card field (grade, channel, model, source, consultant, ...)"),
        ("structure by age band, grade", "error: the age band comes last: structure by consultant, age band breaks each consultant's cards down by age"),
        ("structure by consultant, grade, model", "error: structure is by at most two breakdowns: a card field, then another or the age band (structure by consultant, grade)"),
        ("inventory for 2010-10 by consultant, model", "error: group by at most one card field (and one of day, week, month, quarter, year)"),
        ("lost reasons for 2010-10 by month", "error: lost reasons is by a card field (consultant, model, channel, ...); for time, use kpi ... by month"),
        ("kpi orders for 2010-10 by created", "error: cannot group a KPI by the date created: group by a grain of P (by week, by month) or by a field of text, a choice or yes/no"),
        ("kpi orders for 2010-10 order by value", "error: kpi cannot be ordered: its rows come in their own order"),
    ])
    func rejects(statement: String, message: String) throws {
        let output = try Self.run(statement)
        #expect(output.split(separator: "\n").first.map(String.init) == message, "\(output)")
    }
}
