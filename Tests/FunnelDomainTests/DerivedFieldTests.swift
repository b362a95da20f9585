import FunnelDomain
import FunnelStore
import Testing

/// domain.md §3, field by field, on hand-made cards. T is 2010-10-01 unless a case says otherwise.
@Suite struct DerivedFieldTests {
    // MARK: visits and visited

    /// A visit day: the capture day of a walk-in card, and each day of a `visit`
    /// follow-up, on or before T, each day counted once.
    static let visitCases: [(String, Channel, String, [(String, FollowupKind)], Int32)] = [
        ("walk-in capture counts as a visit", .walkin, "2010-09-01", [], 1),
        ("phone capture is not a visit", .phone, "2010-09-01", [], 0),
        ("outreach capture is not a visit", .outreach, "2010-09-01", [], 0),
        ("visit recorded as capture and follow-up the same day counts once", .walkin, "2010-09-01",
         [("2010-09-01", .visit)], 1),
        ("walk-in and a later visit", .walkin, "2010-09-01", [("2010-09-08", .visit)], 2),
        ("two visit follow-ups the same day count once", .phone, "2010-09-01",
         [("2010-09-08", .visit), ("2010-09-08", .visit)], 1),
        ("calls, messages and home visits are not showroom visits", .phone, "2010-09-01",
         [("2010-09-02", .call), ("2010-09-03", .message), ("2010-09-04", .homeVisit)], 0),
        ("a visit after T does not count", .phone, "2010-09-01", [("2010-10-02", .visit)], 0),
        ("a visit on T counts", .phone, "2010-09-01", [("2010-10-01", .visit)], 1),
        ("three visit days, one after T", .outreach, "2010-09-01",
         [("2010-09-05", .visit), ("2010-09-05", .call), ("2010-09-20", .visit), ("2010-10-05", .visit)], 2),
        ("walk-in, same-day visit and two more days", .walkin, "2010-09-01",
         [("2010-09-01", .visit), ("2010-09-01", .visit), ("2010-09-02", .visit), ("2010-09-03", .visit)], 3),
        ("a visit dated before capture is still a distinct day", .walkin, "2010-09-10",
         [("2010-09-09", .visit), ("2010-09-10", .visit), ("2010-09-11", .visit)], 3),
        ("a walk-in captured after T does not exist yet", .walkin, "2010-10-02", [], 0),
    ]

    @Test("visits", arguments: visitCases)
    func visits(_ title: String, channel: Channel, created: String, followups: [(String, FollowupKind)],
                expected: Int32) throws {
        let card = CardSpec(id: "c1", created: created, channel: channel)
        let facts = try Fixture.facts(card, followups.map { FollowupSpec(card: "c1", date: $0.0, kind: $0.1) },
                                      at: "2010-10-01")
        #expect(facts.visits[0] == expected, "\(title)")
        #expect(facts.visited[0] == (expected >= 1), "\(title)")
    }

    // MARK: test drives, follow-up count, last contact

    @Test func followupsAfterTAreIgnored() throws {
        let card = CardSpec(id: "c1", created: "2010-09-01", channel: .phone)
        let followups = [
            FollowupSpec(card: "c1", date: "2010-09-02", kind: .call, testDrive: true),
            FollowupSpec(card: "c1", date: "2010-09-05", kind: .visit, testDrive: true),
            FollowupSpec(card: "c1", date: "2010-09-05", kind: .call),
            FollowupSpec(card: "c1", date: "2010-10-01", kind: .message),
            FollowupSpec(card: "c1", date: "2010-10-03", kind: .visit, testDrive: true),
        ]
        let dataset = try Fixture.dataset([card], followups)
        let onT = CardFacts(dataset: dataset, asOf: day("2010-10-01"))
        #expect(onT.testDrives[0] == 2)
        #expect(onT.followupCount[0] == 4)
        #expect(onT.lastContact[0] == day("2010-10-01").rawValue)
        #expect(onT.visits[0] == 1)

        let before = CardFacts(dataset: dataset, asOf: day("2010-09-04"))
        #expect(before.testDrives[0] == 1)
        #expect(before.followupCount[0] == 1)
        #expect(before.lastContact[0] == day("2010-09-02").rawValue)
        #expect(before.visits[0] == 0)

        let after = CardFacts(dataset: dataset, asOf: day("2010-12-31"))
        #expect(after.testDrives[0] == 3)
        #expect(after.followupCount[0] == 5)
        #expect(after.lastContact[0] == day("2010-10-03").rawValue)
        #expect(after.visits[0] == 2)
    }

