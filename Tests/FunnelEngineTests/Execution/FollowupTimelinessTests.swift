import FunnelDomain
import FunnelEngine
import FunnelOutput
import FunnelStore
import FunnelTestSupport
import Testing

/// Follow-up timeliness (domain.md §8.1), the cycle work lists, due and overdue on a
/// past day (§2.1), and the cycles set in the data and at the prompt, on a dealer
/// small enough to work out by hand.
@Suite struct FollowupTimelinessTests {
    /// Three cards, ten contacts (a contact is a day: the capture day, or a day with
    /// follow-ups), as of 2010-10-31. Standard cycles: O 7, H 2, A 4, B 7, C 15, N none.
    ///
    ///     X (甲), captured 09-25, set dormant 10-21; follow-ups 09-25 grade A, 10-01,
    ///       10-05 grade H and a visit the same day, 10-08, 10-20 grade H: 5 contacts.
    ///       09-25 A → due 09-29, next 10-01: late, but due in September: not in P
    ///       10-01 A → due 10-05, next 10-05              on time
    ///       10-05 H → due 10-07, next 10-08              late
    ///       10-08 H → due 10-10, next 10-20              late
    ///       10-20 H → due 10-22, dormant 10-21           closed: not counted
    ///     Y (乙), captured 10-10, lost 10-25; follow-ups 10-10 grade B, 10-16 grade C:
    ///       10-10 B → due 10-17, next 10-16              on time
    ///       10-16 C → due 10-31, lost 10-25              closed: not counted
    ///     Z (甲), captured 10-15; follow-ups 10-15 grade N, 10-20 grade B, 10-24:
    ///       10-15 N → no cycle, no event
    ///       10-20 B → due 10-27, next 10-24              on time
    ///       10-24 B → due 10-31 = T, nothing yet         open: not counted
    ///
    /// October as of 10-31: on time 3 (X 10-01, Y 10-10, Z 10-20), late 2 (X 10-05,
    /// X 10-08): 3 ÷ (3 + 2) = 60%. 甲 (X, Z): 2 ÷ 4 = 50%; 乙 (Y): 1 ÷ 1 = 100%.
    /// As of 10-15: X 10-01 on time, 10-05 and 10-08 late (10-20 is not there yet); Y's
    /// 10-17 not yet due: 1 ÷ 3. As of 10-17: Y's event is due on T and was followed up
    /// on 10-16, so it is on time: 2 ÷ 4.
    static let json = #"""
        {"dealer": "跟进店", "as_of": "2010-10-31",
         "customers": [
          {"id": "X", "name": "王一", "phone": "13800000001", "model": "明锐", "channel": "phone", "consultant": "甲",
           "created": "2010-09-25", "grade": "H", "dormant": "2010-10-21"},
          {"id": "Y", "name": "李二", "phone": "13800000002", "model": "速派", "channel": "walkin", "consultant": "乙",
           "created": "2010-10-10", "grade": "C", "lost": "2010-10-25", "lost_reason": "competitor"},
          {"id": "Z", "name": "张三", "phone": "13800000003", "model": "晶锐", "channel": "phone", "consultant": "甲",
           "created": "2010-10-15", "grade": "B", "next_followup": "2010-10-31"}
         ],
         "followups": [
          {"customer": "X", "date": "2010-09-25", "kind": "call", "grade": "A"},
          {"customer": "X", "date": "2010-10-01", "kind": "call"},
          {"customer": "X", "date": "2010-10-05", "kind": "call", "grade": "H"},
          {"customer": "X", "date": "2010-10-05", "kind": "visit"},
          {"customer": "X", "date": "2010-10-08", "kind": "call"},
          {"customer": "X", "date": "2010-10-20", "kind": "call", "grade": "H"},
          {"customer": "Y", "date": "2010-10-10", "kind": "visit", "grade": "B"},
          {"customer": "Y", "date": "2010-10-16", "kind": "call", "grade": "C"},
          {"customer": "Z", "date": "2010-10-15", "kind": "call", "grade": "N"},
          {"customer": "Z", "date": "2010-10-20", "kind": "call", "grade": "B"},
          {"customer": "Z", "date": "2010-10-24", "kind": "call"}
         ]}
        """#

    static func dataset(_ json: String = json) throws -> Dataset {
        try DatasetLoader().load(bytes: Array(json.utf8), file: "timeliness.json")
    }

    static func run(_ statement: String, cycles: String? = nil) throws -> String {
        var text = json
        if let cycles { text = text.replacingOccurrences(of: #""as_of": "2010-10-31","#,
                                                         with: #""as_of": "2010-10-31", "followup_cycles": \#(cycles),"#) }
        let run = StatementHarness.run(statement, on: try dataset(text))
        #expect(run.succeeded, "\(run.errors)")
        return run.results
    }

    static let cycleNote = "follow-up cycles: O 7, H 2, A 4, B 7, C 15 days, N none"

    @Test("the hand-worked example", arguments: [
        ("kpi followup_timeliness for 2010-10", "followup_timeliness,2010-10,3,5,0.6"),
        ("kpi 跟进及时率 for 2010-10", "followup_timeliness,2010-10,3,5,0.6"),
        ("kpi followup_timeliness for 2010-10 as of 2010-10-15", "followup_timeliness,2010-10,1,3,0.333333"),
        ("kpi followup_timeliness for 2010-10 as of 2010-10-17", "followup_timeliness,2010-10,2,4,0.5"),
        ("kpi followup_timeliness for 2010-10 where consultant = 甲", "followup_timeliness,2010-10,2,4,0.5"),
        ("kpi followup_timeliness for 2010-10 where consultant = 乙", "followup_timeliness,2010-10,1,1,1"),
        // Every event of September is due in September or early October: X's 09-25 one, late.
        ("kpi followup_timeliness for 2010-09", "followup_timeliness,2010-09,0,1,0"),
    ])
    func handWorked(statement: String, row: String) throws {
        let output = try Self.run(statement)
        #expect(output.split(separator: "\n").dropFirst().first.map(String.init) == row, "\(output)")
    }

    @Test func byConsultant() throws {
        #expect(try Self.run("kpi followup_timeliness for 2010-10 by consultant") == """
            kpi,period,consultant,numerator,denominator,value,is_total
            followup_timeliness,2010-10,乙,1,1,1,false
            followup_timeliness,2010-10,甲,2,4,0.5,false
            followup_timeliness,2010-10,,3,5,0.6,true

