import FunnelDomain
import FunnelStore

/// Derived card fields (domain.md §3) as columns, so conditions, grouping and
/// ordering treat them exactly like stored fields. The facts behind them are
/// computed once per day T and cached by `DerivedFields`.
struct DerivedCardColumns: Sendable {
    let fields: DerivedFields

    init(dataset: Dataset) { fields = DerivedFields(dataset: dataset) }

    var names: [String] { DerivedField.allCases.flatMap { [$0.name] + $0.aliases } }

    func field(named name: String, asOf: Day) -> ResolvedField? {
        guard let field = DerivedField.named(name) else { return nil }
        let column = fields.facts(asOf: asOf).column(field)
        var groups: [String: [UInt8]] = [:]
        if field == .status {
            let following = CardStatus.following.map(\.rawValue)
            for word in [CardStatus.followingToken] + CardStatus.followingWords { groups[word] = following }
        }
        return ResolvedField(name: field.name, column: column, valueGroups: groups)
    }
}
