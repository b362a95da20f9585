import FunnelTestSupport
import Testing

/// Traffic has its own consultant and dealer but no channel, model or grade: a `where`
/// or `by` on those keeps traffic through its cards, and the entries that left
/// nothing have none. A traffic rate is refused there (it would read 100%); traffic
/// counts are kept, with a note saying what they leave out. On the demo.
@Suite struct TrafficThroughCardsTests {
    static func run(_ statement: String) throws -> StatementHarness.Run {
        StatementHarness.run(statement, on: try #require(StatementHarness.demo), format: .table)
    }

    @Test(arguments: [
        ("kpi capture_rate for 2010-W40 where channel = walkin", "channel", "filtered"),
        ("kpi capture_rate for 2010-W40 where model = 明锐", "model", "filtered"),
        ("kpi capture_rate for 2010-10 where consultant = 刘凯 and grade = H", "grade", "filtered"),
        ("kpi showroom_traffic, capture_rate for 2010-10 by channel", "channel", "broken down"),
        ("explain kpi capture_rate for 2010-10 where channel = phone", "channel", "filtered"),
        ("compare capture_rate for 2010-10 vs 2010-09 where model = 明锐", "model", "filtered"),
        ("score capture_rate for 2010-10 target 60% by model", "model", "broken down"),
    ])
    func aTrafficRateThroughCardsIsRefused(statement: String, field: String, how: String) throws {
        let run = try Self.run(statement)
        let message = try #require(run.errors.first)
        #expect(message.hasPrefix("error: capture_rate cannot be \(how) by \(field): traffic has no \(field)"), "\(message)")
        #expect(StatementHarness.underlined(in: message) == field)
    }

    /// By the traffic's own consultant the rate is the captured entries that consultant
    /// received over the new ones: no refusal, no note.
    @Test func byTheReceivingConsultantItIsARate() throws {
        let run = try Self.run("kpi capture_rate for 2010-10 where consultant = 刘凯")
        #expect(run.succeeded, "\(run.errors)")
        #expect(run.results.contains("66.7%"))
        #expect(!run.results.contains("kept through its cards"))
    }

    /// Counts through cards count the cards' entries and say which entries are not counted.
    @Test func trafficCountsThroughCardsSayWhatTheyLeaveOut() throws {
        let run = try Self.run("kpi showroom_traffic for 2010-10 where model = 明锐")
        #expect(run.succeeded, "\(run.errors)")
        let cards = try Self.run("count traffic where time in 2010-10 and customer.model = 明锐")
        let count = try #require(cards.results.split(separator: "\n").last).trimmingCharacters(in: .whitespaces)
        let row = try #require(run.results.split(separator: "\n").first { $0.hasPrefix("showroom_traffic") })
        #expect(row.split(separator: " ").last.map(String.init) == count, "\(run.results)")
        let unlinked = try Self.run("count traffic where time in 2010-10 and customer is null")
        let left = try #require(unlinked.results.split(separator: "\n").last).trimmingCharacters(in: .whitespaces)
        #expect(run.results.contains("traffic has no model of its own and is kept through its cards: the \(left) entries "
                                     + "of 2010-10 with no card (result none) are not counted"), "\(run.results)")
    }

    /// The capture progress report through cards keeps its counts and leaves the rate out.
    @Test func captureProgressThroughCardsHasNoRate() throws {
        for statement in ["capture progress for 2010-10 where channel = walkin", "capture progress for 2010-10 by model"] {
            let run = try Self.run(statement)
            #expect(run.succeeded, "\(run.errors)")
            let header = try #require(run.results.split(separator: "\n").first)
            #expect(!header.contains("capture_rate"), "\(statement)")
            #expect(run.results.contains("no capture_rate: traffic has no"), "\(statement)")
        }
        for statement in ["key report for 2010-10 where model = 明锐", "key report for 2010-10 by channel"] {
            let run = try Self.run(statement)
            #expect(run.succeeded, "\(run.errors)")
            let rates = run.results.split(separator: "\n").filter { $0.contains("capture_rate ") && !$0.hasPrefix("no ") }
            #expect(rates.allSatisfy { $0.hasPrefix("total") }, "\(statement): \(rates)")
            #expect(run.results.contains("no capture_rate"), "\(statement)")
        }
        let byConsultant = try Self.run("capture progress for 2010-10 by consultant")
        #expect(try #require(byConsultant.results.split(separator: "\n").first).contains("capture_rate"))
    }
}
