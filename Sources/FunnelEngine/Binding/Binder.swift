import FunnelDomain
import FunnelStore
import FunnelSyntax

/// The binding stage: resolves a parsed statement against the session's data —
/// tables, fields (stored, derived, `customer.FIELD`), values (against the field's
/// enum or type), periods, KPI and term names — and checks the whole statement
/// before anything runs. What comes out is a `BoundStatement` the executors run
/// without looking a name up; what cannot be bound is a `BindingError` at the node
/// it is about.
public struct Binder {
    /// The data's tables and columns: a loaded dataset, or a database's catalog.
    let catalog: any BindingCatalog
    let variables: [String: Value]
    /// The day statements are counted as of unless they say `as of`.
    let today: Day
    /// The earliest day anything happened; `as of` before it is refused.
    let firstEventDay: Day?
    /// The day the data was taken (its `as_of`): before it, `due` and `overdue` follow
    /// the follow-up cycles and list the cycle due date (`nil`: worked out from the data).
    let snapshotDay: Day?
    /// What binding noticed that the reader should know (read after `bind`).
    let notes = BindingNotes()

    /// The notes of the last statement bound.
    public var bindingNotes: [BindingNote] { notes.all }

    public init(catalog: any BindingCatalog, variables: [String: Value], today: Day, firstEventDay: Day?,
                snapshotDay: Day? = nil) {
        self.catalog = catalog
        self.variables = variables
        self.today = today
        self.firstEventDay = firstEventDay
        self.snapshotDay = snapshotDay
    }

    public func bind(_ statement: Statement) throws(BindingError) -> BoundStatement {
        if let pivot = statement.clauses?.pivot, let name = Binder.cannotPivot(statement) {
            throw BindingError(.cannotPivot(statement: name), at: pivot)
        }
        if let through = statement.clauses?.through, let name = Binder.cannotFollowThrough(statement) {
            throw BindingError(.cannotFollowThrough(statement: name), at: through.range)
        }
        if let file = statement.clauses?.file, let name = Binder.cannotWriteFile(statement) {
            throw BindingError(.cannotWriteFile(statement: name), at: file.range)
        }
        let bound = try bindKind(statement)
        // Say how a SQL spelling was read, in the language's own words.
        if !statement.readings.isEmpty {
            notes.add(.readAs(statement: StatementPrinter.text(statement), readings: statement.readings))
        }
        return bound
    }

    private func bindKind(_ statement: Statement) throws(BindingError) -> BoundStatement {
        switch statement.kind {
        case .select(let table, let fields, let clauses):
            return .select(try select(table, fields, clauses))
        case .aggregate(let table, let items, let clauses):
            return .aggregate(try aggregate(table, items, clauses))
        case .letBinding(let name, let value):
            return .assign(name: name.text, value: try assignment(value))
        case .help(let topic):
            guard let topic else { return .help(.overview) }
            guard let request = HelpText.request(for: topic.text) else {
                throw BindingError(.noHelp(topic.text, topics: HelpText.allTopics.map(\.name)), at: topic.range)
            }
            return .help(request)
        case .kpi(let names, let period, let clauses):
            return .kpi(try kpi(names, period, clauses))
        case .explain(let name, let period, let term, let clauses):
            return .explain(try explain(name, period, term, clauses))
        case .report(let kind, let keyword, let period, let day, let clauses):
            return .report(try report(kind, keyword: keyword, period: period, day: day, clauses))
        case .plan(let request):
            return .plan(try plan(request))
        case .score(let request):
            return .score(try score(request))
        case .compare(let kpi, let period, let other, let clauses):
            return .compare(try compare(kpi, period, other, clauses))
        case .callbacks(let request):
            return .report(try callbacks(request))
        case .chart(let request):
            return .chart(try chart(request))
        }
    }

    // MARK: - Shared pieces

    /// `let NAME = VALUE`: the value with variables followed, checked now so a bad
    /// period is reported where it is defined.
    private func assignment(_ value: Value) throws(BindingError) -> Value {
        let values = ValueBinder(variables: variables, asOf: today)
        let resolved = try values.dereference(value)
        switch resolved {
        case .period, .range: _ = try values.period(resolved)
        case .date(let text, let range) where Day(parsing: text) == nil:
            throw BindingError(.notARealDate(text), at: range)
        default: break
        }
        return resolved
    }

