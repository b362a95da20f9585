/// `chart funnel [for P] ...` or `chart kpi NAME for P by ...`: the statement whose
/// result is drawn. The subject is that statement as it would be written alone
/// (its clauses hold the chart's `to "FILE"`), so binding and running it are the
/// funnel's and the KPI's own.
public struct ChartRequest: Hashable, Sendable {
    /// Where `chart` was written.
    public let keyword: SourceRange
    /// A `funnel` report or a `kpi` statement.
    public let subject: Statement

    public init(keyword: SourceRange, subject: Statement) {
        self.keyword = keyword
        self.subject = subject
    }
}
