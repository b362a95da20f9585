import FunnelDomain
import FunnelStore
import Testing

/// Every KPI of domain.md §5 on the hand-made dealer of `KPIFixture.dealer`, October
/// 2010 as of 2010-10-20. The expected numbers are worked out from the table in
/// `KPIFixture.dealer`'s comment:
///
/// - opening = A1 A2 A3 A4 A6 (5; A5 was lost in September); new = N1..N6 (6; L1 is
///   captured after T); base = 11.
/// - visited by T: A1 A4 A6 N1 N5 (walk-ins), A2 N2 (visit follow-ups); not A3, N3,
///   N4 (a call is not a visit), N6 (its visit is after T). Opening 4, new 3.
/// - visits on 2+ days: A2 (09-12, 10-08), N1 (capture 10-02, visit 10-10).
/// - test drives by T: A2, N1 (N6's is after T).
/// - in October up to T: orders A2, N1 (N6's is after T; A4's in September);
///   deliveries A4, N1; losses A3, N3.
/// - closing = 11 − 2 − 2 = 7: A1 A2 A6 N2 N4 N5 N6.
/// - complete: all but A6 (no name) and N4 (phone 12345): opening 4, new 5.
/// - traffic in October up to T: T1..T9; followup T3 T5 T6; captured T1 T2 T7 T8.
@Suite struct KPIEvaluationTests {
    struct Expected: Sendable, CustomStringConvertible {
        let kpi: KPI
        let numerator: Int
        let denominator: Double?
        var description: String { kpi.name }
        init(_ kpi: KPI, _ numerator: Int, _ denominator: Double? = nil) {
            self.kpi = kpi
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    static let octoberCases: [Expected] = [
        Expected(.showroomTraffic, 9),              // T1..T9
        Expected(.dailyTraffic, 9, 20),             // 9 entries over 1..20 October
        Expected(.newTraffic, 6),                   // 9 − 3 followup
        Expected(.captureRate, 4, 6),               // T1 T2 T7 T8 ÷ (9 − 3)
        Expected(.newCards, 6),                     // N1..N6
        Expected(.outreachCards, 2),                // N3, N6
        Expected(.firstResponseRate, 0, 0),         // no times of day here: every new card is left out
        Expected(.overallVisitRate, 7, 11),         // (4 + 3) ÷ (5 + 6)
        Expected(.newOverallVisitRate, 3, 6),       // N1 N2 N5 ÷ N1..N6
        Expected(.firstVisitRate, 2, 6),            // A2, N2 ÷ A2 A3 + N2 N3 N4 N6
        Expected(.newFirstVisitRate, 1, 4),         // N2 ÷ N2 N3 N4 N6
        Expected(.returnVisitRate, 2, 7),           // A2, N1 ÷ the 7 visited
        Expected(.newReturnVisitRate, 1, 3),        // N1 ÷ N1 N2 N5
        Expected(.testDriveRate, 2, 11),            // A2, N1
        Expected(.newTestDriveRate, 1, 6),          // N1
        Expected(.orders, 2),                       // A2, N1
        Expected(.orderRate, 2, 11),
        Expected(.deliveries, 2),                   // A4, N1
        Expected(.closeRate, 2, 11),
        Expected(.losses, 2),                       // A3, N3
        Expected(.lostRate, 2, 11),
        Expected(.openingStock, 5),
        Expected(.closingStock, 7),
        Expected(.completeRate, 9, 11),             // (4 + 5) ÷ 11
        Expected(.planAchievement, 2, 4),           // 2 deliveries ÷ the dealer's October target 4
        // Due events in October up to T (cycles O 7, A 4, B 7, C 15; no follow-up sets a
        // grade, so a contact's grade is the stored one, unknown for an O card not yet
        // ordered): N2 A captured 10-04 → due 10-08, visited 10-06: on time; 10-06 → due
        // 10-10, nothing since: late. N4 B captured 10-11 → due 10-18, called 10-12: on
        // time; 10-12 → due 10-19: late. Not counted: A6 C 09-20 → due 10-05 but dormant
        // 09-30, N3 C 10-05 → due 10-20 but lost 10-15 (closed); A1 B 09-05 and A3 C 09-15
        // are due in September; N5 and N6 are due after T; A2 (10-08) and N1 (10-02, 10-10)
        // are O before their orders, so their grade then is unknown.
        Expected(.followupTimeliness, 2, 4),
    ]

    @Test("October 2010 as of 2010-10-20", arguments: octoberCases)
    func october(_ expected: Expected) throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let value = evaluator.value(of: expected.kpi, for: try KPIFixture.window("2010-10"))
        #expect(value.numerator == expected.numerator)
        #expect(value.denominator == expected.denominator)
        if let denominator = expected.denominator {
            #expect(value.value == (denominator == 0 ? nil : Double(expected.numerator) / denominator))
        } else {
            #expect(value.value == Double(expected.numerator))
        }
    }

    @Test func everyKPIIsInTheTable() {
        #expect(Self.octoberCases.map(\.kpi) == KPI.allCases)
    }

