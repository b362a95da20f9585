import FunnelDomain
import FunnelStore
import FunnelSyntax
import FunnelText

/// What every KPI, report and plan statement starts from: its day T (`as of`, else
/// today), its periods checked against T, and its `where` as a KPI scope.
struct AnalysisInput {
    let context: EvaluationContext
    let asOf: Day
    let binder: ValueBinder
    let clauses: Clauses

    var evaluator: KPIEvaluator { context.kpis }

    init(context: EvaluationContext, variables: [String: Value], today: Day,
         clauses: Clauses) throws(EvaluationError) {
        self.context = context
        self.clauses = clauses
        var asOf = today
        if let value = clauses.asOf { asOf = try ValueBinder(variables: variables, asOf: today).day(value) }
        self.asOf = asOf
        binder = ValueBinder(variables: variables, asOf: asOf)
    }

    func period(_ value: Value) throws(EvaluationError) -> Period {
        try binder.period(value)
    }

    /// The period as of T; a period that starts after T is an error that says so.
    func window(_ value: Value) throws(EvaluationError) -> AsOfPeriod {
        let period = try binder.period(value)
        do {
            return try evaluator.window(period, today: asOf)
        } catch {
            throw EvaluationError(error.message, at: value.range)
        }
    }

    /// The `where` clause as the cards, traffic and targets it keeps.
    func scope() throws(EvaluationError) -> KPIScope {
        try KPIFilter(context: context, asOf: asOf, binder: binder).scope(clauses.condition)
    }

    /// A KPI by canonical or Chinese name, or an error suggesting the nearest.
    static func kpi(named name: Name) throws(EvaluationError) -> KPIDefinition {
        if let definition = KPICatalog.named(name.text) { return definition }
        var message = "unknown KPI '\(name.text)'"
        if let guess = Suggestion.nearest(to: name.text, in: KPICatalog.names) {
            message += " — did you mean '\(guess)'?"
        }
        throw EvaluationError(message + " (help kpis lists them all)", at: name.range)
    }

    /// Rejects clauses a statement has no use for, pointing at the first.
    func reject(order: Bool = true, limit: Bool = true, groups: Bool = false,
                statement: String) throws(EvaluationError) {
        if order, let item = clauses.order.first {
            throw EvaluationError("\(statement) cannot be ordered: its rows come in their own order",
                                  at: item.field.range)
        }
        if limit, let item = clauses.limit {
            throw EvaluationError("\(statement) takes no limit", at: item.range)
        }
        if groups, let item = clauses.groups.first {
            throw EvaluationError("\(statement) cannot be grouped", at: AnalysisInput.range(of: item))
        }
    }

    static func range(of group: GroupItem) -> SourceRange {
        switch group {
        case .field(let path): path.range
        case .grain(let name, let path): path.map { name.range.union($0.range) } ?? name.range
        }
    }
}

extension AnalysisInput {
    /// The same statement as of another day (a work list for a given date).
    init(copying other: AnalysisInput, asOf: Day) {
        context = other.context
        clauses = other.clauses
        self.asOf = asOf
        binder = ValueBinder(variables: other.binder.variables, asOf: asOf)
    }
}