            """)
    }

    /// The terms, what was not counted and why, and the cards behind each term with their
    /// number of events.
    @Test func explained() throws {
        let text = StatementHarness.run("explain kpi followup_timeliness for 2010-10", on: try Self.dataset(),
                                        format: .table).results
        #expect(text.contains("  = on time ÷ (on time + late)\n  = 3 ÷ (3 + 2)\n  = 60.0%"), "\(text)")
        #expect(text.contains("explain kpi followup_timeliness for 2010-10 term on_time"))
        #expect(text.contains("explain kpi followup_timeliness for 2010-10 term late"))
        #expect(text.contains("note: a contact's next one is due after the follow-up cycle of its grade: "
                              + "O 7, H 2, A 4, B 7, C 15 days, N none"))
        #expect(text.contains("note: not counted: 2 due events closed before the due date (the card won, lost or set "
                              + "dormant); 1 due on T and not yet followed up"), "\(text)")
        #expect(try Self.run("explain kpi followup_timeliness for 2010-10 term late") == """
            id,name,phone,model,channel,consultant,created,grade,status,due_events
            X,王一,13800000001,明锐,phone,甲,2010-09-25,H,dormant,2

            """)
        #expect(try Self.run("explain kpi followup_timeliness for 2010-10 term on_time order by created desc") == """
            id,name,phone,model,channel,consultant,created,grade,status,due_events
            Z,张三,13800000003,晶锐,phone,甲,2010-10-15,B,active,1
            Y,李二,13800000002,速派,walkin,乙,2010-10-10,C,lost,1
            X,王一,13800000001,明锐,phone,甲,2010-09-25,H,dormant,1

