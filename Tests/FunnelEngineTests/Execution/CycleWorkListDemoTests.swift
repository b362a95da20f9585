import FunnelStore
import FunnelTestSupport
import Testing

/// The cycle work lists and follow-up timeliness on the demo dealer (as of 2010-10-31):
/// the lists agree with the card fields they are made of, on the snapshot day and
/// before it, where due and overdue become the cycle lists and say so.
@Suite struct CycleWorkListDemoTests {
    static func run(_ statement: String) throws -> StatementHarness.Run {
        let run = StatementHarness.run(statement, on: try #require(StatementHarness.demo))
        #expect(run.succeeded, "\(run.errors)")
        return run
    }

    /// The rows of a csv result, header left out.
    static func rows(_ statement: String) throws -> [Substring] {
        Array(try run(statement).results.split(separator: "\n").dropFirst())
    }

    static func count(_ statement: String) throws -> Int {
        let rows = try rows(statement)
        return rows.first.flatMap { Int($0) } ?? -1
    }

    @Test(arguments: ["2010-10-31", "2010-10-15", "2010-09-30", "2010-06-30"])
    func listsAreTheirFields(day: String) throws {
        let t = try #require(Day(parsing: day))
        let overdue = try Self.rows("overdue by cycle as of \(day)")
        #expect(!overdue.isEmpty)
        #expect(overdue.count == (try Self.count("count customers where days_late > 0 as of \(day)")))
        #expect(try Self.rows("due tomorrow as of \(day)").count
                == (try Self.count("count customers where cycle_due = \(t + 1) as of \(day)")))
        // Every card listed is late by its own cycle_due.
        for row in overdue {
            let cells = row.split(separator: ",", omittingEmptySubsequences: false)
            let due = try #require(cells.dropLast().last.flatMap { Day(parsing: $0) })
            #expect(cells.last.flatMap { Int($0) } == t - due, "\(row)")
        }
    }

    @Test(arguments: ["2010-10-15", "2010-09-30", "2010-06-30"])
    func beforeTheSnapshotDueAndOverdueFollowTheCycles(day: String) throws {
        let t = try #require(Day(parsing: day))
        #expect(try Self.run("overdue as of \(day)").results == Self.run("overdue by cycle as of \(day)").results)
        #expect(try Self.rows("due \(day)").count
                == (try Self.count("count customers where cycle_due = \(day) as of \(day)")))
        let note = "next_followup is the plan recorded on 2010-10-31; on \(t), due and overdue follow the "
            + "follow-up cycles instead"
        for statement in ["overdue as of \(day)", "due \(day)", "count customers where overdue as of \(day)"] {
            let shown = StatementHarness.run(statement, on: try #require(StatementHarness.demo), format: .table).output
            #expect(shown.contains(note), "\(statement)")
        }
    }

    /// On the snapshot day due and overdue read the plan, and say nothing of cycles.
    @Test func theSnapshotDayReadsThePlan() throws {
        #expect(try Self.rows("due").count == (try Self.count(
            "count customers where next_followup = 2010-10-31 and status in (order, active)")))
        #expect(try Self.rows("overdue").count == (try Self.count(
            "count customers where next_followup < 2010-10-31 and status in (order, active)")))
        let shown = StatementHarness.run("overdue", on: try #require(StatementHarness.demo), format: .table).output
        #expect(!shown.contains("follow the follow-up cycles"))
    }

    /// Groups of consultants add up to the dealer; every value is a share.
    @Test(arguments: ["2010-10", "2010-Q3", "2010-W40"])
    func timelinessByConsultantAddsUp(period: String) throws {
        let rows = try Self.rows("kpi followup_timeliness for \(period) by consultant").map {
            $0.split(separator: ",", omittingEmptySubsequences: false)
        }
        let total = try #require(rows.last)
        let groups = rows.dropLast()
        #expect(total[2].isEmpty)
        #expect(groups.reduce(0) { $0 + (Int($1[3]) ?? 0) } == Int(total[3]))
        #expect(groups.reduce(0) { $0 + (Int($1[4]) ?? 0) } == Int(total[4]))
        #expect((Int(total[4]) ?? 0) > 0)
        for row in rows where !row[5].isEmpty {
            #expect((0...1).contains(Double(row[5]) ?? -1), "\(row)")
        }
    }
}
