import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// `first_response_rate` (domain.md §8.1, seed 004): the share of new cards first
/// contacted within 1 hour of capture, on `TimeOfDayStatementTests.json`, whose cards
/// are worked out by hand there: October has R1 R2 R7 on time, R3 R6 late, R4 R5 R9
/// left out (no time of capture or of the first follow-up), so 3 ÷ 5 = 60%.
@Suite struct FirstResponseRateTests {
    static func run(_ text: String, format: OutputFormat = .csv) throws -> String {
        try TimeOfDayStatementTests.run(text, format: format)
    }

    @Test(arguments: [
        ("kpi first_response_rate for 2010-10", "first_response_rate,2010-10,3,5,0.6",
         "3 new cards are left out of first_response_rate"),
        ("kpi 首次响应及时率 for 2010-10 as of 2010-10-05", "first_response_rate,2010-10,2,3,0.666",
         nil),
        ("kpi first_response_rate for 2010-10 where channel = phone", "first_response_rate,2010-10,1,3,0.333",
         "2 new cards are left out of first_response_rate"),
        ("kpi first_response_rate for 2010-09", "first_response_rate,2010-09,1,1,1", nil),
    ])
    func firstResponseRate(statement: String, line: String, note: String?) throws {
        let lines = try Self.run(statement).split(separator: "\n").map(String.init)
        #expect(lines.count > 1 && lines[1].hasPrefix(line), "\(lines)")
        // The note is under the table (csv carries the values only).
        let output = try Self.run(statement, format: .table)
        if let note {
            #expect(output.contains(note + ": no time of day on the capture or on the first follow-up"), "\(output)")
        } else {
            #expect(!output.contains("left out"), "\(output)")
        }
    }

    @Test func firstResponseRateByGroupAddsUp() throws {
        #expect(try Self.run("kpi first_response_rate for 2010-10 by channel").hasPrefix("""
            kpi,period,channel,numerator,denominator,value,is_total
            first_response_rate,2010-10,walkin,2,2,1,false
            first_response_rate,2010-10,phone,1,3,0.333333,false
            first_response_rate,2010-10,outreach,0,0,,false
            first_response_rate,2010-10,,3,5,0.6,true
            """))
    }

    @Test func firstResponseRateExplained() throws {
        let explained = try Self.run("explain kpi first_response_rate for 2010-10", format: .table)
        #expect(explained.contains("  = new contacted within an hour ÷ new with times\n  = 3 ÷ 5\n  = 60.0%\n"),
                "\(explained)")
        #expect(explained.contains("3 new cards are left out of first_response_rate"), "\(explained)")
        #expect(try Self.run("explain kpi first_response_rate for 2010-10 term responded_in_new")
                    .contains("\nR1,"))
        let rows = try Self.run("explain kpi first_response_rate for 2010-10 term timed_in_new")
        #expect(["R1", "R2", "R3", "R6", "R7"].allSatisfy { rows.contains("\n\($0),") }, "\(rows)")
        #expect(!["R4", "R5", "R8", "R9"].contains { rows.contains("\n\($0),") }, "\(rows)")
    }
}
