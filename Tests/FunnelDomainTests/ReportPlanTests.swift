import FunnelDomain
import FunnelOutput
import FunnelStore
import Testing

/// Funnel math (domain.md §7): `plan deliveries N for PERIOD [using PERIOD]` and
/// `plan deliveries N close rate 1:5`.
@Suite struct ReportPlanTests {
    /// A dealer whose September has round numbers, today 2010-10-20:
    /// - 100 walk-in cards captured in August, following into September; 24 of them
    ///   delivered in September;
    /// - 50 cards captured in September: 20 walk-in, 10 phone, 20 outreach;
    /// - September traffic: 60 entries, 25 captured, 15 followup, 20 none (3-22 Sept).
    /// So September's base is 100 + 50 = 150, its close rate 24 ÷ 150 = 16%, its new
    /// traffic 60 − 15 = 45 and capture rate 25 ÷ 45; October opens with 100 − 24 + 50 = 126.
    static func dealer() throws -> Dataset {
        var customers: [String] = []
        for i in 0..<100 {
            let dayOfMonth = KPIFixture.pad(1 + i % 28)
            let sold = i < 24 ? #", "ordered": "2010-09-\#(dayOfMonth)", "delivered": "2010-09-\#(dayOfMonth)""# : ""
            customers.append(#"{"id": "o\#(i)", "created": "2010-08-\#(dayOfMonth)", "channel": "walkin"\#(sold)}"#)
        }
        for i in 0..<50 {
            let channel = i < 20 ? "walkin" : (i < 30 ? "phone" : "outreach")
            customers.append(#"{"id": "n\#(i)", "created": "2010-09-\#(KPIFixture.pad(1 + i % 28))", "#
                + #""channel": "\#(channel)"}"#)
        }
        var traffic: [String] = []
        for i in 0..<60 {
            let result = i < 25 ? "captured" : (i < 40 ? "followup" : "none")
            traffic.append(#"{"time": "2010-09-\#(KPIFixture.pad(3 + i % 20))", "kind": "visit", "result": "\#(result)"}"#)
        }
        return try KPIFixture.load(#"{"as_of": "2010-10-20", "customers": ["# + customers.joined(separator: ",")
            + #"], "traffic": ["# + traffic.joined(separator: ",") + "]}")
    }

    static func plan(_ n: Int, for period: String, using reference: String) throws -> DeliveryPlan {
        let evaluator = KPIEvaluator(dataset: try dealer())
        let today = day("2010-10-20")
        return DeliveryPlan(evaluator: evaluator, deliveries: n, period: try Period(parsing: period),
                            reference: try AsOfPeriod(period: Period(parsing: reference), today: today), today: today)
    }

    /// plan deliveries 30 for 2010-10 using 2010-09:
    /// base ⌈30 × 150 ÷ 24⌉ = ⌈187.5⌉ = 188; new 188 − 126 = 62; walk-in ⌈62 × 20 ÷ 50⌉ = 25,
    /// phone ⌈62 × 10 ÷ 50⌉ = 13, outreach 25 (63 in all: each channel rounds up);
    /// showroom ⌈62 × 30 ÷ 50⌉ = 38; new traffic ⌈38 × 45 ÷ 25⌉ = ⌈68.4⌉ = 69;
    /// traffic ⌈69 × 60 ÷ 45⌉ = 92.
    @Test func thirtyDeliveriesInOctober() throws {
        let plan = try Self.plan(30, for: "2010-10", using: "2010-09")
        #expect(plan.stoppedBecause == nil)
        #expect(plan.requiredBase == 188)
        #expect(plan.openingStock == 126)
        #expect(plan.requiredNewCards == 62)
        #expect(plan.requiredByChannel.map(\.channel) == [.walkin, .phone, .outreach])
        #expect(plan.requiredByChannel.map(\.required) == [25, 13, 25])
        #expect(plan.requiredByChannel.map(\.share) == [0.4, 0.2, 0.4])
        #expect(plan.requiredShowroomCards == 38)
        #expect(plan.requiredNewTraffic == 69)
        #expect(plan.requiredTraffic == 92)
        #expect(plan.steps.map(PlanText.label) == [
            "close rate of 2010-09", "required base", "opening stock of 2010-10", "required new cards",
            "required walkin cards", "required phone cards", "required outreach cards", "required showroom cards",
            "capture rate of 2010-09", "required new traffic", "required showroom traffic",
        ])
        #expect(plan.steps.map(PlanText.arithmetic) == [
            "24 ÷ 150", "30 ÷ 16.0% = 30 × 150 ÷ 24", "126", "188 − 126", "62 × 20 ÷ 50", "62 × 10 ÷ 50",
            "62 × 20 ÷ 50", "62 × 30 ÷ 50", "25 ÷ 45", "38 × 45 ÷ 25", "69 × 60 ÷ 45",
        ])
        #expect(plan.steps.map(PlanText.result) == [
            "16.0%", "188 cards", "126 cards", "62 cards", "25 cards (share 40.0%)", "13 cards (share 20.0%)",
            "25 cards (share 40.0%)", "38 cards", "55.6%", "69 entries", "92 entries",
        ])
        #expect(plan.steps[1].result == 187.5)
    }

    /// The opening stock covers a smaller target: no new cards are needed.
    @Test func theStockIsEnough() throws {
        let plan = try Self.plan(20, for: "2010-10", using: "2010-09")
        #expect(plan.requiredBase == 125)                 // 20 × 150 ÷ 24 exactly
        #expect(plan.requiredNewCards == 0)
        #expect(plan.requiredTraffic == 0)
        #expect(plan.steps[3].remark == .stockCoversBase)
    }

    /// November has not started: today's following cards stand for its opening stock.
    @Test func aFuturePeriodUsesTodaysStock() throws {
        let plan = try Self.plan(30, for: "2010-11", using: "2010-09")
        #expect(plan.openingStock == 126)
        #expect(plan.requiredNewCards == 62)
        #expect(plan.steps[2].remark.map(PlanText.remark) == "2010-11 has not started: the cards following today "
            + "(2010-10-20) stand for its opening stock")
    }

    @Test("default reference period", arguments: [
        ("2010-11", "2010-09"),   // October is not over on the 20th
        ("2010-10", "2010-09"),
        ("2010-W42", "2010-W41"),
        ("2010-Q4", "2010-Q3"),
        ("2010-10-01..2010-10-10", "2010-09-21..2010-09-30"),
    ])
    func defaultReference(_ period: String, _ reference: String) throws {
        let found = DeliveryPlan.defaultReference(for: try Period(parsing: period), today: day("2010-10-20"))
        #expect(found?.period.label == reference)
        #expect(found?.isComplete == true)
    }

    /// No deliveries in August: no close rate, and the plan says so after its first step.
    @Test func noCloseRateStopsThePlan() throws {
        let plan = try Self.plan(30, for: "2010-10", using: "2010-08")
        #expect(plan.steps.count == 1)
        #expect(plan.steps.first.map(PlanText.arithmetic) == "0 ÷ 100")
        #expect(plan.stoppedBecause == .closeRateUnusable(reference: "2010-08", undefined: false))
        #expect(plan.requiredBase == nil)
    }

    /// 1-2 September had deliveries and new cards but no traffic: the plan stops at the
    /// capture rate.
    @Test func noCaptureRateStopsTheTrafficSteps() throws {
        let plan = try Self.plan(1, for: "2010-10", using: "2010-09-01..2010-09-02")
        #expect(plan.requiredBase == 52)                  // 1 × 104 ÷ 2
        #expect(plan.requiredNewTraffic == nil)
        #expect(plan.stoppedBecause.map(PlanText.stop) == "the capture rate of 2010-09-01..2010-09-02 is undefined: "
            + "no traffic can be planned from it")
        #expect(plan.steps.last.map(PlanText.result) == "undefined")
    }

    /// Seed 001: at a close rate of 1 in 5, 5 sales a week need 25 new prospects a week.
    @Test("refill rule", arguments: [
        (5, 1, 5, 25), (5, 2, 10, 25), (3, 1, 4, 12), (7, 2, 5, 18), (0, 1, 5, 0), (1, 1, 1, 1),
    ])
    func refill(_ deliveries: Int, _ sales: Int, _ prospects: Int, _ required: Int) throws {
        let plan = try #require(RefillPlan(deliveries: deliveries, sales: sales, in: prospects))
        #expect(plan.requiredNewProspects == required)
        #expect(plan.steps.last?.rounded == required)
    }

    @Test func refillSteps() throws {
        let plan = try #require(RefillPlan(deliveries: 5, sales: 1, in: 5))
        #expect(plan.steps.map(PlanText.label) == ["close rate", "new prospects per sale", "required new prospects"])
        #expect(plan.steps.map(PlanText.arithmetic) == ["1 ÷ 5", "5 ÷ 1", "5 × 5 ÷ 1"])
        #expect(plan.steps.map(PlanText.result) == ["20.0%", "5", "25 new prospects"])
    }

    @Test("refill needs a real close rate", arguments: [(5, 0, 5), (5, 6, 5), (-1, 1, 5), (5, 1, 0)])
    func refillRefused(_ deliveries: Int, _ sales: Int, _ prospects: Int) {
        #expect(RefillPlan(deliveries: deliveries, sales: sales, in: prospects) == nil)
    }

    @Test func aNegativeTargetIsRefused() throws {
        let plan = try Self.plan(-3, for: "2010-10", using: "2010-09")
        #expect(plan.stoppedBecause == .negativeTarget)
        #expect(plan.steps.isEmpty)
    }
}
