import FunnelDomain
import FunnelStore
import FunnelSyntax

/// A statement whose every table, field, value, period and type is resolved and
/// checked: what the executors run. Only a statement that binds whole runs at all.
public enum BoundStatement: Sendable {
    case select(BoundSelect)
    case aggregate(BoundAggregate)
    /// `let NAME = VALUE`, the value checked.
    case assign(name: String, value: Value)
    case help(HelpText.Request)
    case kpi(BoundKPI)
    case explain(BoundExplain)
    case report(BoundReport)
    case plan(BoundPlan)
    case score(BoundScore)
    case compare(BoundCompare)
    /// `chart funnel ...` / `chart kpi ...` (BoundChart.swift).
    case chart(BoundChart)
}

/// Rows of a table as of T, in order, cut to a limit: `select`, and the rows behind a
/// number (a KPI term, a work list).
public struct BoundListing: Sendable {
    public let table: TableKind
    public let asOf: Day
    public let fields: [BoundField]
    public let order: [BoundOrder]
    public let limit: Int?
}

public struct BoundSelect: Sendable {
    public let listing: BoundListing
    public let condition: BoundCondition?
}

/// `count ...`, `sum f, avg f, ... from TABLE`, with `by`.
public struct BoundAggregate: Sendable {
    public enum Key: Sendable {
        case field(BoundField)
        /// A date field's day, week, month..., hour or weekday, shown under `label`
        /// (`week`, `month(delivered)`, `hour`).
        case grain(BoundField, GroupGrain, label: String)
    }

    public struct Item: Sendable {
        public let function: AggregateFunction
        /// `nil` for a plain `count`.
        public let field: BoundField?
        /// The result column's name (`count`, `sum_key_questions`).
        public let name: String
    }

    public let table: TableKind
    public let asOf: Day
    public let condition: BoundCondition?
    public let keys: [Key]
    public let items: [Item]
    /// Result columns to sort by: index among the key columns then the item columns.
    public let order: [(column: Int, descending: Bool)]
    public let limit: Int?
    /// The second key's values in columns (two keys, no order, no limit).
    public var pivot = false
}

/// The `where` of a KPI, report or plan: the cards it keeps, the traffic that goes
/// with them, and whose targets apply.
public struct BoundCardFilter: Sendable {
    public enum Traffic: Sendable {
        /// Every entry.
        case all
        /// The same condition on the traffic's own fields: it names only the
        /// consultant or dealer, which traffic has too (who received the visitor).
        case own(BoundCondition)
        /// The entries whose card the condition keeps (entries without a card, such as
        /// every one that left nothing, are not kept), with the first field the condition
        /// names that traffic lacks, as written.
        case byCard(FieldPath?)
    }

    public let cards: BoundCondition?
    public let traffic: Traffic
    public let targets: TargetSelection
    /// The condition as written, to print back in statements a result suggests.
    public let written: Condition?

    static let everything = BoundCardFilter(cards: nil, traffic: .all, targets: .dealerWide(), written: nil)
}

/// A card field a KPI or report is grouped by, with where it was named.
public struct BoundGroupField: Sendable {
    public let field: BoundField
    public let range: SourceRange
    /// Traffic's own field naming the same party (the consultant who received the
    /// visitor): traffic is grouped by it; without one, traffic follows its card.
    public let traffic: BoundField?
}

/// The card fields (at most two) and the grain of time a KPI or report is broken down by.
public struct BoundBreakdown: Sendable {
    public var grain: PeriodGrain?
    public var fields: [BoundGroupField] = []
}

public struct BoundKPI: Sendable {
    public let kpis: [KPIDefinition]
    public let window: AsOfPeriod
    public let filter: BoundCardFilter
    public let breakdown: BoundBreakdown
    /// The breakdown's second item in columns.
    public var pivot: BoundPivot?
}

/// `pivot`: of a `by` of two items, the first's values down the rows and the second's
/// across the columns.
public struct BoundPivot: Sendable {
    /// A KPI by a grain and a card field: whether the grain was written first (its
    /// pieces are the rows). By two card fields, the first field's groups are the rows.
    public let grainFirst: Bool
}

public struct BoundExplain: Sendable {
    public let kpi: KPIDefinition
    public let window: AsOfPeriod
    public let filter: BoundCardFilter
    /// With `term`: the term whose rows to list, and how.
    public let term: (definition: KPITermDefinition, listing: BoundListing)?
    /// Whether the statement said `as of`, to say it again in the statements it suggests.
    public let saidAsOf: Bool
}

public enum BoundReport: Sendable {
    case funnel(AsOfPeriod, BoundCardFilter, by: BoundGroupField?)
    /// Per piece of `split`, and per group of `by` (in each piece).
    case inventory(AsOfPeriod, BoundCardFilter, split: PeriodGrain?, by: BoundGroupField?)
    /// By reason, within the groups of `by`; `everyReason`: every reason is a row, 0
    /// included, unless the `where` names the reason (it keeps only its reasons).
    case lostReasons(AsOfPeriod, BoundCardFilter, by: BoundGroupField?, everyReason: Bool)
    case structure(BoundStructure)
    /// Per piece of `split` (none: P in one piece), and per group of `by`.
    case captureProgress(AsOfPeriod, BoundCardFilter, split: PeriodGrain?, by: BoundGroupField?)
    /// Follow-up effect or conversion, by a card field.
    case groupedKPIs(ReportKind, AsOfPeriod, BoundCardFilter, by: BoundGroupField)
    /// Due, overdue, contacted, dormant eligible: the cards of the list on a day.
    case workList(ReportKind, on: Day, BoundCardFilter, listing: BoundListing)
    case duplicates(asOf: Day, BoundCardFilter, limit: Int?, fields: [BoundField])
    /// Seed 002's key management report and seed 001's prospect progress sheet, and
    /// post-delivery callbacks (domain.md §8.2; BoundSeedReports.swift).
    case keyReport(BoundKeyReport)
    case prospectProgress(BoundProspectProgress)
    case callbacks(BoundCallbacks)
}

/// `structure by A [, B]`: the cards following at T by a breakdown, or within the
/// groups of a card field by a breakdown.
public struct BoundStructure: Sendable {
    public enum Item: Sendable {
        /// The card-age band (0-7, 8-15, ... days).
        case ageBand
        case field(BoundGroupField)
    }

    /// One or two; the age band only last.
    public let items: [Item]
    public let asOf: Day
    public let filter: BoundCardFilter
    /// Whether the `where` names the last item's field: then a choice lists only the
    /// values the `where` keeps, not every value at 0.
    public let filterNamesBreakdown: Bool
}

public struct BoundPlan: Sendable {
    public enum Basis: Sendable {
        /// `close rate SALES:PROSPECTS`, with the period named, if any.
        case closeRate(sales: Int, prospects: Int, period: Period?)
        /// The rates of a reference period.
        case reference(period: Period, reference: AsOfPeriod, today: Day, filter: BoundCardFilter)
    }

    public let deliveries: Int
    public let basis: Basis
}

public struct BoundScore: Sendable {
    public let kpi: KPIDefinition
    public let window: AsOfPeriod
    public let filter: BoundCardFilter
    public let target: Double
    public let up: Double
    public let down: Double
    /// A score per piece and group, each against `target`.
    public let breakdown: BoundBreakdown
}

public struct BoundCompare: Sendable {
    public let kpi: KPIDefinition
    public let current: AsOfPeriod
    public let reference: AsOfPeriod
    public let filter: BoundCardFilter
}
