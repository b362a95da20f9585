import Foundation
import FunnelDomain
import FunnelGenerator
import FunnelStore
import Testing

/// What the generated data records besides the cards' lives, on a generated dealer and
/// on the demo (issue 13 item 8): every capture as a follow-up with its grade, times of
/// day on working hours, and post-delivery callbacks at about 1, 7 and 30 days.
@Suite struct RecordedContactsTests {
    enum Source: String, CaseIterable, Sendable, CustomStringConvertible {
        case generated, demo
        var description: String { rawValue }

        func parsed() throws -> ParsedDataset {
            switch self {
            case .generated: try ConsistencyTests.parsed.get()
            case .demo: try DemoDatasetTests.parsed.get()
            }
        }

        func loaded() throws -> Dataset {
            switch self {
            case .generated:
                try DatasetLoader().load(bytes: try DatasetGenerator(ConsistencyTests.options).jsonBytes(),
                                         file: "generated.json")
            case .demo: try DemoDataset.load()
            }
        }
    }

    /// The minute of the day of a date-time text, or `nil` for a plain date.
    static func minute(_ text: String) -> Int? {
        guard text.count >= 16, let hours = Int(text.dropFirst(11).prefix(2)),
              let minutes = Int(text.dropFirst(14).prefix(2)) else { return nil }
        return hours * 60 + minutes
    }

    /// The first follow-up of every card is its capture contact: on the capture day, of
    /// the channel's kind, with the grade it set, timed when the capture is, at the
    /// capture's minute (an online phone lead: called back later that day).
    @Test(arguments: Source.allCases)
    func everyCardRecordsItsCaptureWithItsGrade(_ source: Source) throws {
        let data = try source.parsed()
        var calledBack = 0
        for card in data.customers {
            let id = card.string("id")
            let first = try #require(data.followupsByCard[id]?.first, "\(id) has no follow-up")
            #expect(first.day("date") == card.day("created"), "\(id)")
            #expect(first.optional("grade") != nil, "\(id) capture without a grade")
            let kind: String
            switch (card.string("channel"), card.string("kind")) {
            case ("walkin", _): kind = "visit"
            case ("phone", _), ("outreach", "wholesale"): kind = "call"
            default: kind = "home_visit"
            }
            #expect(first.string("kind") == kind, "\(id)")
            let captured = Self.minute(card.string("created")), contacted = Self.minute(first.string("date"))
            #expect((captured == nil) == (contacted == nil), "\(id) capture and contact timed alike")
            if let captured, let contacted {
                #expect(contacted >= captured, "\(id)")
                if contacted > captured {
                    #expect(card.string("channel") == "phone"
                            && ["autohome", "website", "bitauto"].contains(card.string("source")), "\(id)")
                    calledBack += 1
                }
            }
        }
        #expect(calledBack > 0, "online leads wait for their call")
        #expect(data.customers.contains { Self.minute($0.string("created")) == nil }, "some captures carry no time")
    }

    /// So a card's grade is known on every past day (domain.md §2.1).
    @Test(arguments: Source.allCases)
    func noGradeIsUnknownOnAnyDay(_ source: Source) throws {
        let fields = DerivedFields(dataset: try source.loaded())
        let first = Day(parsing: "2010-01-01") ?? Day(rawValue: 0)
        for offset in stride(from: 0, to: 365, by: 7) where first + offset < fields.snapshotDay {
            #expect(fields.grades(asOf: first + offset).unknown == 0, "\(first + offset)")
        }
    }

    /// Every time of day is in the showroom's working hours, 08:30 to 20:00.
    @Test(arguments: Source.allCases)
    func timesFallInWorkingHours(_ source: Source) throws {
        let data = try source.parsed()
        let values = data.customers.map { $0.string("created") } + data.followups.map { $0.string("date") }
            + data.traffic.map { $0.string("time") }
        let minutes = values.compactMap(Self.minute)
        #expect(minutes.count > values.count / 2, "most records carry a time")
        #expect(minutes.allSatisfy { (510...1200).contains($0) },
                "outside: \(values.filter { Self.minute($0).map { !(510...1200).contains($0) } ?? false }.prefix(5))")
        for table in [data.customers.map { $0.string("created") }, data.followups.map { $0.string("date") },
                      data.traffic.map { $0.string("time") }] {
            #expect(table.contains { Self.minute($0) != nil } && table.contains { Self.minute($0) == nil })
        }
    }

    /// After a retail delivery come the callbacks (成交回访), at 1-2, 6-8 and 28-32
    /// days, calls or messages; some are missed.
    @Test(arguments: Source.allCases)
    func deliveriesAreCalledBack(_ source: Source) throws {
        let data = try source.parsed()
        var complete = 0, missing = 0
        for card in data.customers where card.string("kind") == "retail" {
            guard let delivered = card.optional("delivered") else { continue }
            let after = (data.followupsByCard[card.string("id")] ?? []).filter { $0.day("date") > delivered }
            let days = after.map { Definitions.days(from: delivered, to: $0.day("date")) }
            #expect(days.allSatisfy { [1, 2, 6, 7, 8, 28, 29, 30, 31, 32].contains($0) }, "\(card.string("id")) \(days)")
            #expect(after.allSatisfy { $0.optional("grade") == nil })
            #expect(Set(days.map { $0 / 6 }).count == days.count, "one callback per round")
            guard Definitions.days(from: delivered, to: data.asOf) >= 32 else { continue }
            if days.count == 3 { complete += 1 } else { missing += 1 }
        }
        #expect(complete > 0 && missing > 0, "\(complete) deliveries called back every time, \(missing) with a miss")
        #expect(missing < complete)
    }
}
