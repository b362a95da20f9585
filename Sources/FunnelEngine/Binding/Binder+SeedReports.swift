import FunnelDomain
import FunnelStore
import FunnelSyntax

/// The reports of domain.md §8.2: seed 002's key management report, seed 001's
/// prospect progress sheet, and post-delivery callbacks.
extension Binder {
    // report ::= ( "key" "report" | "prospect" "progress" ) "for" period clause*
    func seedReport(_ kind: ReportKind, keyword: SourceRange, window: AsOfPeriod, _ clauses: Clauses,
                    input: Analysis) throws(BindingError) -> BoundReport {
        try reject(clauses, statement: kind.rawValue)
        let filter = try self.filter(input)
        let (grain, paths) = try breakdown(clauses.groups, maxFields: 1)
        if let grain, let item = clauses.groups.first {
            throw BindingError(.byCardFieldOnly(statement: kind.rawValue, grain: grain.rawValue),
                               at: Binder.range(of: item))
        }
        var field: BoundGroupField?
        if let path = paths.first { field = try groupField(path) }
        if kind == .keyReport {
            return .keyReport(BoundKeyReport(window: window, filter: filter, by: field))
        }
        // Per consultant, as seed 001's sheet is, unless the statement says otherwise.
        let by: BoundGroupField
        if let field { by = field } else { by = try groupField(FieldPath([Name("consultant", keyword)])) }
        var source: BoundGroupField?
        if fields(.customers).lookUp("source") != nil {
            source = try? groupField(FieldPath([Name("source", keyword)]))
        }
        return .prospectProgress(BoundProspectProgress(window: window, filter: filter, by: by, source: source))
    }

    // callbacks ::= "callbacks" ( day | "missed" ( "for" period )? )?
    //               ( "at" INTEGER ( "," INTEGER )* | "grace" INTEGER )* clause*
    func callbacks(_ request: CallbackRequest) throws(BindingError) -> BoundReport {
        let clauses = request.clauses
        if let item = clauses.groups.first {
            throw BindingError(.workListCannotGroup, at: Binder.range(of: item))
        }
        let input = try analysis(clauses)
        let list: BoundCallbacks.List
        if request.missed != nil {
            if let period = request.period {
                list = .missed(try input.values.window(period))
            } else {
                // No period: the month of T, so far.
                do {
                    list = .missed(try AsOfPeriod(period: PeriodGrain.month.period(containing: input.asOf),
                                                  today: input.asOf))
                } catch {
                    throw BindingError(.period(error), at: request.keyword)
                }
            }
        } else {
            list = .toMake(on: try request.day.map { day throws(BindingError) in try input.values.day(day) }
                                ?? input.asOf, knownAt: input.asOf)
        }
        var days: [Int] = []
        for value in request.days { days.append(try wholeDays(value, what: .callbackDays, input)) }
        let grace = try request.grace.map { value throws(BindingError) in try wholeDays(value, what: .graceDays, input) }
        let rule = CallbackRule(days: days.isEmpty ? CallbackRule.standard.days : days,
                                grace: grace ?? CallbackRule.standard.grace)
        let filter = try self.filter(input)
        let resolver = fields(.customers)
        let listing = BoundListing(table: .customers, asOf: list.asOf,
                                   fields: try named(["id", "name", "phone", "consultant", "model", "delivered"],
                                                     on: resolver),
                                   order: try orders(clauses.order, on: resolver), limit: clauses.limit?.count)
        return .callbacks(BoundCallbacks(list: list, rule: rule, filter: filter, listing: listing,
                                         trailing: try named(["last_contact"], on: resolver)))
    }

    /// A whole number of days (0 to 10000000, as every whole number of a statement).
    private func wholeDays(_ value: Value, what: BindingError.Number, _ input: Analysis) throws(BindingError) -> Int {
        guard case .number(let text, let range) = try input.values.dereference(value) else {
            throw BindingError(.notAWholeNumber(what: what), at: value.range)
        }
        guard let number = Int(text), number >= 0, number <= 10_000_000 else {
            throw BindingError(.wholeNumberOutOfRange(what: what, value: text), at: range)
        }
        return number
    }
}