    @Test("last contact is the later of capture and the last follow-up <= T", arguments: [
        ([], "2010-09-01"),
        (["2010-09-03", "2010-09-20"], "2010-09-20"),
        (["2010-08-20"], "2010-09-01"),
        (["2010-10-02"], "2010-09-01"),
        (["2010-10-01"], "2010-10-01"),
    ])
    func lastContact(followupDates: [String], expected: String) throws {
        let card = CardSpec(id: "c1", created: "2010-09-01")
        let facts = try Fixture.facts(card, followupDates.map { FollowupSpec(card: "c1", date: $0) }, at: "2010-10-01")
        #expect(facts.lastContact[0] == day(expected).rawValue)
    }

    // MARK: card age and existence

    /// §5.1 example 3: on 2010-10-01, `card_age > 60` selects a card created on
    /// 2010-08-01 (61 days old), one day off the seed's wording; the formula decides.
    @Test("card age", arguments: [
        ("2010-08-01", 61, true), ("2010-08-02", 60, true), ("2010-07-31", 62, true), ("2010-10-01", 0, true),
        ("2010-10-02", -1, false), ("2009-10-01", 365, true),
    ])
    func cardAge(created: String, age: Int32, exists: Bool) throws {
        let facts = try Fixture.facts(CardSpec(id: "c1", created: created), at: "2010-10-01")
        #expect(facts.cardAge[0] == age)
        #expect((facts.cardAge[0] > 60) == (created <= "2010-08-01"))
        #expect(facts.exists[0] == exists)
    }

    /// Cards captured after T do not exist as of T: nothing about them counts.
    @Test func aCardCapturedAfterTIsNothingYet() throws {
        let card = CardSpec(id: "c1", created: "2010-10-05", channel: .walkin, nextFollowup: "2010-09-20")
        let facts = try Fixture.facts(card, [FollowupSpec(card: "c1", date: "2010-09-30", kind: .visit)],
                                      at: "2010-10-01")
        #expect(!facts.exists[0])
        #expect(!facts.following[0])
        #expect(!facts.visited[0] && facts.visits[0] == 0)
        #expect(facts.followupCount[0] == 0)
        #expect(facts.lastContact[0] == Int32.max)
        #expect(!facts.overdue[0] && !facts.complete[0] && !facts.dormantEligible[0])
        #expect(facts.cards(withStatus: [.active]).isEmpty)
    }

    // MARK: overdue and due

