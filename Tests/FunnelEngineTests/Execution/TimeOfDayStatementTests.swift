import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// Times of day through the language: a date-time is a date wherever a date is
/// compared, shows its time in every format, sorts by it, and groups by its hour and
/// weekday. The dealer's cards are also worked out for `first_response_rate`
/// (domain.md §8.1; `FirstResponseRateTests`).
@Suite struct TimeOfDayStatementTests {
    /// October 2010, as of 2010-10-31. 2010-10-04 is a Monday.
    ///
    /// | card | captured | first follow-up | response | in first_response_rate |
    /// | --- | --- | --- | --- | --- |
    /// | R1 | 10-04 09:00 walk-in | 10-04 09:00, the capture visit | 0 min | on time |
    /// | R2 | 10-04 10:00 phone | 10-04 10:45 | 45 min | on time |
    /// | R3 | 10-05 16:30 phone | 10-06 09:10 | 16 h 40 min | late |
    /// | R4 | 10-06 11:00 phone | 10-06, no time | ? | left out |
    /// | R5 | 10-07, no time, outreach | 10-07 15:00 | ? | left out |
    /// | R6 | 10-08 17:00 phone | none | never | late |
    /// | R7 | 10-09 10:00 walk-in | 10-09 11:00 | 60 min | on time (within the hour) |
    /// | R8 | 09-20 10:00 phone | 09-20 10:05 | 5 min | not new in October |
    /// | R9 | 10-10 09:00 phone | 10-10 no time, then 09:20 | ? (the untimed one is the day's first) | left out |
    ///
    /// first_response_rate for 2010-10 = on time ÷ with times = (R1 R2 R7) ÷ (R1 R2 R3 R6 R7)
    /// = 3 ÷ 5 = 60%, and 3 new cards (R4 R5 R9) are left out. As of 2010-10-05 only R1..R3
    /// are new, and R3 is not contacted by then: 2 ÷ 3.
    static let json = """
        {"dealer": "时刻店", "as_of": "2010-10-31",
         "customers": [
          {"id": "R1", "channel": "walkin", "consultant": "李娜", "created": "2010-10-04T09:00", "grade": "A"},
          {"id": "R2", "channel": "phone", "consultant": "李娜", "created": "2010-10-04 10:00", "grade": "B"},
          {"id": "R3", "channel": "phone", "consultant": "张强", "created": "2010-10-05T16:30:20", "grade": "B"},
          {"id": "R4", "channel": "phone", "consultant": "张强", "created": "2010-10-06T11:00", "grade": "C"},
          {"id": "R5", "channel": "outreach", "consultant": "张强", "created": "2010-10-07", "grade": "C"},
          {"id": "R6", "channel": "phone", "consultant": "李娜", "created": "2010-10-08T17:00+08:00", "grade": "N"},
          {"id": "R7", "channel": "walkin", "consultant": "李娜", "created": "2010-10-09T10:00", "grade": "H"},
          {"id": "R8", "channel": "phone", "consultant": "张强", "created": "2010-09-20T10:00", "grade": "B"},
          {"id": "R9", "channel": "phone", "consultant": "张强", "created": "2010-10-10T09:00", "grade": "A"}
         ],
         "followups": [
          {"customer": "R1", "date": "2010-10-04T09:00", "kind": "visit", "grade": "A"},
          {"customer": "R2", "date": "2010-10-04T10:45", "kind": "call", "grade": "B"},
          {"customer": "R3", "date": "2010-10-06T09:10", "kind": "call"},
          {"customer": "R4", "date": "2010-10-06", "kind": "call"},
          {"customer": "R5", "date": "2010-10-07T15:00", "kind": "home_visit"},
          {"customer": "R7", "date": "2010-10-09T11:00", "kind": "call"},
          {"customer": "R8", "date": "2010-09-20T10:05", "kind": "call"},
          {"customer": "R9", "date": "2010-10-10T09:20", "kind": "call"},
          {"customer": "R9", "date": "2010-10-10", "kind": "message"}
         ],
         "traffic": [
          {"id": "T1", "time": "2010-10-04T09:00", "kind": "visit", "result": "captured", "customer": "R1"},
          {"id": "T2", "time": "2010-10-04T10:00", "kind": "call", "result": "captured", "customer": "R2"},
          {"id": "T3", "time": "2010-10-04 09:40", "kind": "visit", "result": "none"},
          {"id": "T4", "time": "2010-10-09T10:00", "kind": "visit", "result": "captured", "customer": "R7"},
          {"id": "T5", "time": "2010-10-09", "kind": "visit", "result": "none"},
          {"id": "T6", "time": "2010-10-10T15:59:59", "kind": "call", "result": "none"}
         ]}
        """

    static func run(_ text: String, format: OutputFormat = .csv) throws -> String {
        let dataset = try DatasetLoader().load(bytes: Array(json.utf8), file: "times.json")
        return StatementHarness.run(text, on: dataset, format: format).output
    }

