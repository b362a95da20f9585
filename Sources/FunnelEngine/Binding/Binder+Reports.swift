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
}
