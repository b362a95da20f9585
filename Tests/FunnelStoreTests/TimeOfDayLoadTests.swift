import Foundation
import Testing
@testable import FunnelStore

/// Times of day are kept at load (docs/data.md §2.2): a date-time keeps its day, as
/// every comparison reads it, and its time to the minute beside it; a plain date has
/// none. Kept in every way rows arrive: one file, JSON Lines, a file read in halves,
/// several inputs concatenated, extra columns.
@Suite struct TimeOfDayLoadTests {
    @Test(arguments: [
        ("2010-09-10T15:00", "2010-09-10", 900 as Int16?),
        ("2010-08-01 09:30", "2010-08-01", 570),
        ("2010-08-01T09:30:59", "2010-08-01", 570),           // seconds are dropped, not rounded
        ("2010-08-01T09:30:00.250+08:00", "2010-08-01", 570), // the time as written: no zone conversion
        ("2010-08-01T23:59Z", "2010-08-01", 1439),
        ("2010-08-01T00:00-05:00", "2010-08-01", 0),
        ("2010-08-01", "2010-08-01", nil),
    ])
    func keepsTheTimeAsWritten(text: String, day: String, minute: Int16?) throws {
        let moment = try #require(Day.moment(parsing: text))
        #expect(moment.day.description == day)
        #expect(moment.minute == (minute ?? TimeOfDay.none))
        #expect(Day(parsing: text)?.description == day)

        let data = try Load.dataset(#"{"traffic": [{"id": "T1", "time": "\#(text)", "kind": "visit", "result": "none"}]}"#)
        let time = try #require(data.traffic.column("time"))
        #expect(time.day(at: 0)?.description == day)
        #expect(time.minute(at: 0) == minute)
        #expect(time.text(at: 0) == day + (minute.flatMap(TimeOfDay.text).map { "T" + $0 } ?? ""))
    }

    @Test(arguments: ["2010-08-01T24:00", "2010-08-01T09:60", "2010-08-01T9:30", "2010-08-01T09:30:61",
                      "2010-08-01T09:30x", "2010-02-30T10:00"])
    func badTimesAreStillRefused(text: String) {
        #expect(Day.moment(parsing: text) == nil)
        let failure = Load.failure(#"{"customers": [{"id": "C1", "created": "\#(text)"}]}"#)
        #expect(failure.contains("field 'created'") && failure.contains("expected a date YYYY-MM-DD"), "\(failure)")
    }

    /// A column of plain dates keeps nothing per row for times: two bytes a row only
    /// where some row has one.
    @Test func plainDatesKeepNoTimes() throws {
        let data = try Load.dataset(#"{"customers": [{"id": "C1", "created": "2010-10-01"}, {"id": "C2", "created": "2010-10-02"}]}"#)
        #expect(data.customers.column("created")?.minutes == nil)
        #expect(data.customers.column("ordered")?.minutes == nil)
    }

    /// Rows with and without a time side by side, in each table's own date.
    @Test(arguments: [
        ("customers", "created", #"{"id": "C1", "created": "2010-10-01"}"#, #"{"id": "C2", "created": "2010-10-02T16:45"}"#),
        ("followups", "date", #"{"customer": "C1", "date": "2010-10-03 08:05", "kind": "call"}"#,
         #"{"customer": "C1", "date": "2010-10-04", "kind": "call"}"#),
        ("traffic", "time", #"{"time": "2010-10-05", "kind": "visit", "result": "none"}"#,
         #"{"time": "2010-10-05T19:20:33", "kind": "call", "result": "none"}"#),
    ])
    func mixedRowsKeepEachTheirOwn(table: String, field: String, first: String, second: String) throws {
        for (text, file) in [("{\"\(table)\": [\(first), \(second)]}", "data.json"),
                             (first + "\n" + second + "\n", "\(table).jsonl")] {
            let data = try Load.dataset(text, file: file)
            let kind = try #require(TableKind(rawValue: table))
            let column = try #require(data.table(kind).column(field))
            let texts = (0..<2).map { column.text(at: $0) ?? "∅" }
            let expected = [first, second].map { record in
                let value = record.components(separatedBy: "\"\(field)\": \"")[1].prefix { $0 != "\"" }
                return String(value.prefix(16)).replacingOccurrences(of: " ", with: "T")
            }
            #expect(texts == expected, "\(file)")
            #expect(column.minutes?.count == 2)
        }
    }

    /// Several inputs concatenate their rows: times stay with their rows whichever
    /// input had them, before or after inputs with none.
    @Test func severalInputsKeepTheirTimes() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a.json", #"{"customers": [{"id": "A1", "created": "2010-10-01"}], "#
            + #""followups": [{"customer": "A1", "date": "2010-10-02", "kind": "call"}]}"#)
        try folder.write("b/customers.jsonl", #"{"id": "B1", "created": "2010-10-02T10:15"}"# + "\n")
        try folder.write("b/followups.jsonl", #"{"customer": "B1", "date": "2010-10-02T10:40", "kind": "call"}"# + "\n"
            + #"{"customer": "A1", "date": "2010-10-03 17:00", "kind": "visit"}"# + "\n")
        let third = try folder.write("c.json", #"{"customers": [{"id": "C1", "created": "2010-10-03"}], "#
            + #""followups": [{"customer": "C1", "date": "2010-10-04", "kind": "message"}]}"#)
        let data = try DatasetLoader().load(paths: [first, folder.path + "/b/", third])
        let created = try #require(data.customers.column("created"))
        #expect((0..<3).map { created.text(at: $0) } == ["2010-10-01", "2010-10-02T10:15", "2010-10-03"])
        let dates = try #require(data.followups.column("date"))
        #expect((0..<4).map { dates.text(at: $0) }
                == ["2010-10-02", "2010-10-02T10:40", "2010-10-03T17:00", "2010-10-04"])
    }

    /// A file read on two threads keeps the times of both halves, also when only the
    /// second half has any.
    @Test(arguments: [0, 1, 150, 299])
    func halvesKeepTheirTimes(firstTimedRow: Int) throws {
        let lines = (0..<300).map { row in
            let time = row >= firstTimedRow && row % 7 != 3 ? "T\(10 + row % 9):\(10 + row % 50)" : ""
            return #"{"customer": "C1", "date": "2010-10-\#(10 + row % 19)\#(time)", "kind": "call"}"#
        }.joined(separator: "\n") + "\n"
        let whole = try DatasetLoader(chunkThreshold: .max).load(bytes: Array(lines.utf8), file: "followups.jsonl")
        let halves = try DatasetLoader(chunkThreshold: 0).load(bytes: Array(lines.utf8), file: "followups.jsonl")
        let expected = (0..<300).map { row in
            "2010-10-\(10 + row % 19)" + (row >= firstTimedRow && row % 7 != 3 ? "T\(10 + row % 9):\(10 + row % 50)" : "")
        }
        for data in [whole, halves] {
            let column = try #require(data.followups.column("date"))
            #expect((0..<300).map { column.text(at: $0) ?? "∅" } == expected)
        }
    }

    /// A card's follow-ups are in date order, and within a day in time order, a
    /// follow-up without a time first: the order the first follow-up is read in.
    @Test func followupsOfADayAreInTimeOrder() throws {
        let data = try Load.dataset(#"""
            {"customers": [{"id": "C1", "created": "2010-10-01T09:00"}],
             "followups": [
              {"customer": "C1", "date": "2010-10-02T15:00", "kind": "call"},
              {"customer": "C1", "date": "2010-10-02T09:10", "kind": "call"},
              {"customer": "C1", "date": "2010-10-01 18:00", "kind": "message"},
              {"customer": "C1", "date": "2010-10-02", "kind": "visit"},
              {"customer": "C1", "date": "2010-10-01T09:00", "kind": "visit"}
             ]}
            """#)
        #expect(Array(data.links.followups(ofCard: 0)) == [4, 2, 3, 1, 0])
    }
}