    /// `values(in:)` gives the same numbers as asking one by one.
    @Test func allAtOnce() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let basis = evaluator.basis(try KPIFixture.window("2010-10"))
        for result in basis.values() {
            #expect(result.value == basis.value(of: result.kpi))
        }
    }

    /// `where model = Octavia`: A1 A3 | N1 N3 N5 (A5 and L1 are Octavias outside the base).
    @Test("where model = Octavia", arguments: [
        Expected(.newCards, 3),                 // N1 N3 N5
        Expected(.openingStock, 2),             // A1 A3
        Expected(.overallVisitRate, 3, 5),      // A1 N1 N5 ÷ 5
        Expected(.firstVisitRate, 0, 2),        // A3, N3: neither visited
        Expected(.deliveries, 1),               // N1
        Expected(.losses, 2),                   // A3, N3
        Expected(.closingStock, 2),             // A1, N5
    ])
    func whereModel(_ expected: Expected) throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let scope = KPIScope(cards: KPIFixture.cards(where: "model", is: "Octavia", in: evaluator.dataset))
        let value = evaluator.value(of: expected.kpi, for: try KPIFixture.window("2010-10"), in: scope)
        #expect(value.numerator == expected.numerator)
        #expect(value.denominator == expected.denominator)
    }

    /// 3 October alone (T = 10-03): no card is captured that day, so every rate over
    /// new cards is undefined (not 0%, not a crash); opening = A1 A2 A3 A4 A6 N1 (A3 is
    /// lost on the 3rd, inside the day, so it is still opening).
    @Test("zero denominators are undefined", arguments: [
        KPI.newOverallVisitRate, .newFirstVisitRate, .newReturnVisitRate, .newTestDriveRate,
    ])
    func zeroDenominator(_ kpi: KPI) throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let value = evaluator.value(of: kpi, for: try KPIFixture.window("2010-10-03"))
        #expect(value.numerator == 0)
        #expect(value.denominator == 0)
        #expect(value.value == nil)
        #expect(!value.isDefined)
    }

    @Test func theThirdOfOctober() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let basis = evaluator.basis(try KPIFixture.window("2010-10-03"))
        #expect(basis.value(of: .openingStock).numerator == 6)
        #expect(basis.value(of: .losses).numerator == 1)            // A3
        #expect(basis.value(of: .showroomTraffic) == .count(0))     // nothing on 10-03
        #expect(basis.value(of: .dailyTraffic) == .ratio(0, over: 1))
        #expect(basis.value(of: .captureRate).value == nil)         // 0 ÷ (0 − 0)
    }

    /// A dataset with no cards and no traffic: counts are 0, every ratio undefined.
    @Test func anEmptyDealer() throws {
        let evaluator = KPIEvaluator(dataset: try KPIFixture.load(#"{"as_of": "2010-10-20", "customers": []}"#))
        let basis = evaluator.basis(try KPIFixture.window("2010-10"))
        for result in basis.values() {
            switch result.kpi.definition.kind {
            case .count: #expect(result.value == .count(0), "\(result.kpi)")
            case .average: #expect(result.value == .ratio(0, over: 20), "\(result.kpi)")
            case .rate: #expect(result.value.value == nil, "\(result.kpi)")
            }
        }
    }

    /// A month in the past is counted whole: October as of 2010-11-15 takes N6's
    /// order (10-21) and visit (10-22), and L1 (10-25), but not after the 31st.
    @Test func aPastMonthIsCountedToItsEnd() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let basis = evaluator.basis(try KPIFixture.window("2010-10", today: "2010-11-15"))
        #expect(basis.value(of: .newCards).numerator == 7)                      // + L1
        #expect(basis.value(of: .orders).numerator == 3)                        // + N6
        #expect(basis.value(of: .newOverallVisitRate) == .ratio(5, over: 7))    // + N6, L1
        #expect(basis.value(of: .dailyTraffic) == .ratio(10, over: 31))         // + T11
    }

    /// A period that starts after today is refused, not shown as zeros.
    @Test func aFuturePeriodIsRefused() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        #expect(throws: PeriodError.self) { try evaluator.window(Period(parsing: "2010-11")) }
        #expect(throws: PeriodError.self) { try KPIFixture.window("2010-10-21") }
    }

    /// Traffic filtered by its own consultant field: Li received T1 T2 T3 T5 T6.
    @Test func trafficWhereConsultant() throws {
        let evaluator = try KPIFixture.dealerEvaluator()
        let scope = KPIScope(traffic: KPIFixture.traffic(where: "consultant", is: "Li", in: evaluator.dataset))
        let basis = evaluator.basis(try KPIFixture.window("2010-10"))
        #expect(basis.value(of: .showroomTraffic, in: scope) == .count(5))
        #expect(basis.value(of: .newTraffic, in: scope) == .count(2))           // 5 − T3 T5 T6
        #expect(basis.value(of: .captureRate, in: scope) == .ratio(2, over: 2)) // T1 T2 ÷ 2
    }
}
