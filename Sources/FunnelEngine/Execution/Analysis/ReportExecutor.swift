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
        case .inventory(let window, let filter, let split):
            return .tables(inventory(window, filter, split: split))
        case .lostReasons(let window, let filter):
            return .table(lostReasons(window, filter))
        case .structure(let dimension, let field, let asOf, let filter):
            return .table(structure(dimension, field: field, asOf: asOf, filter))
        case .captureProgress(let window, let filter, let grain):
            return .table(captureProgress(window, filter, by: grain))
        case .groupedKPIs(let kind, let window, let filter, let field):
            return .table(try groupedKPIs(kind, window, filter, by: field))
        case .workList(let kind, let day, let filter, let listing):
            return .table(workList(kind, on: day, filter, listing: listing))
        case .duplicates(let asOf, let filter, let limit, let fields):
            return .table(duplicates(asOf: asOf, filter, limit: limit, fields: fields))
        }
    }

    // MARK: inventory

    private func inventory(_ window: AsOfPeriod, _ filter: BoundCardFilter, split: PeriodGrain?) -> [ResultTable] {
        let scope = context.scope(filter, asOf: window.today)
        let report = InventoryReport(evaluator: evaluator, window: window, cards: scope.cards, split: split)
        var label = ResultColumnBuilder("period", .text)
        var opening = ResultColumnBuilder("opening", .integer)
        var new = ResultColumnBuilder("in", .integer)
        var deliveries = ResultColumnBuilder("deliveries", .integer)
        var losses = ResultColumnBuilder("losses", .integer)
        var out = ResultColumnBuilder("out", .integer)
        var closing = ResultColumnBuilder("closing", .integer)
        var check = ResultColumnBuilder("check", .text)
        let rows = (split == nil ? [] : report.pieces) + [report.total]
        var notes: [ResultPhrase] = []
        for row in rows {
            label.append(text: row.window.period.label)
            opening.append(integer: row.openingCount)
            new.append(integer: row.newCount)
            deliveries.append(integer: row.deliveryCount)
            losses.append(integer: row.lossCount)
            out.append(integer: row.outCount)
            closing.append(integer: row.closingCount)
            let broken = row.inconsistent.cardinality
            check.append(phrase: .identityCheck(holds: row.identityHolds, inconsistent: broken))
            if broken > 0 {
                let (ids, more) = cardIds(row.inconsistent, limit: 10)
                notes.append(.inconsistentCards(period: row.window.period.label, count: broken, ids: ids, more: more))
            }
        }
        if !window.isComplete { notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false)) }
        let main = ResultTable([label, opening, new, deliveries, losses, out, closing, check],
                               totalRows: split == nil ? [] : [rows.count - 1], notes: notes, title: "inventory")

        var source = ResultColumnBuilder("deliveries_came_from", .text)
        var chinese = ResultColumnBuilder("来源", .text)
        var cards = ResultColumnBuilder("cards", .integer)
        var share = ResultColumnBuilder("share", .number, format: .percent(1))
        let total = report.total.deliveryCount
        for part in report.total.sources.parts {
            source.append(text: part.name)
            chinese.append(text: part.chineseName)
            let count = part.cards.cardinality
            cards.append(integer: count)
            share.append(number: total > 0 ? Double(count) / Double(total) : nil)
        }
        source.append(text: nil)
        chinese.append(text: nil)
        cards.append(integer: total)
        share.append(number: total > 0 ? 1 : nil)
        var sources = ResultTable([source, chinese, cards, share], totalRows: [report.total.sources.parts.count],
                                  title: "deliveries_came_from")
        sources.preamble = [.deliveriesOf(period: window.period.label)]
        return [main, sources]
    }

    // MARK: lost reasons, structure

    private func lostReasons(_ window: AsOfPeriod, _ filter: BoundCardFilter) -> ResultTable {
        let scope = context.scope(filter, asOf: window.today)
        let report = LostReasonsReport(basis: evaluator.basis(window), cards: scope.cards)
        return shares(report.rows, total: report.total, name: "lost_reason",
                      notes: window.isComplete ? []
                        : [.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false)])
    }

    private func structure(_ dimension: StructureDimension, field: BoundField?, asOf: Day,
                           _ filter: BoundCardFilter) -> ResultTable {
        let scope = context.scope(filter, asOf: asOf)
        let values = field.map { context.columns(asOf: asOf).column($0) }
        let report = CustomerStructure(evaluator: evaluator, asOf: asOf, dimension: dimension, values: values,
                                       cards: scope.cards)
        let name = dimension == .ageBand ? "age_band" : dimension.rawValue
        return shares(report.rows, total: report.total, name: name, notes: [.followingAsOf(asOf)])
    }

    private func shares(_ rows: [ShareRow], total: Int, name: String, notes: [ResultPhrase]) -> ResultTable {
        var key = ResultColumnBuilder(name, .text)
        var chinese = ResultColumnBuilder("中文", .text)
        var cards = ResultColumnBuilder("cards", .integer)
        var share = ResultColumnBuilder("share", .number, format: .percent(1))
        for row in rows {
            switch row.key {
            case .value(let text): key.append(text: text)
            case .missing: key.append(group: .mark(.missing))
            case .noCard: key.append(group: .mark(.noCard))
            }
            chinese.append(text: row.chineseLabel)
            cards.append(integer: row.count)
            share.append(number: row.share.value)
        }
        key.append(text: nil)
        chinese.append(text: nil)
        cards.append(integer: total)
        share.append(number: total > 0 ? 1 : nil)
        return ResultTable([key, chinese, cards, share], totalRows: [rows.count], notes: notes)
    }

    // MARK: capture progress

    private func captureProgress(_ window: AsOfPeriod, _ filter: BoundCardFilter, by grain: PeriodGrain) -> ResultTable {
        let scope = context.scope(filter, asOf: window.today)
        let report = CaptureProgress(evaluator: evaluator, window: window, by: grain, scope: scope)
        var label = ResultColumnBuilder(grain.rawValue, .text)
        var traffic = ResultColumnBuilder("traffic", .integer)
        var newTraffic = ResultColumnBuilder("new_traffic", .integer)
        var captures = ResultColumnBuilder("captures", .integer)
        var rate = ResultColumnBuilder("capture_rate", .number, format: .percent(1))
        var channels = Channel.allCases.map { ResultColumnBuilder($0.token, .integer) }
        var noChannel = ResultColumnBuilder("no_channel", .integer)
        var newCards = ResultColumnBuilder("new_cards", .integer)
        let rows = report.rows + [report.total]
        for (index, row) in rows.enumerated() {
            label.append(text: index == report.rows.count ? nil : row.window.period.label)
            traffic.append(integer: row.traffic)
            newTraffic.append(integer: row.newTraffic)
            captures.append(integer: row.captures)
            rate.append(number: row.captureRate.value)
            for (c, channel) in Channel.allCases.enumerated() { channels[c].append(integer: row.newCards(channel)) }
            noChannel.append(integer: row.newWithoutChannel)
            newCards.append(integer: row.newCards)
        }
        var columns = [label, traffic, newTraffic, captures, rate] + channels
        if report.total.newWithoutChannel > 0 { columns.append(noChannel) }
        columns.append(newCards)
        var notes: [ResultPhrase] = [.captureCounts]
        if !window.isComplete { notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false)) }
        return ResultTable(columns, totalRows: [report.rows.count], notes: notes)
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
        let scope = context.scope(filter, asOf: day)
        let list: WorkList
        switch kind {
        case .due: list = WorkList.due(evaluator, on: day, cards: scope.cards)
        case .overdue: list = WorkList.overdue(evaluator, asOf: day, cards: scope.cards)
        case .contacted: list = WorkList.contacted(evaluator, on: day, cards: scope.cards)
        default: list = WorkList.dormantEligible(evaluator, asOf: day, cards: scope.cards)
        }
        var table = RowListing(context: context).table(list.cards, listing)
        table.notes.append(.workList(kind, count: list.count, asOf: day))
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
    private func cardIds(_ cards: Bitmap, limit: Int) -> ([String], Int) {
        let ids = TableSchema.customers.idField.flatMap { context.dataset.customers.column($0.name) }
        let rows = cards.rows
        return (rows.prefix(limit).map { ids?.text(at: $0) ?? "#\($0)" }, max(0, rows.count - limit))
    }
}
