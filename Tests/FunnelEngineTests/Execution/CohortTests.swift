import FunnelOutput
import FunnelTestSupport
import Testing

/// `through D` follows a period's cards to a later day (docs/kpis.md, "A later as of
/// changes nothing; through does"): the new cards stay P's, their visits are read at D.
/// A later `as of` changes nothing and says so. On the demo (today 2010-10-31).
@Suite struct CohortTests {
    static func run(_ statement: String, format: OutputFormat = .csv) throws -> StatementHarness.Run {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo), format: format)
        #expect(run.succeeded, "\(statement): \(run.errors)")
        return run
    }

    /// The last line's last number of a csv result.
    static func last(_ csv: String, column: Int) -> String? {
        csv.split(separator: "\n").last.map { $0.split(separator: ",", omittingEmptySubsequences: false) }
            .flatMap { column < $0.count ? String($0[column]) : nil }
    }

    @Test(arguments: [("2010-09", "2010-10-31"), ("2010-09", "2010-10-05"), ("2010-07", "2010-08-31"),
                      ("2010-W38", "2010-10-31")])
    func ofAPeriodsNewCardsThoseVisitedByTheLaterDay(period: String, through: String) throws {
        let kpi = try Self.run("kpi new_overall_visit_rate for \(period) through \(through)").results
        let visited = try Self.run("count customers where created in \(period) and visited as of \(through)").results
        let new = try Self.run("count customers where created in \(period)").results
        #expect(Self.last(kpi, column: 2) == Self.last(visited, column: 0), "\(kpi)\n\(visited)")
        #expect(Self.last(kpi, column: 3) == Self.last(new, column: 0), "\(kpi)\n\(new)")
    }

    /// Through P's own end is P itself; events and stocks are P's whatever the day.
    @Test func eventsAndStocksStayThePeriods() throws {
        let kpis = "new_cards, deliveries, losses, opening_stock, closing_stock, showroom_traffic, daily_traffic"
        let plain = try Self.run("kpi \(kpis), new_overall_visit_rate for 2010-09").results
        #expect(try Self.run("kpi \(kpis), new_overall_visit_rate for 2010-09 through 2010-09-30").results == plain)
        let cohort = try Self.run("kpi \(kpis) for 2010-09 through 2010-10-31").results
        #expect(cohort == plain.split(separator: "\n").dropLast().joined(separator: "\n") + "\n")
    }

    @Test func aLaterAsOfChangesNothingAndSaysSo() throws {
        let plain = try Self.run("kpi new_overall_visit_rate for 2010-09", format: .table).output
        let later = try Self.run("kpi new_overall_visit_rate for 2010-09 as of 2010-10-31", format: .table).output
        #expect(later == plain + "as of 2010-10-31 is after 2010-09 ends (2010-09-30): 2010-09 is counted to 2010-09-30 "
                + "as without it; to follow 2010-09's cards to 2010-10-31, say through 2010-10-31\n")
        let within = try Self.run("kpi new_overall_visit_rate for 2010-10 as of 2010-10-20", format: .table).output
        #expect(!within.contains("is after"))
    }

    @Test(arguments: [
        ("kpi new_cards for 2010-10 through 2010-09-01",
         "through 2010-09-01 is before 2010-10 starts (2010-10-01): through follows 2010-10's cards to a later day",
         "2010-09-01"),
        ("kpi new_cards for 2010-09 through 2010-11-09",
         "through 2010-11-09 is after today (2010-10-31): nothing after today has happened yet", "2010-11-09"),
        ("inventory for 2010-09 through 2010-10-31",
         "inventory cannot follow cards through a later day: through is for kpi, explain, score and funnel (kpi new_overall_visit_rate for 2010-09 through 2010-10-31); for a past day, say as of",
         "2010-10-31"),
        ("funnel through 2010-10-20", "funnel needs a period: funnel for 2010-10", "2010-10-20"),
    ])
    func refused(statement: String, message: String, underlined: String) throws {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo))
        let error = try #require(run.errors.first)
        #expect(error.hasPrefix("error: " + message + "\n"), "\(error)")
        #expect(StatementHarness.underlined(in: error) == underlined)
    }
}
