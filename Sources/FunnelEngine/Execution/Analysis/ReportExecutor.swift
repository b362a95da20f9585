import FunnelDomain
import FunnelStore
import FunnelSyntax

/// The reports and work lists of domain.md §6, each as a result table (or two).
struct ReportExecutor {
    let context: ExecutionContext

    var evaluator: KPIEvaluator { context.kpis }

    func run(_ report: BoundReport) throws(EvaluationError) -> StatementResult {
        switch report {
        case .funnel(let window, let filter, let field):
            return .table(try FunnelReportTable(context: context).run(window, filter, by: field))
        case .inventory(let window, let filter, let split, let field):
            return .tables(try inventory(window, filter, split: split, by: field))
        case .lostReasons(let window, let filter, let field, let everyReason):
            return .table(try lostReasons(window, filter, by: field, everyReason: everyReason))
        case .structure(let structure):
            return .table(try self.structure(structure))
        case .captureProgress(let window, let filter, let split, let field):
            return .table(try captureProgress(window, filter, split: split, by: field))
        case .groupedKPIs(let kind, let window, let filter, let field):
            return .table(try groupedKPIs(kind, window, filter, by: field))
        case .workList(let kind, let day, let filter, let listing):
            return .table(workList(kind, on: day, filter, listing: listing))
        case .duplicates(let asOf, let filter, let limit, let fields):
            return .table(duplicates(asOf: asOf, filter, limit: limit, fields: fields))
        case .keyReport(let report):
            return .table(try keyReport(report))
        case .prospectProgress(let report):
            return .tables(try prospectProgress(report))
        case .callbacks(let list):
            return .table(callbacks(list))
        }
    }

    /// The groups of a card field over some cards only, for a report that counts no
    /// traffic (`nil`: every card).
    func cardGroups(_ field: BoundGroupField, cards: Bitmap?, asOf: Day) throws(EvaluationError) -> CardGroups {
        try CardGroups([field], context: context, asOf: asOf, cards: cards, traffic: Bitmap(count: 0))
    }

    /// A note for a period counted as of a day before its end.
    func countedAsOf(_ window: AsOfPeriod) -> [ResultPhrase] {
        window.isComplete ? [] : [.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false)]
    }

    // MARK: follow-up effect, conversion

    private func groupedKPIs(_ kind: ReportKind, _ window: AsOfPeriod, _ filter: BoundCardFilter,
                             by field: BoundGroupField) throws(EvaluationError) -> ResultTable {
        let scope = context.scope(filter, asOf: window.today)
        let groups = try CardGroups([field], context: context, asOf: window.today, within: scope)
        let kpis = kind == .followupEffect ? GroupedKPIReport.followupEffectKPIs : GroupedKPIReport.conversionKPIs
        let basis = evaluator.basis(window)
        var key = ResultColumnBuilder(groups.names.first ?? "group", .text)
        var columns = kpis.map { kpi in
            ResultColumnBuilder(kpi.name, kpi.definition.kind == .count ? .integer : .number,
                                format: KPITableBuilder.format(of: kpi.definition.kind))
        }
        let values = kpis.map { basis.values(of: $0, groupedBy: groups.grouping.assignment, in: scope) }
        for group in 0..<groups.groupCount where !groups.grouping.isNoCard(at: group) {
            // A (none) group with nothing in it says nothing.
            let empty = values.allSatisfy { group >= $0.count || ($0[group].numerator == 0
                                                                  && ($0[group].denominator ?? 0) == 0) }
            if empty, groups.grouping.hasMissing(at: group) { continue }
            key.append(group: groups.labels(at: group).first ?? .mark(.missing))
            for (k, kpi) in kpis.enumerated() {
                let value = group < values[k].count ? values[k][group] : nil
                append(value, kind: kpi.definition.kind, to: &columns[k])
            }
        }
        let totalRow = key.count
        key.append(text: nil)
        for (k, kpi) in kpis.enumerated() {
            append(basis.value(of: kpi, in: scope), kind: kpi.definition.kind, to: &columns[k])
        }
        var notes: [ResultPhrase] = []
        if !window.isComplete { notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false)) }
        return ResultTable([key] + columns, totalRows: [totalRow], notes: notes)
    }

    private func append(_ value: KPIValue?, kind: KPIKind, to column: inout ResultColumnBuilder) {
        if kind == .count {
            column.append(integer: value?.numerator)
        } else {
            column.append(number: value?.value)
        }
    }

    // MARK: work lists

    private func workList(_ kind: ReportKind, on day: Day, _ filter: BoundCardFilter,
                          listing: BoundListing) -> ResultTable {
        // The list's cards as known at T: the listing is read as of the earlier of its day and T.
        let known = listing.asOf
        let scope = context.scope(filter, asOf: known)
        let list: WorkList
        switch kind {
        case .due: list = WorkList.due(evaluator, on: day, knownAt: known, cards: scope.cards)
        case .overdue: list = WorkList.overdue(evaluator, asOf: day, cards: scope.cards)
        case .contacted: list = WorkList.contacted(evaluator, on: day, cards: scope.cards)
        case .overdueByCycle: list = WorkList.overdueByCycle(evaluator, asOf: day, cards: scope.cards)
        case .dueTomorrow: list = WorkList.dueTomorrow(evaluator, asOf: day, cards: scope.cards)
        default: list = WorkList.dormantEligible(evaluator, asOf: day, cards: scope.cards)
        }
        var table = RowListing(context: context).table(list.cards, listing)
        table.notes.append(.workList(kind, count: list.count, asOf: day))
        switch kind {
        case .due, .overdue:
            // Before the snapshot the lists follow the cycles, and say so (as a where on them does).
            context.readings.duePlansRead(asOf: known, fields: context.derived)
        case .overdueByCycle, .dueTomorrow:
            table.notes.append(.followupCycles(context.derived.cycles))
        default:
            break
        }
        return table
    }

    private func duplicates(asOf: Day, _ filter: BoundCardFilter, limit: Int?, fields: [BoundField]) -> ResultTable {
        let scope = context.scope(filter, asOf: asOf)
        let report = DuplicateCards(evaluator: evaluator, asOf: asOf, cards: scope.cards)
        var group = ResultColumnBuilder("group", .integer)
        var rows: [Int32] = []
        let limit = limit ?? Int.max
        for (index, duplicate) in report.groups.enumerated() {
            for card in duplicate.cards where rows.count < limit {
                group.append(integer: index + 1)
                rows.append(Int32(card))
            }
        }
        let columns = context.columns(asOf: asOf)
        return ResultTable(columns: [group.column] + fields.map { columns.column($0).gathered(rows, name: $0.name) },
                           notes: [.duplicates(groups: report.groups.count, cards: rows.count, asOf: asOf)])
    }

    /// The ids of the first `limit` cards, and how many more there are.
    func cardIds(_ cards: Bitmap, limit: Int) -> ([String], Int) {
        let ids = TableSchema.customers.idField.flatMap { context.dataset.customers.column($0.name) }
        let rows = cards.rows
        return (rows.prefix(limit).map { ids?.text(at: $0) ?? "#\($0)" }, max(0, rows.count - limit))
    }
}