    /// The statement's day T: `as of` when it says so, else today. A day before the
    /// first card, follow-up or visit is refused: nothing had happened yet, and every
    /// answer would be empty tables or zeros that look like real numbers.
    func asOf(_ clauses: Clauses) throws(BindingError) -> Day {
        guard let value = clauses.asOf else { return today }
        let day = try ValueBinder(variables: variables, asOf: today).day(value)
        if let first = firstEventDay, day < first {
            throw BindingError(.asOfBeforeData(asOf: day, firstDay: first), at: value.range)
        }
        return day
    }

    func table(_ name: Name) throws(BindingError) -> TableKind {
        if let schema = TableSchema.named(name.text) { return schema.kind }
        let names = TableSchema.all.map(\.name)
        throw BindingError(.unknownTable(name.text, candidates: names + TableSchema.all.flatMap(\.aliases)),
                           at: name.range)
    }

    func fields(_ table: TableKind) -> FieldResolver { FieldResolver(table: table, catalog: catalog) }

    func orders(_ items: [OrderItem], on resolver: FieldResolver) throws(BindingError) -> [BoundOrder] {
        var order: [BoundOrder] = []
        for item in items { order.append(BoundOrder(field: try resolver.resolve(item.field), descending: item.descending)) }
        return order
    }

    /// The name of a statement that has no pivot (only count and kpi have one).
    private static func cannotPivot(_ statement: Statement) -> String? {
        switch statement.kind {
        case .aggregate, .kpi: nil
        case .select: "select"
        case .explain: "explain"
        case .report(let kind, _, _, _, _): kind.rawValue
        case .plan: "plan"
        case .score: "score"
        case .compare: "compare"
        case .callbacks: "callbacks"
        case .chart: "chart"
        case .letBinding: "let"
        case .help: "help"
        }
    }

    /// `through D` follows a period's cards to a later day: the KPIs and the funnel
    /// read what cards have done by T; the other reports count only P's events and stocks.
    private static func cannotFollowThrough(_ statement: Statement) -> String? {
        switch statement.kind {
        case .kpi, .explain, .score, .report(.funnel, _, _, _, _), .chart: nil
        case .aggregate(_, let items, _): items.first?.function.rawValue ?? "count"
        case .select: "select"
        case .report(let kind, _, _, _, _): kind.rawValue
        case .plan: "plan"
        case .compare: "compare"
        case .callbacks: "callbacks"
        case .letBinding: "let"
        case .help: "help"
        }
    }

    /// `to "FILE"` is where a chart goes; no other statement writes a file.
    private static func cannotWriteFile(_ statement: Statement) -> String? {
        switch statement.kind {
        case .chart: nil
        case .aggregate(_, let items, _): items.first?.function.rawValue ?? "count"
        case .select: "select"
        case .kpi: "kpi"
        case .explain: "explain"
        case .report(let kind, _, _, _, _): kind.rawValue
        case .plan: "plan"
        case .score: "score"
        case .compare: "compare"
        case .callbacks: "callbacks"
        case .letBinding: "let"
        case .help: "help"
        }
    }

    static func range(of group: GroupItem) -> SourceRange {
        switch group {
        case .field(let path): path.range
        case .grain(let name, let path): path.map { name.range.union($0.range) } ?? name.range
        }
    }

    /// A field named in `by`: a word there may also have been meant as a grain of
    /// time, so a name that resolves to nothing is compared with those too (`monnth`).
    func groupable(_ path: FieldPath, on resolver: FieldResolver) throws(BindingError) -> BoundField {
        do {
            return try resolver.resolve(path)
        } catch {
            guard case .unknownField(let name, let table, let candidates) = error.kind else { throw error }
            throw BindingError(.unknownField(name, table: table,
                                             candidates: candidates + GroupGrain.all.map(\.name)),
                               at: error.range)
        }
    }
}