            """)
        let rows = StatementHarness.run("explain kpi followup_timeliness for 2010-10 term late", on: try Self.dataset(),
                                        format: .table).results
        #expect(rows.contains("2 due events of 1 card: late (逾期未跟进) of followup_timeliness for 2010-10"), "\(rows)")
    }

    /// Each card's events, as the comment above works them out.
    @Test func eventsOfEachCard() throws {
        let fields = DerivedFields(dataset: try Self.dataset())
        let t = try #require(Day(parsing: "2010-10-31"))
        func events(_ row: Int) -> [String] {
            DueEvents.events(ofCard: row, fields: fields, asOf: t).map { "\($0.contact) \($0.grade.token) \($0.due) \($0.outcome)" }
        }
        #expect(events(0) == ["2010-09-25 A 2010-09-29 late", "2010-10-01 A 2010-10-05 onTime",
                              "2010-10-05 H 2010-10-07 late", "2010-10-08 H 2010-10-10 late",
                              "2010-10-20 H 2010-10-22 closed"])
        #expect(events(1) == ["2010-10-10 B 2010-10-17 onTime", "2010-10-16 C 2010-10-31 closed"])
        #expect(events(2) == ["2010-10-20 B 2010-10-27 onTime", "2010-10-24 B 2010-10-31 open"])
    }

    @Test("the work lists by cycle", arguments: [
        // 10-19: X is H (10-05) and last contacted 10-08: due 10-10, 9 days late.
        ("overdue by cycle as of 2010-10-19", "X,王一,13800000001,甲,H,active,2010-10-08,2010-10-10,9"),
        ("按周期逾期 as of 2010-10-19", "X,王一,13800000001,甲,H,active,2010-10-08,2010-10-10,9"),
        ("overdue by cycle where consultant = 乙 as of 2010-10-19", nil),
        // 10-31: Z's cycle due date is T itself; X is dormant, Y lost.
        ("overdue by cycle", nil),
        // 10-30: Z (B, last contact 10-24) is due on 10-31.
        ("due tomorrow as of 2010-10-30", "Z,张三,13800000003,甲,B,active,2010-10-24,2010-10-31"),
        ("明日待跟进 as of 2010-10-30", "Z,张三,13800000003,甲,B,active,2010-10-24,2010-10-31"),
        ("due tomorrow", nil),
        // Before the snapshot, due and overdue are the cycle lists.
        ("overdue as of 2010-10-19", "X,王一,13800000001,甲,H,active,2010-10-08,2010-10-10,9"),
        ("due 2010-10-10", "X,王一,13800000001,甲,H,active,2010-10-08,2010-10-10"),
        // On it, the plan.
        ("due 2010-10-31", "Z,张三,13800000003,甲,B,active,2010-10-24,2010-10-31"),
    ] as [(String, String?)])
    func workLists(statement: String, row: String?) throws {
        let lines = try Self.run(statement).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count >= 2, "\(lines)")
        #expect(lines.dropFirst().first == row ?? "", "\(lines)")
    }

    @Test func workListColumnsAndNotes() throws {
        let dataset = try Self.dataset()
        func table(_ statement: String) -> String { StatementHarness.run(statement, on: dataset, format: .table).results }
        let overdue = table("overdue by cycle as of 2010-10-19")
        #expect(overdue.hasPrefix("id  name  phone        consultant  grade  status  last_contact  cycle_due   days_late"),
                "\(overdue)")
        #expect(overdue.contains("1 cards: overdue by cycle (按周期逾期) as of 2010-10-19\n" + Self.cycleNote))
        #expect(table("due tomorrow as of 2010-10-30").contains("1 cards: due tomorrow (明日待跟进) as of 2010-10-30\n"
                                                                 + Self.cycleNote))
        // On a past day due and overdue say they followed the cycles, not the plan.
        let note = "next_followup is the plan recorded on 2010-10-31; on 2010-10-19, due and overdue follow the "
            + "follow-up cycles instead: cycle_due = last contact + the cycle of the grade then "
            + "(O 7, H 2, A 4, B 7, C 15 days, N none)"
        #expect(table("overdue as of 2010-10-19").contains(note))
        #expect(table("select customers where overdue as of 2010-10-19").contains(note))
        #expect(table("count customers where due or overdue as of 2010-10-19").contains(note))
        // On the snapshot day the plan is what was recorded: no such note.
        #expect(!table("overdue").contains("next_followup is the plan"))
        #expect(!table("count customers where overdue").contains("next_followup is the plan"))
    }

    /// `cycle_due` and `days_late` are card fields like any other.
    @Test func cycleFieldsInQueries() throws {
        #expect(try Self.run("select id, cycle_due, days_late from customers as of 2010-10-19") == """
            id,cycle_due,days_late
            X,2010-10-10,9
            Y,2010-10-31,0
            Z,,

