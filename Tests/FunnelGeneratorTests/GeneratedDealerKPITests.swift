import FunnelDomain
import FunnelGenerator
import FunnelStore
import Testing

/// The KPI invariants of KPIPropertyTests, held on the dealers `funnel generate`
/// makes (a simulation with its own habits, unlike the property tests' hand-rolled
/// dealer), plus one those tests lack: event counts never fall as the as-of day moves
/// later, since nothing dated after it counts and nothing before it goes away.
@Suite struct GeneratedDealerKPITests {
    static let seeds: [UInt64] = [21, 22]
    /// KPIs that count events dated in the period.
    static let eventCounts: [KPI] = [.showroomTraffic, .newTraffic, .newCards, .outreachCards, .orders, .deliveries,
                                     .losses]

    static func evaluator(seed: UInt64) throws -> KPIEvaluator {
        let bytes = try DatasetGenerator(GeneratorOptions(cards: 1200, seed: seed)).jsonBytes()
        return KPIEvaluator(dataset: try DatasetLoader().load(bytes: bytes, file: "generated-\(seed).json"))
    }

    /// Each week, month and quarter of 2010, as of three days: early in it, its end,
    /// and a month after.
    static func windows() throws -> [AsOfPeriod] {
        var windows: [AsOfPeriod] = []
        guard let first = Day(parsing: "2010-01-04") else { return [] }
        for offset in stride(from: 0, to: 360, by: 23) {
            for grain in [PeriodGrain.week, .month, .quarter] {
                let period = grain.period(containing: first + offset)
                for today in [period.start + 2, period.end, period.end + 30] {
                    windows.append(try AsOfPeriod(period: period, today: today))
                }
            }
        }
        return windows
    }

    static func union(_ terms: [KPIExplainedTerm]) -> Bitmap? {
        let maps = terms.compactMap { $0.rows.bitmap }
        guard let first = maps.first else { return nil }
        return maps.dropFirst().reduce(first) { $0 | $1 }
    }

    @Test("rates in 0...1, numerators inside denominators, funnels that never grow", arguments: seeds)
    func proportionsAndFunnels(seed: UInt64) throws {
        let evaluator = try Self.evaluator(seed: seed)
        for window in try Self.windows() {
            let basis = evaluator.basis(window)
            for kpi in KPI.allCases where kpi.definition.isProportion {
                let value = basis.value(of: kpi)
                if let rate = value.value { #expect((0...1).contains(rate), "\(kpi) \(window)") }
                let explanation = basis.explain(kpi)
                let whole = Self.union(explanation.denominator.filter { !$0.term.subtracted })
                let minus = Self.union(explanation.denominator.filter { $0.term.subtracted })
                if let top = Self.union(explanation.numerator), let whole {
                    #expect(top.isSubset(of: minus.map { whole - $0 } ?? whole), "\(kpi) \(window)")
                }
            }
            let stages = FunnelReport(basis: basis).stages.dropFirst()
            for (before, after) in zip(stages, stages.dropFirst()) {
                #expect(after.count <= before.count, "\(after.kind) \(window)")
            }
        }
    }

    @Test("inventory identity outside inconsistent cards", arguments: seeds)
    func inventory(seed: UInt64) throws {
        let evaluator = try Self.evaluator(seed: seed)
        for window in try Self.windows() {
            let whole = InventoryReport(evaluator: evaluator, window: window).total
            let clean = InventoryReport(evaluator: evaluator, window: window, cards: ~whole.inconsistent).total
            #expect(clean.identityHolds, "\(window)")
        }
    }

    @Test("event counts never fall as the as-of day moves later", arguments: seeds)
    func eventCountsGrowWithTheAsOfDay(seed: UInt64) throws {
        let evaluator = try Self.evaluator(seed: seed)
        guard let first = Day(parsing: "2010-01-01") else { return }
        for grain in [PeriodGrain.month, .quarter] {
            for offset in stride(from: 0, to: 365, by: 45) {
                let period = grain.period(containing: first + offset)
                var previous: [KPI: Int] = [:]
                for days in stride(from: 0, through: period.dayCount + 10, by: 3) {
                    let today = period.start + days
                    let basis = evaluator.basis(try AsOfPeriod(period: period, today: today))
                    for kpi in Self.eventCounts {
                        let count = basis.value(of: kpi).numerator
                        #expect(count >= previous[kpi, default: 0], "\(kpi) in \(period.label) as of \(today)")
                        previous[kpi] = count
                    }
                }
            }
        }
    }
}