    /// A date-time compares as its day.
    @Test(arguments: [
        ("count traffic where time = 2010-10-04", "count\n3\n"),
        ("count traffic where time in 2010-10-09", "count\n2\n"),
        ("count traffic where time > 2010-10-04", "count\n3\n"),
        ("count traffic where time between 2010-10-04 and 2010-10-09", "count\n5\n"),
        ("count customers where created = 2010-10-05", "count\n1\n"),
        ("count customers where created in 2010-10", "count\n8\n"),
        ("count followups where date = customer.created", "count\n8\n"),
        ("count followups where date - customer.created >= 1", "count\n1\n"),
        ("select id from customers where card_age = 0 as of 2010-10-06", "id\nR4\n"),
    ])
    func comparesByDay(statement: String, csv: String) throws {
        #expect(try Self.run(statement) == csv)
    }

    /// The time shows where the value has one, in each format's way.
    @Test(arguments: [
        (OutputFormat.csv, "id,time\nT3,2010-10-04T09:40\nT5,2010-10-09\n"),
        (.json, #"{"statement":null,"title":null,"heading":[],"columns":[{"name":"id","type":"text"},"#
            + #"{"name":"time","type":"date"}],"rows":[["T3","2010-10-04T09:40"],["T5","2010-10-09"]],"notes":[]}"# + "\n"),
        (.table, "id  time            \n--  ----------------\nT3  2010-10-04 09:40\nT5  2010-10-09      \n"),
        (.markdown, "| id | time |\n| --- | --- |\n| T3 | 2010-10-04 09:40 |\n| T5 | 2010-10-09 |\n"),
    ])
    func showsTheTime(format: OutputFormat, expected: String) throws {
        let output = try Self.run("select id, time from traffic where result = none and time < 2010-10-10", format: format)
        #expect(output.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                == expected.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) })
    }

    /// Ordering and min/max read the time within the day; a date without a time comes
    /// before the times of its day.
    @Test(arguments: [
        ("select id from traffic order by time desc", "id\nT6\nT4\nT5\nT2\nT3\nT1\n"),
        ("select id from traffic where time = 2010-10-04 order by time", "id\nT1\nT3\nT2\n"),
        ("min time, max time from traffic", "min_time,max_time\n2010-10-04T09:00,2010-10-10T15:59\n"),
        ("max date from followups where customer in (R9, R4) by customer",
         "customer,max_date\nR4,2010-10-06\nR9,2010-10-10T09:20\n"),
        ("select customer, date from followups where customer = R9", "customer,date\nR9,2010-10-10T09:20\nR9,2010-10-10\n"),
    ])
    func ordersByTheTime(statement: String, csv: String) throws {
        #expect(try Self.run(statement) == csv)
    }

    /// `by hour` and `by weekday`: rows without a time are the `(none)` hour.
    @Test(arguments: [
        ("count traffic by hour", "hour,count\n9,2\n10,2\n15,1\n(none),1\n"),
        ("count traffic by weekday", "weekday,count\nMonday,3\nSaturday,2\nSunday,1\n"),
        ("count customers by hour(created)", "hour(created),count\n9,2\n10,3\n11,1\n16,1\n17,1\n(none),1\n"),
        ("count customers where created in 2010-10 by weekday(created), channel",
         "weekday(created),channel,count\nMonday,walkin,1\nMonday,phone,1\nTuesday,phone,1\nWednesday,phone,1\n"
             + "Thursday,outreach,1\nFriday,phone,1\nSaturday,walkin,1\nSunday,phone,1\n"),
        ("count followups by weekday, hour",
         "weekday,hour,count\nMonday,9,1\nMonday,10,2\nWednesday,9,1\nWednesday,(none),1\nThursday,15,1\n"
             + "Saturday,11,1\nSunday,9,1\nSunday,(none),1\n"),
        ("count traffic by weekday, result pivot",
         "weekday,captured,none,total,is_total\nMonday,2,1,3,false\nSaturday,1,1,2,false\nSunday,0,1,1,false\n,3,3,6,true\n"),
        ("count followups by hour(customer.created) where customer.channel = phone",
         "hour(customer.created),count\n9,2\n10,2\n11,1\n16,1\n"),
    ])
    func groupsByHourAndWeekday(statement: String, csv: String) throws {
        #expect(try Self.run(statement) == csv)
    }

    /// A KPI splits P into periods; an hour or a weekday is no period.
    @Test(arguments: ["kpi new_cards for 2010-10 by hour", "kpi capture_rate for 2010-10 by weekday",
                      "funnel for 2010-10 by hour(created)"])
    func aKPIIsNotSplitByHour(statement: String) throws {
        let output = try Self.run(statement)
        #expect(output.contains("a KPI or report splits its period by day, week, month, quarter or year"), "\(output)")
    }
}
