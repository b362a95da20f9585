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
        let window = try input.values.window(period)
        let filter = try self.filter(input)
        let (grain, paths) = try breakdown(clauses.groups)
        var fields: [BoundGroupField] = []
        for path in paths { fields.append(try groupField(path)) }
        return BoundKPI(kpis: kpis, window: window, filter: filter, breakdown: BoundBreakdown(grain: grain, fields: fields))
    }

    // explain ::= "explain" "kpi" NAME "for" period ( "term" NAME )? clause*
    func explain(_ name: Name, _ period: Value, _ termName: Name?, _ clauses: Clauses) throws(BindingError)
        -> BoundExplain {
        let input = try analysis(clauses)
        let definition = try kpi(named: name)
        let window = try input.values.window(period)
        let filter = try self.filter(input)
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

    // report ::= REPORT_NAME ( "for" period )? clause* | "structure" "by" dimension clause*
    //          | ( "due" | "contacted" ) DATE? clause* | ...
    func report(_ kind: ReportKind, keyword: SourceRange, period: Value?, day: Value?,
                _ clauses: Clauses) throws(BindingError) -> BoundReport {
        let input = try analysis(clauses)
        func required() throws(BindingError) -> AsOfPeriod {
            guard let period else { throw BindingError(.needsPeriod(statement: kind.rawValue), at: keyword) }
            return try input.values.window(period)
        }
        switch kind {
        case .funnel:
            try reject(clauses, statement: "funnel")
            let window: AsOfPeriod
            if let period {
                window = try input.values.window(period)
            } else {
                // No period: the month of T, so far.
                do {
                    window = try AsOfPeriod(period: PeriodGrain.month.period(containing: input.asOf), today: input.asOf)
                } catch {
                    throw BindingError(.period(error), at: keyword)
                }
            }
            let filter = try self.filter(input)
            let (grain, paths) = try breakdown(clauses.groups, maxFields: 1)
            if grain != nil, let item = clauses.groups.first {
                throw BindingError(.funnelByTime, at: Binder.range(of: item))
            }
            var field: BoundGroupField?
            if let path = paths.first { field = try groupField(path) }
            return .funnel(window, filter, by: field)
        case .inventory:
            try reject(clauses, statement: "inventory")
            let window = try required()
            let filter = try self.filter(input)
            return .inventory(window, filter, split: try timeOnly(clauses, statement: "inventory"))
        case .lostReasons:
            try reject(clauses, groups: true, statement: "lost reasons")
            let window = try required()
            return .lostReasons(window, try self.filter(input))
        case .structure:
            try reject(clauses, statement: "structure")
            guard let first = clauses.groups.first, case .field(let path) = first,
                  let (dimension, field) = structureDimension(path) else {
                throw BindingError(.structureDimension, at: clauses.groups.first.map(Binder.range(of:)) ?? keyword)
            }
            if clauses.groups.count > 1 {
                throw BindingError(.structureOneDimension, at: Binder.range(of: clauses.groups[1]))
            }
            return .structure(dimension, field: field, asOf: input.asOf, try self.filter(input))
        case .captureProgress:
            try reject(clauses, statement: "capture progress")
            let window = try required()
            let filter = try self.filter(input)
            return .captureProgress(window, filter, by: try timeOnly(clauses, statement: "capture progress") ?? .day)
        case .followupEffect, .conversion:
            try reject(clauses, statement: kind.rawValue)
            let window = try required()
            let filter = try self.filter(input)
            let (grain, paths) = try breakdown(clauses.groups, maxFields: 1)
            if let grain, let item = clauses.groups.first {
                throw BindingError(.byCardFieldOnly(statement: kind.rawValue, grain: grain.rawValue),
                                   at: Binder.range(of: item))
            }
            let path = paths.first ?? FieldPath([Name("consultant", keyword)])
            return .groupedKPIs(kind, window, filter, by: try groupField(path))
        case .due, .contacted, .overdue, .dormantEligible:
            if let item = clauses.groups.first {
                throw BindingError(.workListCannotGroup, at: Binder.range(of: item))
            }
            var on = input.asOf
            if let day { on = try input.values.day(day) }
            let filter = try self.filter(input)
            var names = ["id", "name", "phone", "consultant", "grade", "status"]
            switch kind {
            case .due, .overdue: names += ["last_contact", "next_followup"]
            case .contacted: names += ["created", "last_contact"]
            default: names = ["id", "name", "phone", "channel", "consultant", "created", "card_age", "visits", "test_drives"]
            }
            let resolver = fields(.customers)
            let listing = BoundListing(table: .customers, asOf: on, fields: try named(names, on: resolver),
                                       order: try orders(clauses.order, on: resolver), limit: clauses.limit?.count)
            return .workList(kind, on: on, filter, listing: listing)
        case .duplicateCards:
            if let item = clauses.groups.first {
                throw BindingError(.duplicatesCannotGroup, at: Binder.range(of: item))
            }
            try reject(clauses, limit: false, statement: "duplicate cards")
            let filter = try self.filter(input)
            let fields = try named(["id", "name", "phone", "model", "consultant", "created", "status"],
                                   on: self.fields(.customers))
            return .duplicates(asOf: input.asOf, filter, limit: clauses.limit?.count, fields: fields)
        }
    }

    // plan ::= "plan" "deliveries" NUMBER ( "close" "rate" NUMBER ":" NUMBER )? ( "for" period )? ( "using" period )? clause*
    func plan(_ request: PlanRequest) throws(BindingError) -> BoundPlan {
        let input = try analysis(request.clauses)
        try reject(request.clauses, groups: true, statement: "plan")
        let deliveries = try wholeNumber(request.deliveries, what: "the number of deliveries", input)
        if let rate = request.closeRate {
            let sales = try wholeNumber(rate.sales, what: "the sales of the close rate", input)
            let prospects = try wholeNumber(rate.prospects, what: "the prospects of the close rate", input)
            guard sales > 0, prospects > 0, sales <= prospects else {
                throw BindingError(.badCloseRate, at: rate.range)
            }
            if let reference = request.reference {
                throw BindingError(.closeRateWithReference, at: reference.range)
            }
            var period: Period?
            if let written = request.period { period = try input.values.period(written) }
            return BoundPlan(deliveries: deliveries, basis: .closeRate(sales: sales, prospects: prospects, period: period))
        }
        guard let written = request.period else {
            throw BindingError(.planNeedsPeriod, at: request.deliveries.range)
        }
        let period = try input.values.period(written)
        let reference: AsOfPeriod
        if let other = request.reference {
            reference = try input.values.window(other)
        } else {
            guard let found = DeliveryPlan.defaultReference(for: period, today: input.asOf) else {
                throw BindingError(.noReferencePeriod(period: period.label, asOf: input.asOf), at: written.range)
            }
            reference = found
        }
        let filter = try self.filter(input)
        return BoundPlan(deliveries: deliveries,
                         basis: .reference(period: period, reference: reference, today: input.asOf, filter: filter))
    }

    // score ::= "score" NAME "for" period "target" ( NUMBER | PERCENT ) ( "up" NUMBER "down" NUMBER )? clause*
    func score(_ request: ScoreRequest) throws(BindingError) -> BoundScore {
        let input = try analysis(request.clauses)
        try reject(request.clauses, groups: true, statement: "score")
        let definition = try kpi(named: request.kpi)
        let window = try input.values.window(request.period)
        let filter = try self.filter(input)
        let target = try number(request.target, forRate: definition.kind == .rate, what: "the target", input)
        var up = 1.3, down = 0.3
        if let written = request.up { up = try number(written, forRate: false, what: "the points per point above target", input) }
        if let written = request.down {
            down = try number(written, forRate: false, what: "the points per point below target", input)
        }
        return BoundScore(kpi: definition, window: window, filter: filter, target: target, up: up, down: down)
    }

    // compare ::= "compare" NAME "for" period "vs" period clause*
    func compare(_ name: Name, _ period: Value, _ other: Value, _ clauses: Clauses) throws(BindingError) -> BoundCompare {
        let input = try analysis(clauses)
        try reject(clauses, groups: true, statement: "compare")
        let definition = try kpi(named: name)
        let current = try input.values.window(period)
        let reference = try input.values.window(other)
        return BoundCompare(kpi: definition, current: current, reference: reference, filter: try filter(input))
    }

    // MARK: - Pieces

    /// A KPI by canonical or Chinese name.
    func kpi(named name: Name) throws(BindingError) -> KPIDefinition {
        if let definition = KPICatalog.named(name.text) { return definition }
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

    /// What `structure by NAME` breaks the cards down by: the age band, or a stored
    /// field (by any of its names) that is one of the dimensions.
    private func structureDimension(_ path: FieldPath) -> (StructureDimension, BoundField?)? {
        let words = path.text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).joined(separator: " ")
        if StructureDimension.ageBandWords.contains(words.lowercased()) { return (.ageBand, nil) }
        guard path.parts.count == 1, let field = fields(.customers).lookUp(path.text), field.isStoredOnCards,
              let dimension = StructureDimension(field: field.name) else { return nil }
        return (dimension, field)
    }

    /// `by month` or `by week` for inventory and capture progress.
    private func timeOnly(_ clauses: Clauses, statement: String) throws(BindingError) -> PeriodGrain? {
        let (grain, paths) = try breakdown(clauses.groups)
        if let path = paths.first { throw BindingError(.byTimeOnly(statement: statement), at: path.range) }
        return grain
    }

    /// A card field a KPI or report can be grouped by: text, a choice or yes/no with
    /// fewer than `KPIGroups.limit` values, or a derived field (its values as of T).
    func groupField(_ path: FieldPath) throws(BindingError) -> BoundGroupField {
        let field = try fields(.customers).resolve(path)
        let bound = BoundGroupField(field: field, range: path.range)
        guard case .stored(let table, let index) = field.source else { return bound }
        let columns = dataset.table(table).columns
        guard columns.indices.contains(index) else { return bound }
        switch columns[index].values {
        case .string(_, let dictionary) where dictionary.count >= KPIGroups.limit:
            throw BindingError(.tooManyValuesToGroup(field: field.name, limit: KPIGroups.limit), at: path.range)
        case .string, .enumeration, .bool:
            return bound
        case .date:
            throw BindingError(.cannotGroupKPIByDate(field: field.name), at: path.range)
        case .int, .double:
            throw BindingError(.cannotGroupKPIByNumber(field: field.name), at: path.range)
        }
    }

    private func wholeNumber(_ value: Value, what: String, _ input: Analysis) throws(BindingError) -> Int {
        guard case .number(let text, let range) = try input.values.dereference(value) else {
            throw BindingError(.notAWholeNumber(what: what), at: value.range)
        }
        guard let number = Int(text), number >= 0, number <= 10_000_000 else {
            throw BindingError(.wholeNumberOutOfRange(what: what, value: text), at: range)
        }
        return number
    }

    /// A target or slope: `15%`, `0.15`, or for a rate a number above 1 read as percent.
    private func number(_ value: Value, forRate: Bool, what: String, _ input: Analysis) throws(BindingError) -> Double {
        switch try input.values.dereference(value) {
        case .percent(let text, _):
            if let number = Double(text) { return forRate ? number / 100 : number }
        case .number(let text, _):
            if let number = Double(text), number.isFinite { return forRate && number > 1 ? number / 100 : number }
        default: break
        }
        throw BindingError(.notANumberOrPercent(what: what), at: value.range)
    }

    private static func normalised(_ text: String) -> String {
        String(text.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}