            """)
        #expect(try Self.run("count customers where days_late > 0 by consultant as of 2010-10-19") == """
            consultant,count
            甲,1

            """)
    }

    /// The cycles the data sets: H 3 makes X's 10-05 contact due on 10-08, when it was
    /// followed up: 4 ÷ 5. A 3 makes X's 10-01 contact late: 2 ÷ 5.
    @Test("cycles set in the data", arguments: [
        (#"{"H": 3}"#, "followup_timeliness,2010-10,4,5,0.8", "O 7, H 3, A 4, B 7, C 15 days, N none"),
        (#"{"A": 3}"#, "followup_timeliness,2010-10,2,5,0.4", "O 7, H 2, A 3, B 7, C 15 days, N none"),
        // No cycle for B: Y's 10-10 and Z's 10-20 and 10-24 open nothing.
        (#"{"B": null}"#, "followup_timeliness,2010-10,1,3,0.333333", "O 7, H 2, A 4, C 15 days, B, N none"),
    ])
    func cyclesInTheData(cycles: String, row: String, note: String) throws {
        let output = try Self.run("kpi followup_timeliness for 2010-10", cycles: cycles)
        #expect(output.split(separator: "\n").dropFirst().first.map(String.init) == row, "\(output)")
        var text = Self.json
        text = text.replacingOccurrences(of: #""as_of": "2010-10-31","#,
                                         with: #""as_of": "2010-10-31", "followup_cycles": \#(cycles),"#)
        let table = StatementHarness.run("kpi followup_timeliness for 2010-10", on: try Self.dataset(text),
                                         format: .table).results
        #expect(table.contains("follow-up cycles: " + note), "\(table)")
    }

    /// The cycles set for the session (the prompt's `.cycles`): over the data's, until reset.
    @Test func cyclesSetInTheSession() throws {
        var session = Session(dataset: try Self.dataset())
        func value() -> String {
            let run = StatementHarness.run("kpi followup_timeliness for 2010-10", in: &session)
            return run.results.split(separator: "\n").dropFirst().first.map(String.init) ?? run.output
        }
        #expect(value() == "followup_timeliness,2010-10,3,5,0.6")
        session.setCycles([.H: 3])
        #expect(session.cycles.description == "O 7, H 3, A 4, B 7, C 15, N none")
        #expect(value() == "followup_timeliness,2010-10,4,5,0.8")
        // The lists follow them too: on 10-19 X (H) was last contacted 10-08, due 10-11 now.
        let overdue = StatementHarness.run("overdue by cycle as of 2010-10-19", in: &session).results
        #expect(overdue.contains("X,王一,13800000001,甲,H,active,2010-10-08,2010-10-11,8"), "\(overdue)")
        session.setCycles([.A: 3])
        #expect(value() == "followup_timeliness,2010-10,3,5,0.6")   // H 3 and A 3: X 10-01 late, 10-05 on time
        session.resetCycles()
        #expect(session.cycleSettings.isEmpty)
        #expect(value() == "followup_timeliness,2010-10,3,5,0.6")
    }
}
