import FunnelSyntax

extension Session {
    /// KPIs, reports and funnel math (domain.md §5–§7).
    func analyse(_ statement: Statement) throws(EvaluationError) -> StatementResult {
        switch statement.kind {
        case .kpi(let names, let period, let clauses):
            let input = try analysisInput(clauses)
            return .table(try KPIExecutor(input: input).run(names: names, period: period))
        case .explain(let name, let period, let term, let clauses):
            let input = try analysisInput(clauses)
            return try ExplainExecutor(input: input).run(name: name, period: period, term: term)
        case .report(let kind, let keyword, let period, let day, let clauses):
            let input = try analysisInput(clauses)
            return try ReportExecutor(input: input, keyword: keyword).run(kind, period: period, day: day)
        case .plan(let request):
            let input = try analysisInput(request.clauses)
            return .table(try PlanExecutor(input: input).plan(request))
        case .score(let request):
            let input = try analysisInput(request.clauses)
            return .table(try PlanExecutor(input: input).score(request))
        case .compare(let kpi, let period, let other, let clauses):
            let input = try analysisInput(clauses)
            return .table(try PlanExecutor(input: input).compare(kpi, period, other))
        default:
            throw EvaluationError("this statement is not a KPI or a report", at: statement.range)
        }
    }

    private func analysisInput(_ clauses: Clauses) throws(EvaluationError) -> AnalysisInput {
        try AnalysisInput(context: context, variables: variables, today: today, clauses: clauses)
    }
}
