import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Words a result shows besides its values — a heading above a table, a note under
/// it, a text cell made of facts — held as the facts. The output layer words them
/// (`FunnelOutput`'s `PhraseText`), so the engine writes no prose, and a program
/// reading json can take them as data.
public enum ResultPhrase: Sendable {
    // MARK: Groups

    /// A group of rows with no value for the field, or with no card.
    case group(GroupMark)

    // MARK: Time

    /// The period runs past T: counted as of T (`nothingAfter`: and says what that means).
    case countedAsOf(period: String, asOf: Day, nothingAfter: Bool)
    /// The last piece of a period split by a grain is counted as of T.
    case lastPieceAsOf(grain: String, period: String, asOf: Day)

    // MARK: KPIs

    case noTarget(kpi: String, TargetShortfall)
    case noTargetPerGroup(kpi: String, TargetAbsence)
    /// `explain`'s heading: the KPI, its names, its period.
    case explainHeading(KPIDefinition, AsOfPeriod)
    /// One line of the definition, indented.
    case definitionLine(String)
    /// `= formula`, `= arithmetic`, `= value` of an explanation.
    case formula(KPIExplanation)
    case arithmetic(KPIExplanation)
    case value(KPIExplanation)
    /// A term as the explanation's table names it (`− follow-up traffic`).
    case term(KPITermDefinition)
    case explanationNote(KPIExplanation.Note)
    case source(KPISource)
    /// The rows a term listing shows.
    case termRows(count: Int, term: KPITermDefinition, kpi: String, window: AsOfPeriod)
    /// The cards a term of due events lists, and how many events they hold.
    case termEvents(events: Int, cards: Int, term: KPITermDefinition, kpi: String, window: AsOfPeriod)
    /// `score`'s heading: the value, the target and the scoring arithmetic.
    case scoreHeading(kpi: String, KPIScore)
    case scoringRule(up: Double, down: Double, isRate: Bool)
    case noScore(kpi: String, window: AsOfPeriod, kind: KPIKind)
    case changeInPoints
    /// A score by groups: every group against the statement's one target.
    case oneTargetForEveryGroup

    /// A KPI pivot's heading: which KPI the cells are, for which period.
    case pivotHeading(kpi: String, window: AsOfPeriod)
    /// What a KPI pivot's cells and totals are.
    case pivotCells(kpi: String, isRate: Bool)

    // MARK: Reports

    case funnelHeading(AsOfPeriod, by: [String])
    /// A funnel by a field: what each stage's count means.
    case funnelGroups(period: String)
    case funnelSkipped
    /// The inventory identity broken by some cards (the first ids, and how many more).
    case inconsistentCards(period: String, count: Int, ids: [String], more: Int)
    /// The inventory's check cell: whether the identity holds, and how many cards have
    /// dates that break it.
    case identityCheck(holds: Bool, inconsistent: Int)
    case deliveriesOf(period: String)
    case followingAsOf(Day)
    case captureCounts
    /// Traffic kept through its cards (`where channel = walkin`): the entries of the
    /// period with no card are not counted.
    case trafficThroughCards(field: String, withoutCard: Int, period: String)
    /// The capture progress report through cards leaves its capture rate out (see
    /// `BindingError.trafficRateThroughCards`).
    case captureRateLeftOut(field: String, perGroup: Bool)
    case workList(ReportKind, count: Int, asOf: Day)
    case duplicates(groups: Int, cards: Int, asOf: Day)
    /// A heading or note of the key report, the progress sheet or callbacks (domain.md §8.2).
    case seedReport(SeedReportPhrase)

    // MARK: Funnel math

    case refillHeading(deliveries: Int, sales: Int, prospects: Int, period: String?)
    case planHeading(deliveries: Int, period: String, reference: AsOfPeriod)
    /// A plan step's name, arithmetic or result, as a cell.
    case planStep(PlanStep, PlanStepPart)
    case planRemark(PlanRemark)
    case planStopped(PlanStop)

    /// What binding noticed about the statement (a value near one the data has).
    case binding(BindingNote)
    /// Cards whose grade on a past day is unknown: no follow-up by then recorded it.
    case unknownGrades(count: Int, asOf: Day)
    /// `due` and `overdue` on a day before the snapshot (when the stored plan was made)
    /// follow the follow-up cycles (domain.md §2.1).
    case cycleRule(asOf: Day, snapshot: Day, cycles: FollowupCycles)
    /// The follow-up cycles a result follows (domain.md §8).
    case followupCycles(FollowupCycles)
    /// New cards `first_response_rate` leaves out: no time of capture or of first contact.
    case withoutResponseTimes(count: Int)

    /// An empty line between a heading's parts.
    case blank

    // MARK: Reading

    /// The statement was written with SQL spellings and read as `statement`, the
    /// language's own (`count customers by grade` for `count(*) from customers group by grade`).

}

/// Which text of a plan step a cell shows.
public enum PlanStepPart: Sendable, Hashable {
    case label, arithmetic, result
}
