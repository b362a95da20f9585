import FunnelTestSupport
import Testing

/// As of a past day the data shows only what was known then (domain.md §2.1): an
/// order dated later is not there, a loss reason without a loss is empty, the grade
/// is the grade then, a plan recorded at the snapshot is empty. Every statement reads
/// the same point-in-time values. On the demo (snapshot 2010-10-31).
@Suite struct PointInTimeTests {
    static func count(_ statement: String) throws -> String {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo))
        #expect(run.succeeded, "\(run.errors)")
        return run.results
    }

    @Test(arguments: ["2010-06-30", "2010-08-15", "2010-09-30", "2010-10-20"])
    func storedDatesAfterTheDayAreNotThereYet(day: String) throws {
        #expect(try Self.count("count customers where ordered is not null as of \(day)")
                == Self.count("count customers where ordered <= \(day)"))
        #expect(try Self.count("count customers where delivered is not null as of \(day)")
                == Self.count("count customers where delivered <= \(day) and created <= \(day)"))
        #expect(try Self.count("count customers where lost_reason is not null as of \(day)")
                == Self.count("count customers where lost <= \(day) and lost_reason is not null"))
        #expect(try Self.count("count customers where status = following and lost_reason is not null as of \(day)")
                == "count\n0\n")
        #expect(try Self.count("count customers where next_followup is not null as of \(day)") == "count\n0\n")
    }

    /// A card graded O but ordered after the day was not O then.
    @Test(arguments: ["2010-08-15", "2010-09-30"])
    func noOrderNoOGrade(day: String) throws {
        #expect(try Self.count("count customers where grade = O and (ordered is null or ordered > \(day)) as of \(day)")
                == "count\n0\n")
    }

    /// On the snapshot day itself everything reads as stored.
    @Test func theSnapshotDayReadsAsStored() throws {
        #expect(try Self.count("count customers where next_followup is not null")
                == Self.count("count customers where next_followup is not null as of 2010-10-31"))
        #expect(try Self.count("count customers by grade") == Self.count("count customers by grade as of 2010-10-31"))
    }

    /// A work list of a day after T is read as known at T: who was contacted after T is
    /// not known then (refused); who is due then, before the snapshot, by the cycles.
    @Test func aListOfADayAfterTIsKnownAtT() throws {
        let demo = try #require(StatementHarness.demo)
        let contacted = StatementHarness.run("contacted 2010-10-30 as of 2010-10-01", on: demo)
        #expect(contacted.errors.first?.hasPrefix("error: contacted 2010-10-30 is after the day counted as of "
                                                  + "(2010-10-01): what happened after it is not known then") == true,
                "\(contacted.errors)")
        let due = StatementHarness.run("due 2010-10-05 as of 2010-10-01", on: demo, format: .table).output
        let byCycles = StatementHarness.run("count customers where cycle_due = 2010-10-05 and following as of 2010-10-01",
                                            on: demo).results
        let listed = due.split(separator: "\n").first { $0.contains("cards: due") }.flatMap { $0.split(separator: " ").first }
        #expect(listed.map(String.init) == byCycles.split(separator: "\n").last.map(String.init), "\(due)\n\(byCycles)")
        #expect(due.contains("cycle_due"))
    }
}
