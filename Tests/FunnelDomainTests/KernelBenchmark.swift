import FunnelDomain
import FunnelStore
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Timings for the derived-field kernels on a synthetic dealer group: 1M cards,
/// 5M follow-ups. Off by default (it allocates a few hundred MB); run with
///
///     FUNNEL_BENCH=1 swift test -c release --filter KernelBenchmark
@Suite(.enabled(if: getenv("FUNNEL_BENCH") != nil)) struct KernelBenchmark {
    @Test func oneMillionCards() throws {
        let clock = ContinuousClock()
        var dataset: Dataset?
        let build = try clock.measure { dataset = try SyntheticGroup.dataset(cards: 1_000_000, followupsPerCard: 5) }
        guard let dataset else { return }
        print("synthetic dataset: \(dataset.customers.rowCount) cards, \(dataset.followups.rowCount) follow-ups, "
              + "built in \(build)")

        let columns = clock.measure { _ = CardColumns(customers: dataset.customers) }
        print("CardColumns(customers:): \(columns)")
        let complete = clock.measure { _ = CardCompleteness.bitmap(customers: dataset.customers) }
        print("CardCompleteness.bitmap: \(complete)")
        var fields: DerivedFields?
        let prepare = clock.measure { fields = DerivedFields(dataset: dataset) }
        guard let fields else { return }
        print("DerivedFields.init (card columns, follow-up trail, completeness): \(prepare)")

        for t in ["2010-03-31", "2010-10-01", "2011-06-30", "2012-12-31"] {
            var following = 0
            let cold = clock.measure { following = fields.facts(asOf: day(t)).following.cardinality }
            let warm = clock.measure { following = fields.facts(asOf: day(t)).following.cardinality }
            print("facts as of \(t): \(cold) computed, \(warm) cached (\(following) following)")
        }
        let window = try AsOfPeriod(period: Period(parsing: "2010-10"), today: day("2010-10-20"))
        var closing = 0
        let base = clock.measure { closing = fields.prospectBase(window).closingCount }
        print("prospect base of \(window): \(base) (\(closing) closing)")
        let oneOff = clock.measure { _ = CardFacts(dataset: dataset, asOf: day("2010-10-01")) }
        print("CardFacts(dataset:asOf:) from scratch: \(oneOff)")
    }
}
