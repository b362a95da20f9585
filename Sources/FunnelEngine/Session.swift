import FunnelDomain
import FunnelStore
import FunnelSyntax
import FunnelText

/// The interpreter's state across statements: the dataset, today, and variables.
/// It never prints and never touches a terminal: statements go in, results and
/// located errors come out.
public struct Session: Sendable {
    public private(set) var dataset: Dataset
    /// The day statements are counted as of unless they say `as of`: the user's
    /// `--today`, else the dataset's `as_of`, else the system date.
    public var today: Day
    /// What the user set with `--today` / `.today`, kept across `.load`.
    public private(set) var todayOverride: Day?
    public private(set) var variables: [String: Value] = [:]
    /// Set from a Ctrl-C handler to stop the running statement; the front end resets
    /// it before running the next input.
    public let cancellation = Cancellation()
    private(set) var context: EvaluationContext

    public init(dataset: Dataset, today: Day? = nil) {
        self.dataset = dataset
        todayOverride = today
        self.today = Today.resolve(userSet: today, datasetAsOf: dataset.asOf)
        context = EvaluationContext(dataset: dataset)
        context.prepare(asOf: self.today)
    }

    /// Replaces the dataset (after a successful load); variables stay.
    public mutating func replaceDataset(_ dataset: Dataset) {
        self.dataset = dataset
        context = EvaluationContext(dataset: dataset)
        today = Today.resolve(userSet: todayOverride, datasetAsOf: dataset.asOf)
        context.prepare(asOf: today)
    }

    /// Sets today for the rest of the session.
    public mutating func setToday(_ day: Day) {
        todayOverride = day
        today = day
    }

    public mutating func execute(_ statement: Statement) throws(EvaluationError) -> StatementResult {
        try checkCancelled(statement)
        try refuseAsOfBeforeTheData(statement)
        let result = try evaluate(statement)
        try checkCancelled(statement)
        return result
    }

    /// `as of` a day before the first card, follow-up or visit: nothing had happened
    /// yet, so every answer would be an empty table or zeros that look like real
    /// numbers. Said instead, for every statement that takes `as of`.
    private func refuseAsOfBeforeTheData(_ statement: Statement) throws(EvaluationError) {
        guard let value = statement.clauses?.asOf, let first = context.firstEventDay else { return }
        let asOf = try ValueBinder(variables: variables, asOf: today).day(value)
        if asOf < first {
            throw EvaluationError("as of \(asOf) is before the data begins (its first day is \(first)): "
                                  + "nothing had happened yet", at: value.range)
        }
    }

    private func checkCancelled(_ statement: Statement) throws(EvaluationError) {
        if cancellation.isCancelled { throw EvaluationError("cancelled", at: statement.range) }
    }

    private mutating func evaluate(_ statement: Statement) throws(EvaluationError) -> StatementResult {
        switch statement.kind {
        case .select(let table, let fields, let clauses):
            let (scope, binder) = try prepare(table: table, clauses: clauses)
            return .table(try SelectExecutor(scope: scope, binder: binder).run(fields: fields, clauses: clauses))
        case .aggregate(let table, let items, let clauses):
            let (scope, binder) = try prepare(table: table, clauses: clauses)
            return .table(try AggregateExecutor(scope: scope, binder: binder).run(items: items, clauses: clauses))
        case .letBinding(let name, let value):
            // Check it now, so a bad period is reported where it is defined.
            let binder = ValueBinder(variables: variables, asOf: today)
            let resolved = try binder.dereference(value)
            switch resolved {
            case .period, .range: _ = try binder.period(resolved)
            case .date(let text, let range) where Day(parsing: text) == nil:
                throw EvaluationError("\(text) is not a real date", at: range)
            default: break
            }
            variables[name.text] = resolved
            return .none
        case .help(let topic):
            return .text(try HelpText.text(for: topic))
        case .kpi, .explain, .report, .plan, .score, .compare:
            return try analyse(statement)
        }
    }

    private func prepare(table name: Name, clauses: Clauses) throws(EvaluationError) -> (TableScope, ValueBinder) {
        guard let table = dataset.table(named: name.text) ?? dataset.table(named: name.text.lowercased()) else {
            let names = TableSchema.all.map(\.name)
            var message = "unknown table '\(name.text)'"
            if let guess = Suggestion.nearest(to: name.text, in: names + TableSchema.all.flatMap(\.aliases)) {
                message += " — did you mean '\(guess)'?"
            } else {
                message += ": the tables are " + names.joined(separator: ", ")
            }
            throw EvaluationError(message, at: name.range)
        }
        var asOf = today
        if let value = clauses.asOf {
            asOf = try ValueBinder(variables: variables, asOf: today).day(value)
        }
        let scope = context.scope(of: table, asOf: asOf)
        return (scope, ValueBinder(variables: variables, asOf: asOf))
    }
}
