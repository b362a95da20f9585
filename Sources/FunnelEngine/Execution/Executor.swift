import FunnelDomain
import FunnelSyntax

/// Runs bound statements: hands each to the executor of its kind. Nothing here
/// looks a name up; the binder has resolved them all.
struct Executor {
    let context: ExecutionContext

    func run(_ statement: BoundStatement, variables: inout [String: Value]) throws(EvaluationError)
        -> StatementResult {
        switch statement {
        case .select(let select):
            return .table(SelectExecutor(context: context).run(select))
        case .aggregate(let aggregate):
            if aggregate.pivot { return AggregateExecutor(context: context).pivot(aggregate) }
            return .table(AggregateExecutor(context: context).run(aggregate))
        case .assign(let name, let value):
            variables[name] = value
            return .none
        case .help(let request):
            return .text(HelpText.text(for: request))
        case .kpi(let kpi):
            if let pivot = kpi.pivot { return try KPIExecutor(context: context).pivot(kpi, pivot) }
            return .table(try KPIExecutor(context: context).run(kpi))
        case .explain(let explain):
            return .table(ExplainExecutor(context: context, statement: explain).run())
        case .report(let report):
            return try ReportExecutor(context: context).run(report)
        case .plan(let plan):
            return .table(try PlanExecutor(context: context).plan(plan))
        case .score(let score):
            return .table(try PlanExecutor(context: context).score(score))
        case .compare(let compare):
            return .table(PlanExecutor(context: context).compare(compare))
        case .chart(let chart):
            return .chart(try ChartExecutor(context: context).run(chart))
        }
    }
}
