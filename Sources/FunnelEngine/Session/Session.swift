import FunnelDomain
import FunnelStore
import FunnelSyntax

/// The interpreter's state across statements: the dataset, today, and variables.
/// It never prints and never touches a terminal: statements go in, results and
/// errors as values come out. A statement is bound whole before any of it runs.
public struct Session: Sendable {
    public private(set) var dataset: Dataset
    /// The day statements are counted as of unless they say `as of`: the user's
    /// `--today`, else the dataset's `as_of`, else the system date.
    public var today: Day
    /// What the user set with `--today` / `.today`, kept across `.load`.
    public private(set) var todayOverride: Day?
    public private(set) var variables: [String: Value] = [:]
    /// The follow-up cycles the user set (`.cycles H=3`), over the data's own; kept
    /// across `.load`, as `todayOverride` is. `nil` for a grade: no cycle.
    public private(set) var cycleSettings: [Grade: Int?] = [:]
    /// Set from a Ctrl-C handler to stop the running statement; the front end resets
    /// it before running the next input.
    public let cancellation = Cancellation()
    private(set) var context: ExecutionContext
    /// The SQL engine that answers instead of the loaded dataset (`--engine`), if any.
    public private(set) var engine: SQLEngine?

    public init(dataset: Dataset, today: Day? = nil) {
        self.dataset = dataset
        todayOverride = today
        self.today = Today.resolve(userSet: today, datasetAsOf: dataset.asOf)
        context = ExecutionContext(dataset: dataset)
        context.prepare(asOf: self.today)
    }

    /// A session whose statements a SQL engine answers: the database's tables stand
    /// for the dataset (the dataset itself is empty), its as_of and cycles are the
    /// imported data's.
    public init(engine: SQLEngine, today: Day? = nil) {
        let catalog = engine.catalog
        var empty = Dataset(name: catalog.datasetName, dealer: catalog.dealer, asOf: catalog.asOf,
                            customers: Table(empty: TableSchema.customers), followups: Table(empty: TableSchema.followups),
                            traffic: Table(empty: TableSchema.traffic), targets: Table(empty: TableSchema.targets),
                            links: CardLinks(followupCard: [], trafficCard: [], followupOffsets: [0], followupRows: []),
                            warnings: [], sources: [catalog.connection.displayName])
        empty.followupCycles = catalog.followupCycles
        dataset = empty
        todayOverride = today
        self.today = Today.resolve(userSet: today, datasetAsOf: catalog.asOf)
        context = ExecutionContext(dataset: empty)
        self.engine = engine
    }

    /// Which engine answers: `in-memory`, or the SQL engine's name and database.
    public var engineDescription: String {
        guard let engine else { return "in-memory (\(dataset.name))" }
        return "\(engine.name) (\(engine.catalog.connection.displayName))"
    }

    /// Replaces the dataset (after a successful load); variables and the cycles the
    /// user set stay. A SQL engine stops answering: the loaded data does.
    public mutating func replaceDataset(_ dataset: Dataset) {
        engine = nil
        self.dataset = dataset
        context = ExecutionContext(dataset: dataset, cycles: Session.cycles(of: dataset, setting: cycleSettings))
        today = Today.resolve(userSet: todayOverride, datasetAsOf: dataset.asOf)
        context.prepare(asOf: today)
    }

    /// The follow-up cycles statements follow (domain.md §8): the standard ones, with
    /// the data's `followup_cycles` over them, with the user's settings over those.
    public var cycles: FollowupCycles { context.derived.cycles }

    /// Sets some grades' follow-up cycles for the rest of the session (`nil`: no cycle).
    public mutating func setCycles(_ changes: [Grade: Int?]) {
        cycleSettings.merge(changes) { _, new in new }
        applyCycles()
    }

    /// Goes back to the data's cycles (or the standard ones).
    public mutating func resetCycles() {
        cycleSettings = [:]
        applyCycles()
    }

    private mutating func applyCycles() {
        context = context.with(cycles: Session.cycles(of: dataset, setting: cycleSettings))
        context.prepare(asOf: today)
    }

    private static func cycles(of dataset: Dataset, setting settings: [Grade: Int?]) -> FollowupCycles {
        (dataset.followupCycles ?? .standard).setting(settings)
    }

    /// Sets today for the rest of the session.
    public mutating func setToday(_ day: Day) {
        todayOverride = day
        today = day
    }

    /// The binder for the session as it is now (data, today, variables).
    public var binder: Binder {
        if let engine {
            return Binder(catalog: engine.catalog, variables: variables, today: today,
                          firstEventDay: engine.catalog.firstEventDay, snapshotDay: engine.catalog.snapshotDay)
        }
        return Binder(catalog: dataset, variables: variables, today: today, firstEventDay: context.firstEventDay,
                      snapshotDay: context.derived.snapshotDay)
    }

    /// Binds the statement, then runs it.
    public mutating func execute(_ statement: Statement) throws(StatementError) -> StatementResult {
        let binder = self.binder
        let bound: BoundStatement
        do {
            bound = try binder.bind(statement)
        } catch {
            throw .binding(error)
        }
        do {
            return try run(bound, at: statement.range).noting(binder.bindingNotes.map(ResultPhrase.binding))
        } catch {
            throw .evaluation(error)
        }
    }

    /// Runs a bound statement; `range` places a cancellation.
    public mutating func run(_ statement: BoundStatement, at range: SourceRange) throws(EvaluationError)
        -> StatementResult {
        if cancellation.isCancelled { throw EvaluationError(.cancelled, at: range) }
        if let engine {
            let result = try engine.run(statement, cycles: cycles, variables: &variables, at: range)
            if cancellation.isCancelled { throw EvaluationError(.cancelled, at: range) }
            return result
        }
        _ = context.readings.drain()
        let result = try Executor(context: context).run(statement, variables: &variables)
        if cancellation.isCancelled { throw EvaluationError(.cancelled, at: range) }
        return result.noting(context.readings.drain())
    }
}
