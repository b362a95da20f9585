import FunnelDomain
import FunnelStore

/// Derived card fields (domain.md §3) as columns, so conditions, grouping and
/// ordering treat them exactly like stored fields.
struct DerivedCardColumns: Sendable {
    let dataset: Dataset

    init(dataset: Dataset) { self.dataset = dataset }

    var names: [String] { [] }

    func field(named name: String, asOf: Day) -> ResolvedField? { nil }
}
