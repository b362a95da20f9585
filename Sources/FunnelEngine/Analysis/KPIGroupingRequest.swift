import FunnelDomain
import FunnelSyntax

/// What a `by` clause asks of a KPI or report: at most one time grain (`by week`:
/// each piece of P is a period of its own) and card fields.
struct KPIGroupingRequest {
    var grain: PeriodGrain?
    var grainName: String?
    var fields: [FieldPath] = []

    init(_ groups: [GroupItem], input: AnalysisInput, maxFields: Int = 2) throws(EvaluationError) {
        let cards = input.context.scope(of: input.context.dataset.customers, asOf: input.asOf)
        for group in groups {
            switch group {
            case .grain(let name, nil):
                try setGrain(name)
            case .grain(let name, let path?):
                throw EvaluationError("a KPI is grouped by the time of P itself: write by \(name.text.lowercased())",
                                      at: name.range.union(path.range))
            case .field(let path):
                // `by week` may reach here as a field; a card field of that name wins.
                if path.parts.count == 1, let first = path.parts.first, PeriodGrain(name: first.text) != nil,
                   (try? cards.resolve(path)) == nil {
                    try setGrain(first)
                } else {
                    guard fields.count < maxFields else {
                        throw EvaluationError("group by at most \(maxFields) card fields (and one of day, week, "
                                              + "month, quarter, year)", at: path.range)
                    }
                    fields.append(path)
                }
            }
        }
    }

    private mutating func setGrain(_ name: Name) throws(EvaluationError) {
        guard let grain = PeriodGrain(name: name.text) else {
            throw EvaluationError("'\(name.text)' is not a grain: use day, week, month, quarter or year",
                                  at: name.range)
        }
        guard self.grain == nil else {
            throw EvaluationError("group by one grain of time at most", at: name.range)
        }
        self.grain = grain
        grainName = grain.rawValue
    }
}
