import FunnelDomain
import FunnelStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Timings for KPIs and reports on a synthetic dealer group: 1M cards (50
/// consultants), 5M follow-ups, 1M traffic entries. Off by default; run with
///
///     FUNNEL_BENCH=1 swift test -c release --filter KPIBenchmark
@Suite(.enabled(if: getenv("FUNNEL_BENCH") != nil)) struct KPIBenchmark {
    /// `SyntheticGroup`'s cards and follow-ups, with a consultant per card and a traffic
    /// entry per card (captured, followup or none, on or after its capture day).
    static func dataset() throws -> Dataset {
        let base = try SyntheticGroup.dataset(cards: 1_000_000, followupsPerCard: 5)
        var rng = SplitMix64(state: 77)
        let n = base.customers.rowCount
        let names = (0..<50).map { "顾问\($0)" }
        let consultant = Column(name: "consultant", values: .string(codes: (0..<n).map { _ in Int32(rng.below(50)) },
                                                                    dictionary: StringDictionary(names)),
                                present: nil, count: n)
        let created = base.customers.column("created")?.daysOrMax ?? []
        var time = [Int32](repeating: 0, count: n), result = [UInt8](repeating: 0, count: n)
        var card = [Int32](repeating: -1, count: n), receiver = [Int32](repeating: 0, count: n)
        for row in 0..<n {
            let c = rng.below(n)
            time[row] = created[c] + Int32(rng.below(30))
            result[row] = UInt8(rng.below(3))
            card[row] = result[row] == TrafficResult.none.rawValue ? -1 : Int32(c)
            receiver[row] = Int32(rng.below(50))
        }
        let traffic = Table(name: "traffic", rowCount: n, columns: [
            Column(name: "time", values: .date(time), present: nil, count: n),
            Column(name: "kind", values: .enumeration(codes: [UInt8](repeating: 0, count: n),
                                                      vocabulary: TrafficKind.vocabulary), present: nil, count: n),
            Column(name: "result", values: .enumeration(codes: result, vocabulary: TrafficResult.vocabulary),
                   present: nil, count: n),
            Column(name: "consultant", values: .string(codes: receiver, dictionary: StringDictionary(names)),
                   present: nil, count: n),
        ])
        let links = CardLinks(followupCard: base.links.followupCard, trafficCard: card,
                              followupOffsets: base.links.followupOffsets, followupRows: base.links.followupRows)
        return Dataset(name: "bench", dealer: nil, asOf: day("2012-12-31"),
                       customers: Table(name: "customers", rowCount: n, columns: base.customers.columns + [consultant]),
                       followups: base.followups, traffic: traffic, targets: base.targets, links: links, warnings: [],
                       sources: [])
    }

    @Test func oneMillionCards() throws {
        let clock = ContinuousClock()
        let dataset = try Self.dataset()
        let fields = DerivedFields(dataset: dataset)
        var evaluator: KPIEvaluator?
        print("KPIEvaluator.init: \(clock.measure { evaluator = KPIEvaluator(fields: fields) })")
        guard let evaluator else { return }
        let window = try AsOfPeriod(period: Period(parsing: "2010-10"), today: day("2010-10-20"))

        var basis: KPIBasis?
        print("basis, facts cold: \(clock.measure { basis = evaluator.basis(window) })")
        print("basis, facts cached: \(clock.measure { basis = evaluator.basis(window) })")
        guard let basis else { return }
        print("of which the prospect base: \(clock.measure { _ = fields.prospectBase(window) })")
        print("and the facts (cached): \(clock.measure { _ = fields.facts(asOf: window.asOf) })")
        print("all 24 KPIs: \(clock.measure { _ = basis.values() })")
        for kpi in [KPI.overallVisitRate, .captureRate, .planAchievement] {
            print("kpi \(kpi) (basis cached): \(clock.measure { _ = evaluator.basis(window).value(of: kpi) })")
        }
        var groups: KPIGroups?
        print("groups by consultant: \(clock.measure { groups = KPIGroups(evaluator: evaluator, field: "consultant") })")
        if let groups {
            print("overall_visit_rate by consultant (50 groups): \(clock.measure { for g in groups.makeGroups() { _ = basis.value(of: .overallVisitRate, in: KPIScope.all.narrowed(to: g)) } })")
            print("capture_rate by consultant (50 groups): \(clock.measure { for g in groups.makeGroups() { _ = basis.value(of: .captureRate, in: KPIScope.all.narrowed(to: g)) } })")
            print("overall_visit_rate by consultant, one pass: \(clock.measure { _ = basis.values(of: .overallVisitRate, groupedBy: groups.assignment) })")
            print("capture_rate by consultant, one pass: \(clock.measure { _ = basis.values(of: .captureRate, groupedBy: groups.assignment) })")
            print("conversion by consultant: \(clock.measure { _ = GroupedKPIReport.conversion(basis: basis, groups: groups) })")
        }
        if let groups { print("their bitmaps: \(clock.measure { _ = groups.makeGroups() })") }
        var modelGroups: KPIGroups?
        print("groups by channel: \(clock.measure { modelGroups = KPIGroups(evaluator: evaluator, field: "channel") })")
        _ = modelGroups
        print("explain overall_visit_rate: \(clock.measure { _ = basis.explain(.overallVisitRate) })")
        print("funnel: \(clock.measure { _ = FunnelReport(basis: basis) })")
        print("inventory: \(clock.measure { _ = InventoryReport(evaluator: evaluator, window: window) })")
        print("lost reasons: \(clock.measure { _ = LostReasonsReport(basis: basis) })")
        print("capture progress by day: \(clock.measure { _ = CaptureProgress(evaluator: evaluator, window: window, by: .day) })")
        print("structure by age band: \(clock.measure { _ = CustomerStructure(evaluator: evaluator, asOf: window.asOf, dimension: .ageBand) })")
        print("structure by channel: \(clock.measure { _ = CustomerStructure(evaluator: evaluator, asOf: window.asOf, dimension: .channel) })")
        print("due: \(clock.measure { _ = WorkList.due(evaluator, on: window.asOf) })")
        print("contacted: \(clock.measure { _ = WorkList.contacted(evaluator, on: window.asOf) })")
        print("duplicate cards: \(clock.measure { _ = DuplicateCards(evaluator: evaluator, asOf: window.asOf) })")
        let reference = try AsOfPeriod(period: Period(parsing: "2010-09"), today: day("2010-10-20"))
        _ = evaluator.basis(reference)
        print("plan (reference facts cached): \(clock.measure { _ = DeliveryPlan(evaluator: evaluator, deliveries: 500, period: window.period, reference: reference, today: window.today) })")
        print("compare (both cached): \(clock.measure { _ = KPIComparison(kpi: .closeRate, current: evaluator.basis(window), reference: evaluator.basis(reference)) })")
    }
}
