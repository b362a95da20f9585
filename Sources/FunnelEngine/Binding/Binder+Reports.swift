import FunnelDomain
import FunnelStore
import FunnelSyntax

/// The reports and work lists of domain.md §6: their periods, filters and breakdowns.
extension Binder {
    // report ::= REPORT_NAME ( "for" period )? clause* | "structure" "by" dimension clause*
    //          | ( "due" | "contacted" ) DATE? clause* | ...
    func report(_ kind: ReportKind, keyword: SourceRange, period: Value?, day: Value?,
                _ clauses: Clauses) throws(BindingError) -> BoundReport {
        let input = try analysis(clauses)
        func required() throws(BindingError) -> AsOfPeriod {
            guard let period else { throw BindingError(.needsPeriod(statement: kind.rawValue), at: keyword) }
            return try periodWindow(period, input)
        }
        switch kind {
        case .funnel:
            try reject(clauses, statement: "funnel")
            let window: AsOfPeriod
            if let period {
                window = try periodWindow(period, input)
            } else if let through = clauses.through {
                throw BindingError(.needsPeriod(statement: "funnel"), at: through.range)
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
            let (grain, field) = try timeAndField(clauses)
            return .inventory(window, filter, split: grain, by: field)
        case .lostReasons:
            try reject(clauses, statement: "lost reasons")
            let window = try required()
            let filter = try self.filter(input)
            let field = try fieldOnly(clauses, statement: "lost reasons")
            return .lostReasons(window, filter, by: field,
                                everyReason: !filter.names { $0.isStoredOnCards && $0.name == "lost_reason" })
        case .structure:
            try reject(clauses, statement: "structure")
            return .structure(try structure(clauses, input: input, keyword: keyword))
        case .captureProgress:
            try reject(clauses, statement: "capture progress")
            let window = try required()
            let filter = try self.filter(input)
            let (grain, field) = try timeAndField(clauses)
            // Without a by, per day.
            return .captureProgress(window, filter, split: grain ?? (field == nil ? .day : nil), by: field)
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
        case .due, .contacted, .overdue, .dormantEligible, .overdueByCycle, .dueTomorrow:
            if let item = clauses.groups.first {
                if kind == .overdue, case .field(let path) = item, path.parts.count == 1 {
                    throw BindingError(.overdueByCycleMeant(found: path.text), at: path.range)
                }
                throw BindingError(.workListCannotGroup, at: Binder.range(of: item))
            }
            var on = input.asOf
            if let day { on = try input.values.day(day) }
            // A list of a day after T is read as known at T: nothing after T has happened,
            // so who was contacted then cannot be known.
            if kind == .contacted, on > input.asOf, let day {
                throw BindingError(.dayAfterAsOf(statement: kind.rawValue, day: on, asOf: input.asOf), at: day.range)
            }
            let known = min(on, input.asOf)
            let filter = try self.filter(input)
            var names = ["id", "name", "phone", "consultant", "grade", "status"]
            // Before the snapshot the plan is not known yet: due and overdue follow the cycles.
            let byCycles = known < (snapshotDay ?? catalog.snapshotDay)
            switch kind {
            case .due where byCycles, .dueTomorrow: names += ["last_contact", "cycle_due"]
            case .overdue where byCycles, .overdueByCycle: names += ["last_contact", "cycle_due", "days_late"]
            case .due, .overdue: names += ["last_contact", "next_followup"]
            case .contacted: names += ["created", "last_contact"]
            default: names = ["id", "name", "phone", "channel", "consultant", "created", "card_age", "visits", "test_drives"]
            }
            let resolver = fields(.customers)
            let listing = BoundListing(table: .customers, asOf: known, fields: try named(names, on: resolver),
                                       order: try orders(clauses.order, on: resolver), limit: clauses.limit?.count)
            return .workList(kind, on: on, filter, listing: listing)
        case .keyReport, .prospectProgress:
            return try seedReport(kind, keyword: keyword, window: required(), clauses, input: input)
        case .callbacks:
            // The parser gives callbacks a statement of their own; the same with no options.
            return try callbacks(CallbackRequest(keyword: keyword, day: day, missed: nil, period: nil, days: [],
                                                 grace: nil, clauses: clauses))
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

    /// `structure by A [, B]`: the age band or a card field, or a card field then
    /// within it the age band or another card field.
    private func structure(_ clauses: Clauses, input: Analysis, keyword: SourceRange) throws(BindingError)
        -> BoundStructure {
        let candidates = fields(.customers).fieldNames + ["age band"]
        guard let first = clauses.groups.first else {
            throw BindingError(.structureDimension(nil, candidates: candidates), at: keyword)
        }
        if clauses.groups.count > 2 {
            throw BindingError(.structureTooManyBreakdowns, at: Binder.range(of: clauses.groups[2]))
        }
        var items: [BoundStructure.Item] = []
        for group in clauses.groups {
            guard case .field(let path) = group else {
                let name: String
                switch group {
                case .grain(let word, _): name = word.text
                case .field(let path): name = path.text
                }
                throw BindingError(.structureDimension(name, candidates: candidates), at: Binder.range(of: group))
            }
            let words = path.text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).joined(separator: " ")
            if StructureDimension.ageBandWords.contains(words.lowercased()) {
                items.append(.ageBand)
            } else {
                guard fields(.customers).lookUp(path.text) != nil || path.parts.count > 1 else {
                    throw BindingError(.structureDimension(path.text, candidates: candidates), at: path.range)
                }
                items.append(.field(try groupField(path)))
            }
        }
        if items.count == 2, case .ageBand = items[0] {
            throw BindingError(.ageBandComesLast, at: Binder.range(of: first))
        }
        let filter = try self.filter(input)
        var namesBreakdown = false
        if case .field(let last)? = items.last { namesBreakdown = filter.names { $0 == last.field } }
        return BoundStructure(items: items, asOf: input.asOf, filter: filter, filterNamesBreakdown: namesBreakdown)
    }

    /// `by month`, `by consultant` or both, for inventory and capture progress.
    private func timeAndField(_ clauses: Clauses) throws(BindingError) -> (PeriodGrain?, BoundGroupField?) {
        let (grain, paths) = try breakdown(clauses.groups, maxFields: 1)
        var field: BoundGroupField?
        if let path = paths.first { field = try groupField(path) }
        return (grain, field)
    }

    /// `by consultant` (one card field, no time), for lost reasons.
    private func fieldOnly(_ clauses: Clauses, statement: String) throws(BindingError) -> BoundGroupField? {
        let (grain, paths) = try breakdown(clauses.groups, maxFields: 1)
        if let grain, let item = clauses.groups.first(where: { if case .grain = $0 { true } else { false } })
            ?? clauses.groups.first {
            throw BindingError(.byCardFieldOnly(statement: statement, grain: grain.rawValue), at: Binder.range(of: item))
        }
        guard let path = paths.first else { return nil }
        return try groupField(path)
    }
}

extension BoundCardFilter {
    /// Whether the `where` names a field that passes the test.
    func names(_ test: (BoundField) -> Bool) -> Bool {
        cards.map { ConditionBinder.fields(of: $0).contains(where: test) } ?? false
    }
}
