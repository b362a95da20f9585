import FunnelDomain
import FunnelStore
import FunnelSyntax

/// The SQL engine: runs the same bound statements the in-memory executors run, by
/// compiling each to SQL for one database (`SQLCatalog`, its dialect and connection)
/// and building the result the in-memory engine would build from the rows it gives.
/// A statement it cannot compile yet is refused by name (`EvaluationError.notSupported`).
public struct SQLEngine: Sendable {
    public let catalog: SQLCatalog

    public init(catalog: SQLCatalog) {
        self.catalog = catalog
    }

    /// The engine's name as messages and `.engine` say it (`PostgreSQL`).
    public var name: String { catalog.dialect.name }
    /// The lowercase name refusals use (`postgresql`).
    var refusalName: String { catalog.dialect.kind.rawValue }

    func run(_ statement: BoundStatement, cycles: FollowupCycles, variables: inout [String: Value],
             at range: SourceRange) throws(EvaluationError) -> StatementResult {
        do {
            switch statement {
            case .select(let select):
                return .table(try self.select(select, cycles: cycles))
            case .aggregate(let aggregate):
                if aggregate.pivot { return try pivot(aggregate, cycles: cycles) }
                return .table(try self.aggregate(aggregate, cycles: cycles))
            case .assign(let name, let value):
                variables[name] = value
                return .none
            case .help(let request):
                return .text(HelpText.text(for: request))
            case .kpi(let kpi):
                if let pivot = kpi.pivot { return try kpiPivot(kpi, pivot, cycles: cycles) }
                return .table(try self.kpi(kpi, cycles: cycles))
            case .explain(let explain):
                return .table(try self.explain(explain, cycles: cycles))
            case .report(.workList(let kind, let day, let filter, let listing)):
                return .table(try workList(kind, on: day, filter, listing: listing, cycles: cycles))
            case .report(.funnel(let window, let filter, let field)):
                return .table(try funnel(window, filter, by: field, cycles: cycles))
            case .report(.inventory(let window, let filter, let split, let field)):
                return .tables(try inventory(window, filter, split: split, by: field, cycles: cycles))
            case .report(.lostReasons(let window, let filter, let field, let everyReason)):
                return .table(try lostReasons(window, filter, by: field, everyReason: everyReason, cycles: cycles))
            case .report(.structure(let structure)):
                return .table(try self.structure(structure, cycles: cycles))
            case .report(.captureProgress(let window, let filter, let split, let field)):
                return .table(try captureProgress(window, filter, split: split, by: field, cycles: cycles))
            case .report(.groupedKPIs(let kind, let window, let filter, let field)):
                return .table(try groupedKPIs(kind, window, filter, by: field, cycles: cycles))
            case .report(let report):
                throw SQLRefusal(SQLEngine.name(of: report))
            case .plan:
                throw SQLRefusal("plan")
            case .score(let score):
                return .table(try self.score(score, cycles: cycles))
            case .compare(let compare):
                return .table(try self.compare(compare, cycles: cycles))
            case .chart(let chart):
                // The subject runs in the database as it does alone; the drawing is the same.
                let table = switch chart.subject {
                case .funnel(let window, let filter, let field): try funnel(window, filter, by: field, cycles: cycles)
                case .kpi(let kpi, _): try self.kpi(kpi, cycles: cycles)
                }
                return .chart(ChartExecutor.result(chart, table: table))
            }
        } catch let refusal as SQLRefusal {
            throw EvaluationError(.notSupported(what: refusal.what, engine: refusalName), at: range)
        } catch let failure as SQLFailure {
            throw EvaluationError(.database(message: failure.message, engine: name), at: range)
        } catch let error as EvaluationError {
            throw error
        } catch {
            throw EvaluationError(.database(message: "\(error)", engine: name), at: range)
        }
    }

    static func name(of report: BoundReport) -> String {
        switch report {
        case .funnel: "funnel"
        case .inventory: "inventory"
        case .lostReasons: "lost reasons"
        case .structure: "structure"
        case .captureProgress: "capture progress"
        case .groupedKPIs(let kind, _, _, _): "report \(kind)"
        case .workList(let kind, _, _, _): "list \(kind)"
        case .duplicates: "duplicates"
        case .keyReport: "the key report"
        case .prospectProgress: "the prospect progress sheet"
        case .callbacks: "callbacks"
        }
    }

    /// Notes the in-memory engine gives for what a statement read: grades unknown on a
    /// day before the snapshot, due plans that followed the cycles.
    func readingNotes(_ compiler: SQLCompiler) throws(SQLFailure) -> [ResultPhrase] {
        var notes: [ResultPhrase] = []
        if compiler.readsGrades, compiler.beforeSnapshot, catalog.hasColumn(.customers, "grade") {
            let counter = SQLCompiler(catalog: catalog, table: .customers, asOf: compiler.asOf, cycles: compiler.cycles)
            let grade = counter.gradeThen(card: "r")
            let stored = counter.column("r", "grade")
            let from = "FROM \(catalog.table(.customers)) AS r LEFT JOIN (\(counter.factsQuery)) AS f ON f._card = r._row"
            let sql = "SELECT count(*) \(from) WHERE \(counter.existing) AND \(grade) IS NULL "
                + "AND \(stored) IS NOT NULL"
            let rows = try catalog.connection.query(sql)
            let unknown = Int(rows.value(0, 0) ?? "") ?? 0
            if unknown > 0 { notes.append(.unknownGrades(count: unknown, asOf: compiler.asOf)) }
        }
        if compiler.readsDuePlans, compiler.beforeSnapshot {
            notes.append(.cycleRule(asOf: compiler.asOf, snapshot: catalog.snapshotDay, cycles: compiler.cycles))
        }
        return notes
    }
}
