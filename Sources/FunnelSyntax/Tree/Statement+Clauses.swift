extension Statement {
    /// The clauses after the statement's head (`where`, `by`, `order by`, `limit`,
    /// `as of`), for the statements that take them.
    public var clauses: Clauses? {
        switch kind {
        case .select(_, _, let clauses), .aggregate(_, _, let clauses), .kpi(_, _, let clauses),
             .explain(_, _, _, let clauses), .report(_, _, _, _, let clauses), .compare(_, _, _, let clauses):
            clauses
        case .plan(let plan): plan.clauses
        case .score(let score): score.clauses
        case .callbacks(let request): request.clauses
        case .chart(let request): request.subject.clauses
        case .letBinding, .help: nil
        }
    }
}
