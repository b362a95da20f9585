import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// A `where` on the grouping field keeps only the groups it matches, in every
/// grouped statement: the groups are those of the cards (and traffic) the `where`
/// keeps, as for `count ... by`.
@Suite struct GroupFilterTests {
    /// A csv result as rows of cells keyed by column name, the header left out (the
    /// first table of a result in several).
    static func table(_ csv: String) -> [[String: String]] {
        let csv = csv.components(separatedBy: "\n\n").first ?? csv
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard let header = lines.first?.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        else { return [] }
        return lines.dropFirst().map { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            var row: [String: String] = [:]
            for (index, name) in header.enumerated() where index < cells.count && row[name] == nil {
                row[name] = cells[index]
            }
            return row
        }
    }

    /// The distinct non-empty values of a column.
    static func labels(_ csv: String, column: String) -> [String] {
        var seen: [String] = []
        for row in table(csv) {
            if let value = row[column], !value.isEmpty, !seen.contains(value) { seen.append(value) }
        }
        return seen
    }

    static func run(_ statement: String, on dataset: Dataset?) throws -> String {
        let run = StatementHarness.run(statement, on: try #require(dataset))
        #expect(run.succeeded, "\(statement): \(run.errors)")
        return run.output
    }

    @Test(arguments: [
        // (statement, the grouping column, the groups it lists)
        ("followup effect for 2010-10 by consultant where consultant in (刘凯, 刘斌)", "consultant", ["刘凯", "刘斌"]),
        ("conversion for 2010-10 by consultant where consultant in (刘凯, 刘斌)", "consultant", ["刘凯", "刘斌"]),
        ("kpi first_visit_rate for 2010-10 by consultant where consultant in (刘凯, 刘斌)", "consultant",
         ["刘凯", "刘斌"]),
        ("kpi capture_rate for 2010-10 by consultant where consultant = 刘凯", "consultant", ["刘凯"]),
        ("kpi new_cards for 2010-Q3 by month, consultant where consultant = 黄杰", "consultant", ["黄杰"]),
        ("kpi close_rate for 2010-10 by channel where channel in (phone, outreach)", "channel", ["phone", "outreach"]),
        ("kpi orders for 2010-10 by grade where grade in (H, A) and channel = walkin", "grade", ["H", "A"]),
        ("funnel for 2010-10 by consultant where consultant in (刘凯, 刘斌)", "consultant", ["刘凯", "刘斌"]),
        ("count customers by consultant where consultant in (刘凯, 刘斌)", "consultant", ["刘凯", "刘斌"]),
        ("inventory for 2010-10 by consultant where consultant in (刘凯, 刘斌)", "consultant", ["刘凯", "刘斌"]),
        ("inventory for 2010-Q3 by month, consultant where consultant = 刘斌", "consultant", ["刘斌"]),
        ("lost reasons for 2010-10 by consultant where consultant in (刘凯, 刘斌)", "consultant", ["刘凯", "刘斌"]),
        ("lost reasons for 2010-10 where lost_reason in (gave_up, competitor)", "lost_reason",
         ["competitor", "gave_up"]),
        ("structure by consultant where consultant in (刘凯, 刘斌)", "consultant", ["刘斌", "刘凯"]),
        ("structure by consultant, grade where consultant in (刘凯, 刘斌)", "consultant", ["刘凯", "刘斌"]),
        ("structure by consultant, grade where grade in (H, A)", "grade", ["H", "A"]),
        ("structure by grade where grade in (H, A)", "grade", ["H", "A"]),
        ("capture progress for 2010-10 by consultant where consultant in (刘凯, 刘斌)", "consultant",
         ["刘凯", "刘斌"]),
        ("capture progress for 2010-10 by week, channel where channel = walkin", "channel", ["walkin"]),
        ("score close_rate for 2010-10 target 12% by consultant where consultant in (刘凯, 刘斌)", "consultant",
         ["刘凯", "刘斌"]),
    ])
    func demo(statement: String, column: String, groups: [String]) throws {
        let output = try Self.run(statement, on: StatementHarness.demo)
        #expect(Set(Self.labels(output, column: column)) == Set(groups), "\(output)")
    }

    @Test(arguments: [
        ("kpi new_cards for 2010-10 by consultant where consultant = 李娜", "consultant", ["李娜"]),
        // Traffic by its own consultant: the entries nobody received are no group here.
        ("kpi showroom_traffic for 2010 by consultant where consultant = 李娜", "consultant", ["李娜"]),
        ("followup effect for 2010-10 by consultant where consultant = 张强", "consultant", ["张强"]),
        ("kpi new_cards for 2010-10 by model where model = 速派", "model", ["速派"]),
    ])
    func fixture(statement: String, column: String, groups: [String]) throws {
        let output = try Self.run(statement, on: try Fixture.session().dataset)
        #expect(Self.labels(output, column: column) == groups, "\(output)")
    }

    /// The groups a `where` keeps still add up to the total of the same `where`.
    @Test(arguments: ["new_cards", "first_visit_rate", "capture_rate", "losses", "closing_stock"])
    func theKeptGroupsAddUpToTheirTotal(kpi: String) throws {
        let filter = "where consultant in (刘凯, 刘斌, 黄杰)"
        let grouped = Self.table(try Self.run("kpi \(kpi) for 2010-10 by consultant \(filter)",
                                              on: StatementHarness.demo))
        let whole = Self.table(try Self.run("kpi \(kpi) for 2010-10 \(filter)", on: StatementHarness.demo))
        let total = try #require(grouped.last)
        #expect(total["consultant"] == "")
        #expect(total["numerator"] == whole.first?["numerator"])
        #expect(total["denominator"] == whole.first?["denominator"])
        let numerators = grouped.dropLast().compactMap { $0["numerator"].flatMap { Int($0) } }
        #expect(numerators.reduce(0, +) == Int(total["numerator"] ?? ""))
        #expect(grouped.count == 4)
    }
}
