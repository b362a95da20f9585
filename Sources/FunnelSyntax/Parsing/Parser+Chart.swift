/// `chart`: a funnel or a KPI statement whose result is drawn.
extension Parser {
    // chart ::= "chart" ( "funnel" ( "for" period )? | "kpi" kpi_name "for" period ) clause*
    /// The subject is read by the funnel's and the KPI's own functions, so it is
    /// exactly what `funnel ...` or `kpi ...` would be; its clauses may add `to "FILE"`.
    mutating func chart() throws(SyntaxError) -> Statement {
        let keyword = advance()
        skipNewlines()
        charting = true
        offer([.keyword("funnel"), .keyword("kpi")], at: current)
        let subject: Statement
        if current.isKeyword("kpi") {
            subject = try kpi()
        } else if current.kind == .word, reportKind() == .funnel {
            subject = try report(.funnel)
        } else {
            throw expected(.chartSubject)
        }
        return Statement(.chart(ChartRequest(keyword: keyword.range, subject: subject)),
                         range: range(from: keyword.range.start))
    }
}
