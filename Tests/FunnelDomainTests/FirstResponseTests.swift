import FunnelDomain
import FunnelStore
import Testing

/// Each card's first response (domain.md §8.1) and the sets `first_response_rate` counts,
/// on cards worked out by hand:
///
/// | card | captured | follow-ups | first response |
/// | --- | --- | --- | --- |
/// | F1 | 10-04 09:00 | 10-04 09:00 (the capture contact), 10-05 10:00 | 0 min |
/// | F2 | 10-04 23:30 | 10-05 00:20 | 50 min, across midnight |
/// | F3 | 10-04 17:50 | 10-05 09:10 | 920 min (15 h 20) |
/// | F4 | 10-04 10:00 | 10-04 09:50 (typed in after the call) | −10 min: at once |
/// | F5 | 10-04 (no time) | 10-04 10:00 | unknown |
/// | F6 | 10-04 10:00 | 10-04 (no time), 10-04 10:05 | unknown: the untimed one comes first |
/// | F7 | 10-04 10:00 | none | none |
@Suite struct FirstResponseTests {
    static let json = """
        {"as_of": "2010-10-31",
         "customers": [
          {"id": "F1", "created": "2010-10-04T09:00"}, {"id": "F2", "created": "2010-10-04T23:30"},
          {"id": "F3", "created": "2010-10-04T17:50"}, {"id": "F4", "created": "2010-10-04T10:00"},
          {"id": "F5", "created": "2010-10-04"}, {"id": "F6", "created": "2010-10-04T10:00"},
          {"id": "F7", "created": "2010-10-04T10:00"}
         ],
         "followups": [
          {"customer": "F1", "date": "2010-10-05T10:00", "kind": "call"},
          {"customer": "F1", "date": "2010-10-04T09:00", "kind": "visit", "grade": "B"},
          {"customer": "F2", "date": "2010-10-05T00:20", "kind": "message"},
          {"customer": "F3", "date": "2010-10-05T09:10", "kind": "call"},
          {"customer": "F4", "date": "2010-10-04T09:50", "kind": "call"},
          {"customer": "F5", "date": "2010-10-04T10:00", "kind": "call"},
          {"customer": "F6", "date": "2010-10-04T10:05", "kind": "call"},
          {"customer": "F6", "date": "2010-10-04", "kind": "message"}
         ]}
        """

    static func responses() throws -> (FirstResponses, Dataset) {
        let dataset = try KPIFixture.load(json)
        return (FirstResponses(dataset: dataset), dataset)
    }

    @Test func minutesFromCaptureToTheFirstFollowup() throws {
        let (responses, _) = try Self.responses()
        #expect((0..<7).map { responses.responseMinutes(ofCard: $0) } == [0, 50, 920, -10, nil, nil, nil])
        #expect(responses.firstDay[6] == .max)
    }

    /// As of the capture day, F2 and F3 have not been contacted yet: late, not left out.
    /// The day after, F2 was contacted within the hour.
    @Test(arguments: [
        ("2010-10-04", ["F1", "F2", "F3", "F4", "F7"], ["F1", "F4"]),
        ("2010-10-05", ["F1", "F2", "F3", "F4", "F7"], ["F1", "F2", "F4"]),
    ])
    func setsAsOfADay(asOf: String, known: [String], onTime: [String]) throws {
        let (responses, dataset) = try Self.responses()
        let sets = responses.sets(asOf: day(asOf))
        #expect(ids(sets.known, in: dataset) == Set(known))
        #expect(ids(sets.onTime, in: dataset) == Set(onTime))
    }

    /// The KPI over the new cards of October: 3 on time of the 5 whose response is
    /// known; F5 and F6 are left out.
    @Test func theRate() throws {
        let evaluator = KPIEvaluator(dataset: try KPIFixture.load(Self.json))
        let basis = evaluator.basis(try KPIFixture.window("2010-10", today: "2010-10-31"))
        #expect(basis.value(of: .firstResponseRate) == KPIValue.ratio(3, over: 5))
        #expect(basis.newWithoutResponseTimes() == 2)
        let explained = basis.explain(.firstResponseRate)
        #expect(explained.terms.map(\.value) == [3.0, 5.0])
        #expect(explained.notes.contains(.withoutResponseTimes(count: 2)))
    }
}
