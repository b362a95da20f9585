import FunnelDomain
import FunnelStore
import Synchronization

/// What every statement runs against: the dataset, its derived card fields (cached
/// per day T) and the KPI evaluator (caching each period's sets).
struct ExecutionContext: Sendable {
    let dataset: Dataset
    let derived: DerivedFields
    /// KPIs and reports, sharing the derived fields.
    let kpis: KPIEvaluator
    /// The earliest day anything happened (a card captured, a follow-up, a visit);
    /// nil for a dataset without events. `as of` a day before it is refused.
    let firstEventDay: Day?
    /// What the running statement read that its reader should know (grades unknown
    /// on a past day); one statement runs at a time, and `Executor` drains it.
    let readings = Readings()

    /// `cycles`: the follow-up cycles to follow, by default the data's (or the standard ones).
    init(dataset: Dataset, cycles: FollowupCycles? = nil) {
        self.dataset = dataset
        derived = DerivedFields(dataset: dataset, cycles: cycles)
        kpis = KPIEvaluator(fields: derived)
        var first = Int32.max
        for kind in [TableKind.customers, .followups, .traffic] {
            let table = dataset.table(kind)
            if let days = table.column(kind.schema.ownDate)?.daysOrMax, let least = days.min() {
                first = min(first, least)
            }
        }
        firstEventDay = first == .max ? nil : Day(rawValue: first)
    }

    private init(dataset: Dataset, derived: DerivedFields, firstEventDay: Day?) {
        self.dataset = dataset
        self.derived = derived
        kpis = KPIEvaluator(fields: derived)
        self.firstEventDay = firstEventDay
    }

    /// The same data with other follow-up cycles: the per-dataset preparation is kept,
    /// what depends on the cycles (facts, KPI sets) is computed afresh.
    func with(cycles: FollowupCycles) -> ExecutionContext {
        guard cycles != derived.cycles else { return self }
        return ExecutionContext(dataset: dataset, derived: derived.with(cycles: cycles), firstEventDay: firstEventDay)
    }

    /// Computes today's derived card fields while the data is being opened, so the
    /// first statement about today (`card_age`, `status`, ...) does not pay for them:
    /// on a million cards that pass is about 0.1 s, most of a first answer's time.
    func prepare(asOf today: Day) {
        _ = derived.facts(asOf: today)
    }

    /// The columns of bound fields as of a day.
    func columns(asOf day: Day) -> FieldColumns { FieldColumns(context: self, asOf: day) }

    /// Rows of a table that exist as of T: nothing dated after T counts (domain.md §2),
    /// so a card captured after T, or a follow-up or visit after it, is not there yet.
    func existing(_ table: TableKind, asOf day: Day) -> Bitmap {
        let schema = table.schema
        let stored = dataset.table(table)
        guard schema.rowsAreEvents, case .date(let days)? = stored.column(schema.ownDate)?.values else {
            return Bitmap(count: stored.rowCount, allSet: true)
        }
        return Bitmap.rows(of: days, atOrBefore: day.rawValue)
    }
}

/// The values of bound fields for every row of their table, as of a day T: stored
/// columns as they were known at T (domain.md §2.1: an order after T is not there
/// yet, the grade is the grade then), derived card fields computed as of T, a card's
/// field gathered to the rows that link to it.
struct FieldColumns {
    let context: ExecutionContext
    let asOf: Day

    func column(_ field: BoundField) -> Column {
        let column: Column
        switch field.source {
        case .stored(let table, let index):
            if field.asOf == .grade { context.readings.gradesRead(context.derived.grades(asOf: asOf)) }
            let stored = context.dataset.table(table)
            guard stored.columns.indices.contains(index) else {
                // Bound against another dataset: every value missing rather than a trap.
                let n = stored.rowCount
                return Column(name: field.name, values: .int(Array(repeating: 0, count: n)),
                              present: Bitmap(count: n), count: n)
            }
            let columns = stored.columns
            column = field.asOf == .fixed ? columns[index]
                : context.derived.column(columns[index], asOf: asOf, rule: field.asOf)
        case .derived(let derived):
            if derived == .overdue || derived == .due { context.readings.duePlansRead(asOf: asOf, fields: context.derived) }
            column = context.derived.facts(asOf: asOf).column(derived)
        case .card(let inner, let table):
            let links = context.dataset.links.cardOfRow(in: table) ?? []
            return self.column(inner).gathered(links, name: field.name)
        }
        return column.name == field.name ? column : column.renamed(field.name)
    }
}

/// Facts about the data a statement read, collected while it runs and turned into
/// notes under its result.
final class Readings: Sendable {
    private let unknownGrades = Mutex<[Day: Int]>([:])
    /// Days before the snapshot on which `due` or `overdue` were read: they followed the
    /// cycles (with the snapshot and the cycles, for the note).
    private let cycleRules = Mutex<[Day: CycleRule]>([:])

    struct CycleRule: Sendable {
        let snapshot: Day
        let cycles: FollowupCycles
    }

    /// Grades were read as of a day; some may have been unknown then.
    func gradesRead(_ grades: CardGrades) {
        guard grades.unknown > 0 else { return }
        unknownGrades.withLock { $0[grades.asOf] = grades.unknown }
    }

    /// `due` or `overdue` were read as of a day: before the snapshot they follow the
    /// cycles rather than the stored plan (domain.md §2.1).
    func duePlansRead(asOf day: Day, fields: DerivedFields) {
        guard day < fields.snapshotDay else { return }
        cycleRules.withLock { $0[day] = CycleRule(snapshot: fields.snapshotDay, cycles: fields.cycles) }
    }

    /// The notes so far, and a clean slate for the next statement.
    func drain() -> [ResultPhrase] {
        let grades = unknownGrades.withLock { found in
            defer { found = [:] }
            return found.keys.sorted().map { ResultPhrase.unknownGrades(count: found[$0] ?? 0, asOf: $0) }
        }
        let cycles = cycleRules.withLock { found in
            defer { found = [:] }
            return found.keys.sorted().compactMap { day in
                found[day].map { ResultPhrase.cycleRule(asOf: day, snapshot: $0.snapshot, cycles: $0.cycles) }
            }
        }
        return grades + cycles
    }
}
