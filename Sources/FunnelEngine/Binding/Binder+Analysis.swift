import FunnelDomain
import FunnelStore
import FunnelSyntax

/// KPIs, explanations, reports and funnel math (domain.md §5–§7): their periods as
/// of T, their `where` on the cards, their `by`.
extension Binder {
    /// What every KPI, report and plan statement starts from: its day T and the
    /// values bound as of it.
    struct Analysis {
        let asOf: Day
        let values: ValueBinder
        let clauses: Clauses
    }

    func analysis(_ clauses: Clauses) throws(BindingError) -> Analysis {
        let asOf = try self.asOf(clauses)
        return Analysis(asOf: asOf, values: ValueBinder(variables: variables, asOf: asOf), clauses: clauses)
    }

    // kpi ::= "kpi" NAME ( "," NAME )* "for" period clause*
    func kpi(_ names: [Name], _ period: Value, _ clauses: Clauses) throws(BindingError) -> BoundKPI {
        let input = try analysis(clauses)
        try reject(clauses, statement: "kpi")
        var kpis: [KPIDefinition] = []
        for name in names { kpis.append(try kpi(named: name)) }
        let window = try periodWindow(period, input)
        let filter = try self.filter(input)
        let (grain, paths) = try breakdown(clauses.groups)
        var fields: [BoundGroupField] = []
        for path in paths { fields.append(try groupField(path)) }
        try checkTrafficRates(kpis, filter: filter, groups: fields)
        var kpi = BoundKPI(kpis: kpis, window: window, filter: filter, breakdown: BoundBreakdown(grain: grain, fields: fields))
        if let pivot = clauses.pivot {
            let items = paths.count + (grain == nil ? 0 : 1)
            guard items == 2 else { throw BindingError(.pivotNeedsTwoGroups(found: items), at: pivot) }
            var fieldFirst = false
            if case .field(let path)? = clauses.groups.first, path == paths.first { fieldFirst = true }
            kpi.pivot = BoundPivot(grainFirst: grain != nil && !fieldFirst)
        }
        return kpi
    }

    // explain ::= "explain" "kpi" NAME "for" period ( "term" NAME )? clause*
    func explain(_ name: Name, _ period: Value, _ termName: Name?, _ clauses: Clauses) throws(BindingError)
        -> BoundExplain {
        let input = try analysis(clauses)
        let definition = try kpi(named: name)
        let window = try periodWindow(period, input)
        let filter = try self.filter(input)
        try checkTrafficRates([definition], filter: filter, groups: [])
        var term: (KPITermDefinition, BoundListing)?
        if let termName {
            if let group = clauses.groups.first {
                throw BindingError(.cannotGroup(statement: "explain"), at: Binder.range(of: group))
            }
            let wanted = Binder.normalised(termName.text)
            guard let found = definition.terms.first(where: {
                Binder.normalised($0.key) == wanted || Binder.normalised($0.name) == wanted
                    || $0.chineseName == termName.text
            }) else {
                throw BindingError(.unknownTerm(termName.text, kpi: definition.name, terms: definition.terms.map(\.key)),
                                   at: termName.range)
            }
            let table: TableKind
            switch found.population {
            case .cards: table = .customers
            case .traffic: table = .traffic
            case .targets: table = .targets
            case .days: throw BindingError(.termIsDays(term: found.name), at: termName.range)
            }
            term = (found, try listing(table, asOf: input.asOf, clauses: clauses))
        } else {
            try reject(clauses, groups: true, statement: "explain")
        }
        return BoundExplain(kpi: definition, window: window, filter: filter, term: term, saidAsOf: clauses.asOf != nil)
    }

    // MARK: - Pieces

    /// The window of a KPI, report or score: P as of T, or with `through D` P's cards
    /// followed to D. `as of` after P's end changes nothing, and says so.
    func periodWindow(_ period: Value, _ input: Analysis) throws(BindingError) -> AsOfPeriod {
        guard let through = input.clauses.through else {
            let window = try input.values.window(period)
            if input.clauses.asOf != nil, input.asOf > window.end {
                notes.add(.asOfAfterPeriod(period: window.period.label, asOf: input.asOf, end: window.end))
            }
            return window
        }
        let bound = try input.values.period(period)
        let day = try input.values.day(through)
        let window: AsOfPeriod
        do {
            window = try AsOfPeriod(period: bound, through: day, today: input.asOf)
        } catch {
            if case .startsAfterToday = error.kind { throw BindingError(.period(error), at: period.range) }
            throw BindingError(.period(error), at: through.range)
        }
        if window.isCohort { notes.add(.followedThrough(period: window.period.label, day: day)) }
        return window
    }

