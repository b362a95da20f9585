import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Why a statement that parsed cannot run: a name, value, period or type that does
/// not resolve or does not fit. Each case holds the facts (the name as written, the
/// names it could have been); the output layer words them and works out "did you
/// mean" (`FunnelOutput`'s `ErrorText`). The range is the node the problem is in.
public struct BindingError: Error, Sendable {
    public let kind: Kind
    public let range: SourceRange

    init(_ kind: Kind, at range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    public enum Kind: Sendable {
        // Names.
        case unknownTable(String, candidates: [String])
        /// `fields`: the table's fields, listed when no candidate is near.
        case unknownField(String, table: TableKind, candidates: [String])
        /// A card field named on follow-ups or traffic: `customer.FIELD` reaches it.
        case cardFieldHere(String, table: TableKind)
        /// A dotted name that is not `customer.FIELD` on a table that links to cards.
        case notAFieldPath(String, table: TableKind)
        case unknownKPI(String, candidates: [String])
        /// A part of KPI names, not a name (`visit rate`, `进店率`): `kpis` are the
        /// KPIs whose English or Chinese name contains it.
        case partialKPIName(String, kpis: [KPIDefinition])
        /// A KPI term that is not one of the KPI's (`terms`: its term keys).
        case unknownTerm(String, kpi: String, terms: [String])
        case termIsDays(term: String)
        case noHelp(String, topics: [String])
        case unknownVariable(String)
        case variableLoop

        // Values.
        case notANumber(field: String, value: Value)
        case needsQuotes(field: String)
        case notTrueOrFalse(field: String, value: Value)
        /// A value of the wrong kind for an enum field (a number where `H` goes).
        case notAnEnumWord(field: String, allowed: String, value: Value)
        /// A word that is none of an enum field's values; `groups` are the extra words
        /// it accepts (`following`).
        case unknownEnumValue(String, field: String, allowed: String, groups: [String], candidates: [String])
        /// A value of a field with few distinct values (a consultant, a model) that
        /// no row has; `values` are the ones the data has.
        case noSuchValue(String, field: String, values: [String])
        /// `candidates`: the words a day or period may be said with.
        case notADate(field: String, word: String, candidates: [String])
        case notARealDate(String)
        case expectedDate
        case expectedText
        case period(PeriodError)
        case notAPeriod(String)
        case expectedPeriod
        case rangeBackwards(start: Day, end: Day)
        case asOfBeforeData(asOf: Day, firstDay: Day)

        // Types and operators.
        case periodNeedsDate(field: String, type: ColumnType)
        case yesNoComparison(field: String)
        case enumHasNoOrder(field: String)
        case notText(field: String, type: ColumnType)
        case notYesNo(field: String)
        case cannotCompare(field: String, type: ColumnType)
        /// Two sides of a comparison of different types (`created < visits`), each as
        /// written with its type (a difference of dates is a number of days, `int`).
        case cannotCompareTypes(left: String, leftType: ColumnType, right: String, rightType: ColumnType)
        /// `+` or `-` on a field that is not a date or a number.
        case arithmeticNeedsDateOrNumber(field: String, type: ColumnType)
        /// `created + ordered`: a field is taken from another, never added to it.
        case cannotAddFields(String)
        /// `created + 1.5`: a date moves by whole days.
        case wholeDays(String)

        // Grouping and aggregates.
        case selectCannotGroup
        case notAGrain(String)
        case grainNeedsDate(grain: String, field: String, type: ColumnType)
        case cannotSumDates(field: String)
        case needsNumberOrDate(function: String, field: String, type: ColumnType)
        case needsNumberNotYesNo(function: String, field: String)
        case notAResultColumn(String, columns: [String])
        case kpiGrainOfField(grain: String)
        /// `kpi ... by hour`: a KPI or report splits P into periods; an hour or a
        /// weekday groups rows (`count traffic by hour`).
        case grainIsNoPeriod(grain: String)
        case tooManyGroupFields(limit: Int)
        case twoGrains
        case tooManyValuesToGroup(field: String, limit: Int)
        case cannotGroupKPIByDate(field: String)
        case cannotGroupKPIByNumber(field: String)
        /// `pivot` with a `by` of other than two items (`found`).
        case pivotNeedsTwoGroups(found: Int)
        case cannotPivot(statement: String)
        /// A pivot's cells are numbers: not the dates or text of `column` (min created).
        case pivotNeedsNumbers(column: String)

        // Clauses a statement has no use for.
        case cannotOrder(statement: String)
        case takesNoLimit(statement: String)
        case cannotGroup(statement: String)
        case needsPeriod(statement: String)
        case funnelByTime
        case byCardFieldOnly(statement: String, grain: String)
        /// `kpi capture_rate ... where channel = walkin` (or `by channel`): a rate over
        /// traffic kept through cards by a field traffic lacks.
        case trafficRateThroughCards(kpi: String, field: String, grouped: Bool)
        /// `through D` on a statement that has no cards to follow (`inventory`, `select`).
        case cannotFollowThrough(statement: String)
        /// `contacted 2010-10-30 as of 2010-10-01`: a list of a day after T.
        case dayAfterAsOf(statement: String, day: Day, asOf: Day)
        /// `structure by NAME` with a name that is no card field nor the age band (`nil`:
        /// no name); `candidates`: the card fields and `age band`.
        case structureDimension(String?, candidates: [String])
        case structureTooManyBreakdowns
        /// `structure by age band, FIELD`: the age band is a breakdown of the cards of a group.
        case ageBandComesLast
        case workListCannotGroup
        /// `overdue by WORD` where WORD is not `cycle`: the list by the cycles is `overdue by cycle`.
        case overdueByCycleMeant(found: String)
        case duplicatesCannotGroup

        // Charts.
        /// `to "FILE"` on a statement other than chart.
        case cannotWriteFile(statement: String)
        /// `chart kpi A, B ...`: a chart draws one KPI.
        case chartOneKPI(count: Int)
        /// `chart kpi` with no `by`, or more than one item: a trend needs a grain, bars a card field.
        case chartKPIBy(found: Int)
        /// `to "FILE"` whose name ends in neither .svg nor .html.
        case chartFileType(String)

        // Funnel math.
        case notAWholeNumber(what: Number)
        case wholeNumberOutOfRange(what: Number, value: String)
        case badCloseRate
        case closeRateWithReference
        case planNeedsPeriod
        case noReferencePeriod(period: String, asOf: Day)
        case notANumberOrPercent(what: Number)
    }

    /// A number a plan or a score is given.
    public enum Number: Sendable {
        case deliveries, closeRateSales, closeRateProspects, target, pointsAbove, pointsBelow
        /// `callbacks at 1, 7, 30 grace 2`.
        case callbackDays, graceDays
    }
}
