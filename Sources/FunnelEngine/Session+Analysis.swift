import FunnelSyntax

extension Session {
    /// KPIs, reports and funnel math (domain.md §5–§7).
    func analyse(_ statement: Statement) throws(EvaluationError) -> StatementResult {
        throw EvaluationError("KPIs and reports are being built (issue 4): this statement parses but cannot run yet",
                              at: statement.range)
    }
}
