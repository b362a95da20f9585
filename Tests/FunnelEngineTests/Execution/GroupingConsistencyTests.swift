import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// One grouping for every statement: `count ... by` and `kpi ... by` (and the reports)
/// give the same groups, labels and order, whatever the values look like — blank and
/// whitespace-only text and missing values are one `(none)` group, listed last, and
/// traffic without a card is `(no card)`.
@Suite struct GroupingConsistencyTests {
    /// October cards whose model is a value, empty, spaces, an ideographic space,
    /// null, or not given at all; traffic with and without a card.
    static let json = """
        {"as_of": "2010-10-31",
         "customers": [
          {"id": "C1", "created": "2010-10-01", "model": "明锐", "channel": "walkin"},
          {"id": "C2", "created": "2010-10-02", "model": "速派", "channel": "phone"},
          {"id": "C3", "created": "2010-10-03", "model": "明锐", "channel": "walkin"},
          {"id": "C4", "created": "2010-10-04", "model": "", "channel": "phone"},
          {"id": "C5", "created": "2010-10-05", "model": "   ", "channel": "walkin"},
          {"id": "C6", "created": "2010-10-06", "model": "\\u3000", "channel": "outreach"},
          {"id": "C7", "created": "2010-10-07", "model": null, "channel": "walkin"},
          {"id": "C8", "created": "2010-10-08", "channel": "phone"},
          {"id": "C9", "created": "2010-10-09", "model": "Fabia", "channel": "walkin"}
         ],
         "traffic": [
          {"id": "T1", "time": "2010-10-01", "kind": "visit", "result": "captured", "customer": "C1"},
          {"id": "T2", "time": "2010-10-05", "kind": "visit", "result": "captured", "customer": "C5"},
          {"id": "T3", "time": "2010-10-06", "kind": "visit", "result": "none"},
          {"id": "T4", "time": "2010-10-07", "kind": "call", "result": "none"}
         ]}
        """

    static let dataset: Dataset? = try? DatasetLoader().load(bytes: Array(json.utf8), file: "groups.json")

    /// (label, number) per group row of a csv result, total rows left out; groups
    /// counting 0 too unless `dropZero` (a KPI lists every card group, a count of
    /// traffic only the groups traffic falls in).
    static func groups(_ statement: String, label: Int, number: Int, dropZero: Bool = false) throws -> [String] {
        let run = StatementHarness.run(statement, on: try #require(dataset))
        #expect(run.succeeded, "\(run.errors)")
        return run.output.split(separator: "\n").dropFirst().compactMap { line in
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard cells.count > max(label, number), !cells[label].isEmpty else { return nil }
            if dropZero, cells[number] == "0" { return nil }
            return cells[label] + "=" + cells[number]
        }
    }

    @Test(arguments: [
        // (count statement, its label and count columns, kpi statement, its label and numerator columns)
        ("count customers by model", 0, 1, "kpi new_cards for 2010-10 by model", 2, 3),
        ("count customers where created in 2010-10 by model", 0, 1, "kpi new_cards for 2010-10 by model", 2, 3),
        ("count customers by model, channel", 0, 2, "kpi new_cards for 2010-10 by model, channel", 2, 4),
        ("count traffic by customer.model", 0, 1, "kpi showroom_traffic for 2010-10 by model", 2, 3),
    ])
    func countAndKPIGroupAlike(count: String, countLabel: Int, countValue: Int,
                               kpi: String, kpiLabel: Int, kpiValue: Int) throws {
        let counted = try Self.groups(count, label: countLabel, number: countValue)
        let kpis = try Self.groups(kpi, label: kpiLabel, number: kpiValue, dropZero: count.contains("traffic"))
        #expect(counted == kpis)
        #expect(!counted.isEmpty)
    }

    @Test func blanksAndMissingAreOneNoneGroupLast() throws {
        #expect(try Self.groups("count customers by model", label: 0, number: 1)
                == ["Fabia=1", "明锐=2", "速派=1", "(none)=5"])
        #expect(try Self.groups("count traffic by customer.model", label: 0, number: 1)
                == ["明锐=1", "(none)=1", "(no card)=2"])
    }

    @Test(arguments: OutputFormatCase.allCases)
    func theLabelsReadTheSameInEveryFormat(format: OutputFormatCase) throws {
        let run = StatementHarness.run("count traffic by customer.model", on: try #require(Self.dataset),
                                       format: format.format)
        #expect(run.output.contains("(none)") && run.output.contains("(no card)"), "\(run.output)")
    }
}

/// The formats, for table-driven tests.
enum OutputFormatCase: CaseIterable, Sendable {
    case table, csv, json, markdown

    var format: FunnelOutput.OutputFormat {
        switch self {
        case .table: .table
        case .csv: .csv
        case .json: .json
        case .markdown: .markdown
        }
    }
}