    /// Overdue: following, not dormant, next follow-up before T. Due: the same, on T.
    @Test("overdue and due, as of 2010-10-01", arguments: [
        ("active, next follow-up yesterday", CardSpec(id: "c", created: "2010-09-01", nextFollowup: "2010-09-30"),
         true, false),
        ("active, next follow-up today", CardSpec(id: "c", created: "2010-09-01", nextFollowup: "2010-10-01"),
         false, true),
        ("active, next follow-up tomorrow", CardSpec(id: "c", created: "2010-09-01", nextFollowup: "2010-10-02"),
         false, false),
        ("active, no next follow-up", CardSpec(id: "c", created: "2010-09-01"), false, false),
        ("order, next follow-up yesterday",
         CardSpec(id: "c", created: "2010-09-01", ordered: "2010-09-15", nextFollowup: "2010-09-30"), true, false),
        ("order, next follow-up today",
         CardSpec(id: "c", created: "2010-09-01", ordered: "2010-09-15", nextFollowup: "2010-10-01"), false, true),
        ("dormant is never overdue",
         CardSpec(id: "c", created: "2010-09-01", dormant: "2010-09-20", nextFollowup: "2010-09-30"), false, false),
        ("dormant is never due",
         CardSpec(id: "c", created: "2010-09-01", dormant: "2010-09-20", nextFollowup: "2010-10-01"), false, false),
        ("dormant only after T still counts",
         CardSpec(id: "c", created: "2010-09-01", dormant: "2010-10-02", nextFollowup: "2010-09-30"), true, false),
        ("won is not followed up",
         CardSpec(id: "c", created: "2010-09-01", delivered: "2010-09-25", nextFollowup: "2010-09-30"), false, false),
        ("lost is not followed up",
         CardSpec(id: "c", created: "2010-09-01", lost: "2010-09-25", nextFollowup: "2010-10-01"), false, false),
        ("captured after T", CardSpec(id: "c", created: "2010-10-02", nextFollowup: "2010-09-30"), false, false),
    ])
    func overdueAndDue(_ title: String, card: CardSpec, overdue: Bool, due: Bool) throws {
        let facts = try Fixture.facts(card, at: "2010-10-01")
        #expect(facts.overdue[0] == overdue, "\(title)")
        #expect(facts.due[0] == due, "\(title)")
    }

    // MARK: dormant eligible

    /// Seed 002 §3 note: a phone/outreach card over 15 days old that never came in,
    /// or a card that came in and has had intro, negotiation and test drive, may be
    /// set dormant; only active cards (following, not already dormant, not an order).
    static let eligibility: [(String, CardSpec, [FollowupSpec], Bool)] = [
        ("phone card 16 days old, never visited", CardSpec(id: "c", created: "2010-09-15", channel: .phone), [], true),
        ("phone card 15 days old is too young", CardSpec(id: "c", created: "2010-09-16", channel: .phone), [], false),
        ("outreach card 30 days old, never visited", CardSpec(id: "c", created: "2010-09-01", channel: .outreach),
         [FollowupSpec(card: "c", date: "2010-09-05")], true),
        ("phone card that visited, without the three steps",
         CardSpec(id: "c", created: "2010-09-01", channel: .phone),
         [FollowupSpec(card: "c", date: "2010-09-05", kind: .visit, intro: true)], false),
        ("phone card whose only visit is after T", CardSpec(id: "c", created: "2010-09-01", channel: .phone),
         [FollowupSpec(card: "c", date: "2010-10-02", kind: .visit)], true),
        ("walk-in card with no follow-ups", CardSpec(id: "c", created: "2010-08-01", channel: .walkin), [], false),
        ("walk-in card with intro, negotiation and test drive in separate follow-ups",
         CardSpec(id: "c", created: "2010-09-20", channel: .walkin), [
            FollowupSpec(card: "c", date: "2010-09-21", kind: .call, intro: true),
            FollowupSpec(card: "c", date: "2010-09-25", kind: .visit, testDrive: true),
            FollowupSpec(card: "c", date: "2010-09-28", kind: .call, negotiation: true),
         ], true),
        ("walk-in card with all three in one follow-up on T",
         CardSpec(id: "c", created: "2010-09-30", channel: .walkin),
         [FollowupSpec(card: "c", date: "2010-10-01", kind: .visit, intro: true, testDrive: true, negotiation: true)],
         true),
        ("walk-in card whose test drive is after T", CardSpec(id: "c", created: "2010-09-20", channel: .walkin), [
            FollowupSpec(card: "c", date: "2010-09-21", intro: true, negotiation: true),
            FollowupSpec(card: "c", date: "2010-10-02", kind: .visit, testDrive: true),
         ], false),
        ("phone card that visited and did all three",
         CardSpec(id: "c", created: "2010-09-25", channel: .phone),
         [FollowupSpec(card: "c", date: "2010-09-26", kind: .visit, intro: true, testDrive: true, negotiation: true)],
         true),
        ("phone card with the three steps but no visit, too young",
         CardSpec(id: "c", created: "2010-09-25", channel: .phone),
         [FollowupSpec(card: "c", date: "2010-09-26", kind: .call, intro: true, testDrive: true, negotiation: true)],
         false),
        ("already dormant", CardSpec(id: "c", created: "2010-08-01", channel: .phone, dormant: "2010-09-01"), [], false),
        ("an order", CardSpec(id: "c", created: "2010-08-01", channel: .phone, ordered: "2010-09-01"), [], false),
        ("lost", CardSpec(id: "c", created: "2010-08-01", channel: .phone, lost: "2010-09-01"), [], false),
        ("won", CardSpec(id: "c", created: "2010-08-01", channel: .outreach, delivered: "2010-09-01"), [], false),
        ("no channel given", CardSpec(id: "c", created: "2010-08-01", channel: nil), [], false),
        ("ordered only after T", CardSpec(id: "c", created: "2010-08-01", channel: .phone, ordered: "2010-10-02"),
         [], true),
    ]

