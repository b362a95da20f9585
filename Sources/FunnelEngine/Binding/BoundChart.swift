import FunnelDomain

/// `chart funnel ...` or `chart kpi ...`, bound: the funnel or the KPI statement
/// exactly as it binds alone, and the file it goes to.
public struct BoundChart: Sendable {
    public enum Subject: Sendable {
        /// `funnel for P [by FIELD]`, as `BoundReport.funnel`.
        case funnel(AsOfPeriod, BoundCardFilter, by: BoundGroupField?)
        /// `kpi NAME for P by GRAIN | FIELD`: one KPI, one item in `by`.
        case kpi(BoundKPI, KPIDefinition)
    }

    public let subject: Subject
    /// `to "FILE"`: an .svg or an .html file; `nil`: the front end decides.
    public let file: String?
}
