import Foundation
import FunnelGenerator
import Testing

/// The committed demo (`examples/data/demo.json`) is exactly what the generator
/// makes (and so what `funnel` opens without `--data`, generated at start-up), and
/// the worked examples of domain.md §5.1 come out of it when recounted from scratch.
@Suite struct DemoDatasetTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let examplePath = repositoryRoot.appendingPathComponent("examples/data/demo.json").path

    static func committed() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: examplePath)))
    }

    /// The demo file parsed once for all recounts.
    static let parsed: Result<ParsedDataset, any Error> = Result { try ParsedDataset(json: try committed()) }

    @Test func committedFileEqualsAFreshGeneration() throws {
        let fresh = try DemoDataset.json()
        let committed = try Self.committed()
        #expect(fresh.count == committed.count)
        // Names the first differing line rather than letting #expect print both megabytes.
        let same = fresh == committed
        let differing = zip(fresh, committed).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        let first = differing ?? min(fresh.count, committed.count)
        let line = committed.prefix(first).filter { $0 == UInt8(ascii: "\n") }.count + 1
        #expect(same, "differs from line \(line) on: regenerate with scripts/regenerate-demo")
    }

    /// The demo as the tests (and `funnel`) load it: cleanly, with the committed file's counts.
    @Test func loadsAsTheCommittedFile() throws {
        let loaded = try DemoDataset.load()
        let data = try Self.parsed.get()
        #expect(loaded.warnings.isEmpty, "\(loaded.warnings)")
        #expect(loaded.asOf?.description == data.asOf)
        #expect(loaded.customers.rowCount == data.customers.count)
        #expect(loaded.followups.rowCount == data.followups.count)
        #expect(loaded.traffic.rowCount == data.traffic.count)
        #expect(loaded.targets.rowCount == data.targets.count)
    }

    @Test func fileIsSmallAndShapedLikeASmallDealer() throws {
        let data = try Self.parsed.get()
        let size = try Self.committed().count
        #expect(size < 2_000_000)
        #expect(data.asOf == "2010-10-31")
        #expect((900...1_300).contains(data.customers.count))
        #expect(Set(data.customers.map { $0.string("consultant") }).count == 10)
        #expect(data.customers.allSatisfy { ("2010-01-01"..."2010-10-31").contains($0.day("created")) })
        let months = Set(data.targets.map { $0.string("month") })
        #expect(months == Set((1...10).map { String(format: "2010-%02d", $0) }))
    }

    /// Example 2: October 2010 queried on 2010-10-31.
    @Test func octoberVisitRates() throws {
        let data = try Self.parsed.get()
        let t = "2010-10-31"
        let opening = data.customers.filter {
            $0.day("created") < "2010-10-01" && Definitions.following($0, on: "2010-09-30")
        }
        let new = data.customers.filter { ("2010-10-01"...t).contains($0.day("created")) }
        let openingVisited = opening.filter { Definitions.visits($0, data, asOf: t) >= 1 }.count
        let newVisited = new.filter { Definitions.visits($0, data, asOf: t) >= 1 }.count
        #expect(opening.count == 200)
        #expect(openingVisited == 160)
        #expect(new.count == 100)
        #expect(newVisited == 50)
        // new_overall_visit_rate 50%, overall_visit_rate 70%.
        #expect(newVisited * 100 == 50 * new.count)
        #expect((openingVisited + newVisited) * 100 == 70 * (opening.count + new.count))

        // The inventory identity holds: closing = opening + new - deliveries - losses.
        let deliveries = data.customers.filter { ("2010-10-01"...t).contains($0.optional("delivered") ?? "") }.count
        let losses = data.customers.filter { ("2010-10-01"...t).contains($0.optional("lost") ?? "") }.count
        let closing = data.customers.filter { Definitions.following($0, on: t) }.count
        #expect(closing == opening.count + new.count - deliveries - losses)
    }

    /// Example 1: week 2010-W40 (October 4-10).
    @Test func weekFortyTraffic() throws {
        let data = try Self.parsed.get()
        #expect(DemoDataset.trafficWeekName == "2010-W40")
        #expect(DemoDataset.trafficWeek.lowerBound.description == "2010-10-04")
        #expect(DemoDataset.trafficWeek.upperBound.description == "2010-10-10")
        let week = data.traffic.filter { ("2010-10-04"..."2010-10-10").contains($0.day("time")) }
        let captured = week.filter { $0.string("result") == "captured" }.count
        let followup = week.filter { $0.string("result") == "followup" }.count
        let none = week.filter { $0.string("result") == "none" }.count
        #expect(week.count == 100)
        #expect(captured == 50)
        #expect(followup == 20)
        #expect(none == 30)
        #expect(week.count - followup == 80)  // new_traffic
        #expect(captured * 1000 == 625 * (week.count - followup))  // capture_rate 62.5%
    }

    /// Example 3: `card_age > 60` on 2010-10-01 includes cards created on 2010-08-01.
    @Test func agedCards() throws {
        let data = try Self.parsed.get()
        let following = data.customers.filter { Definitions.following($0, on: "2010-10-01") }
        let aged = following.filter { Definitions.days(from: $0.day("created"), to: "2010-10-01") > 60 }
        #expect(!aged.isEmpty)
        #expect(aged.contains { $0.day("created") == "2010-08-01" })
        #expect(Definitions.days(from: "2010-08-01", to: "2010-10-01") == 61)
        // The formula's boundary: on or before 2010-08-01 is selected, later is not.
        #expect(aged.allSatisfy { $0.day("created") <= "2010-08-01" })
        #expect(aged.count == following.filter { $0.day("created") <= "2010-08-01" }.count)
    }

    @Test func workListsAndDataQualityCasesArePresent() throws {
        let data = try Self.parsed.get()
        let t = data.asOf
        let planned = data.customers.filter {
            ["active", "order"].contains(Definitions.status($0, asOf: t))
        }.compactMap { $0.optional("next_followup") }
        #expect(planned.contains(t), "a card due on the snapshot day")
        #expect(planned.contains { $0 < t }, "an overdue card")
        let dormantEligible = data.customers.filter {
            Definitions.status($0, asOf: t) == "active" && $0.string("channel") != "walkin"
                && Definitions.days(from: $0.day("created"), to: t) > 15 && Definitions.visits($0, data, asOf: t) == 0
        }
        #expect(!dormantEligible.isEmpty)
        let byPhoneAndModel = Dictionary(grouping: data.customers.filter { !$0.string("phone").isEmpty }) {
            $0.string("phone") + "|" + $0.string("model")
        }
        #expect(byPhoneAndModel.values.contains { $0.count > 1 }, "duplicate cards")
        #expect(data.customers.contains { $0.string("name").isEmpty || $0.string("model").isEmpty
            || !ConsistencyTests.isValidPhone($0.string("phone")) }, "incomplete cards")
    }
}