    @Test("dormant eligible, as of 2010-10-01", arguments: eligibility)
    func dormantEligible(_ title: String, card: CardSpec, followups: [FollowupSpec], expected: Bool) throws {
        let facts = try Fixture.facts(card, followups, at: "2010-10-01")
        #expect(facts.dormantEligible[0] == expected, "\(title)")
    }

    // MARK: complete

    @Test("complete card: name, valid phone and model", arguments: [
        ("张三", "13812345678", "Octavia", true),
        ("Zhang San", "010-87654321", "Fabia", true),
        ("", "13812345678", "Octavia", false),
        ("   ", "13812345678", "Octavia", false),
        ("\u{3000}", "13812345678", "Octavia", false),
        (nil, "13812345678", "Octavia", false),
        ("张三", nil, "Octavia", false),
        ("张三", "", "Octavia", false),
        ("张三", "1381234567", "Octavia", false),
        ("张三", "138-1234-5678", "Octavia", false),
        ("张三", "13812345678", "", false),
        ("张三", "13812345678", nil, false),
        ("张三", " 13812345678 ", " 明锐 ", true),
    ] as [(String?, String?, String?, Bool)])
    func complete(name: String?, phone: String?, model: String?, expected: Bool) throws {
        let card = CardSpec(id: "c1", created: "2010-09-01", name: name, phone: phone, model: model)
        let facts = try Fixture.facts(card, at: "2010-10-01")
        #expect(facts.complete[0] == expected)
        #expect(CardCompleteness.isComplete(name: name, phone: phone, model: model) == expected)
    }

    /// The columns the query language sees: null where the card does not exist.
    @Test func derivedFieldsAsColumns() throws {
        let dataset = try Fixture.dataset([
            CardSpec(id: "a", created: "2010-09-01", ordered: "2010-09-10"),
            CardSpec(id: "b", created: "2010-10-05"),
        ])
        let facts = CardFacts(dataset: dataset, asOf: day("2010-10-01"))
        let status = facts.column(.status)
        #expect(status.name == "status")
        #expect(status.text(at: 0) == "order")
        #expect(status.text(at: 1) == nil)
        #expect(facts.column(.cardAge).text(at: 0) == "30")
        #expect(facts.column(.lastContact).text(at: 0) == "2010-09-01")
        #expect(facts.column(.visited).text(at: 0) == "true")
        for field in DerivedField.allCases {
            let column = facts.column(field)
            #expect(column.type == field.type)
            #expect(column.count == 2)
        }
    }
}