    /// A KPI by canonical or Chinese name (any case, `-` and blanks as `_`). A part
    /// of names (`visit rate`, `进店率`) is an error listing the KPIs it is part of.
    func kpi(named name: Name) throws(BindingError) -> KPIDefinition {
        if let definition = KPICatalog.named(name.text) { return definition }
        let containing = KPICatalog.containing(name.text)
        if !containing.isEmpty { throw BindingError(.partialKPIName(name.text, kpis: containing), at: name.range) }
        throw BindingError(.unknownKPI(name.text, candidates: KPICatalog.names), at: name.range)
    }

    /// Rejects clauses a statement has no use for, pointing at the first.
    func reject(_ clauses: Clauses, order: Bool = true, limit: Bool = true, groups: Bool = false,
                statement: String) throws(BindingError) {
        if order, let item = clauses.order.first {
            throw BindingError(.cannotOrder(statement: statement), at: item.field.range)
        }
        if limit, let item = clauses.limit {
            throw BindingError(.takesNoLimit(statement: statement), at: item.range)
        }
        if groups, let item = clauses.groups.first {
            throw BindingError(.cannotGroup(statement: statement), at: Binder.range(of: item))
        }
    }

    /// The rows of a table as of T, in the statement's order, cut to its limit.
    func listing(_ table: TableKind, asOf: Day, clauses: Clauses) throws(BindingError) -> BoundListing {
        let resolver = fields(table)
        return BoundListing(table: table, asOf: asOf, fields: try listingFields(of: resolver),
                            order: try orders(clauses.order, on: resolver), limit: clauses.limit?.count)
    }

    /// What a `by` clause asks of a KPI or report: at most one time grain (`by week`:
    /// each piece of P is a period of its own) and card fields, unresolved.
    func breakdown(_ groups: [GroupItem], maxFields: Int = 2) throws(BindingError)
        -> (grain: PeriodGrain?, fields: [FieldPath]) {
        let cards = fields(.customers)
        var grain: PeriodGrain?
        var paths: [FieldPath] = []
        func setGrain(_ name: Name) throws(BindingError) {
            guard let found = PeriodGrain(name: name.text) else {
                if GroupGrain(name: name.text) != nil {
                    throw BindingError(.grainIsNoPeriod(grain: name.text.lowercased()), at: name.range)
                }
                throw BindingError(.notAGrain(name.text), at: name.range)
            }
            guard grain == nil else { throw BindingError(.twoGrains, at: name.range) }
            grain = found
        }
        for group in groups {
            switch group {
            case .grain(let name, nil):
                try setGrain(name)
            case .grain(let name, let path?):
                if PeriodGrain(name: name.text) == nil, GroupGrain(name: name.text) != nil {
                    throw BindingError(.grainIsNoPeriod(grain: name.text.lowercased()), at: name.range)
                }
                throw BindingError(.kpiGrainOfField(grain: name.text.lowercased()), at: name.range.union(path.range))
            case .field(let path):
                // `by week` may reach here as a field; a card field of that name wins.
                if path.parts.count == 1, let first = path.parts.first, PeriodGrain(name: first.text) != nil,
                   cards.lookUp(first.text) == nil {
                    try setGrain(first)
                } else {
                    guard paths.count < maxFields else {
                        throw BindingError(.tooManyGroupFields(limit: maxFields), at: path.range)
                    }
                    paths.append(path)
                }
            }
        }
        return (grain, paths)
    }

    /// A card field a KPI or report can be grouped by: text, a choice or yes/no with
    /// fewer than `KPIGroups.limit` values, or a derived field (its values as of T).
    func groupField(_ path: FieldPath) throws(BindingError) -> BoundGroupField {
        let field = try groupable(path, on: fields(.customers))
        let bound = BoundGroupField(field: field, range: path.range, traffic: trafficField(for: field))
        guard case .stored(let table, let index) = field.source else { return bound }
        let columns = catalog.columns(of: table)
        guard columns.indices.contains(index) else { return bound }
        switch columns[index].type {
        case .string:
            if let texts = catalog.texts(of: table, column: columns[index].name), texts.distinctCount >= KPIGroups.limit {
                throw BindingError(.tooManyValuesToGroup(field: field.name, limit: KPIGroups.limit), at: path.range)
            }
            return bound
        case .enumeration, .bool:
            return bound
        case .date:
            throw BindingError(.cannotGroupKPIByDate(field: field.name), at: path.range)
        case .int, .double:
            throw BindingError(.cannotGroupKPIByNumber(field: field.name), at: path.range)
        }
    }

    private static func normalised(_ text: String) -> String {
        String(text.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}
