import FunnelDomain

/// What `chart` draws of the result of the statement it charts: which rows of that
/// table are the marks, and which columns hold their names, the numbers drawn and
/// the words beside them. The output layer takes every number and every text from
/// the table's cells, formatted as the table formats them, so a chart cannot say
/// anything `funnel for P` or `kpi NAME for P by ...` would not.
public struct Chart: Sendable {
    /// What the chart shows, and so how it is drawn.
    public enum Subject: Sendable {
        /// The funnel's stages (`funnel for P`): a bar a stage, widest first.
        case funnel(AsOfPeriod)
        /// `funnel for P by FIELD`: each group's stage counts, a row a group.
        case funnelByGroup(AsOfPeriod, field: String)
        /// A KPI over the pieces of P (`by month`): a trend.
        case trend(KPIDefinition, AsOfPeriod, grain: PeriodGrain)
        /// A KPI per group of a card field (`by consultant`): a bar a group.
        case groups(KPIDefinition, AsOfPeriod, field: String)
    }

    public let subject: Subject
    /// The rows drawn, in the table's order; never the total row.
    public let rows: [Int]
    /// The column naming each mark: the stage, the piece of P, the group.
    public let labelColumn: Int
    /// A second name under the first (the stage's Chinese name).
    public let secondLabelColumn: Int?
    /// The numbers drawn: the stage count of the funnel, each stage's count by group,
    /// a KPI's value.
    public let valueColumns: [Int]
    /// Cells written beside a mark: the funnel's ratios and skipped cards, a group's
    /// delivered share of new cards.
    public let captionColumns: [Int]
    /// A KPI's total row (the KPI over every group or piece) or the funnel's total.
    public let totalRow: Int?

    public init(subject: Subject, rows: [Int], labelColumn: Int, secondLabelColumn: Int? = nil,
                valueColumns: [Int], captionColumns: [Int] = [], totalRow: Int? = nil) {
        self.subject = subject
        self.rows = rows
        self.labelColumn = labelColumn
        self.secondLabelColumn = secondLabelColumn
        self.valueColumns = valueColumns
        self.captionColumns = captionColumns
        self.totalRow = totalRow
    }
}

/// What `chart` gives: the result of the statement it draws, exactly as that
/// statement gives it, what the drawing shows of it, and where it was asked to go.
public struct ChartResult: Sendable {
    /// `funnel ...`'s or `kpi ...`'s result: the chart's numbers are its cells.
    public var table: ResultTable
    public let chart: Chart
    /// `to FILE`, as written: an .svg or an .html file; `nil`: the front end decides.
    public let file: String?

    public init(table: ResultTable, chart: Chart, file: String?) {
        self.table = table
        self.chart = chart
        self.file = file
    }
}
