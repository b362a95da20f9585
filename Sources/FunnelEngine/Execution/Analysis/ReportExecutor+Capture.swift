import FunnelDomain
import FunnelStore

/// `capture progress for P [by GRAIN] [by FIELD]`: traffic, new traffic, captures,
/// capture rate and new cards by channel.
///
/// Rows: by a grain (a day without `by`), a row per piece and a total row. By a card
/// field, a row per group and a total row; by both, each piece's groups and the piece's
/// total row, then P's total row. Traffic is grouped as for a KPI: by its own field
/// (the consultant who received the visitor) or by its card, `(no card)` for entries
/// with none. Every figure is a count, so the rows add up to their totals.
extension ReportExecutor {
    func captureProgress(_ window: AsOfPeriod, _ filter: BoundCardFilter, split: PeriodGrain?,
                         by field: BoundGroupField?) throws(EvaluationError) -> ResultTable {
        let scope = context.scope(filter, asOf: window.today)
        let groups = try field.map { field throws(EvaluationError) in
            try CardGroups([field], context: context, asOf: window.today, within: scope)
        }
        let report = CaptureProgress(evaluator: evaluator, window: window, split: split,
                                     groups: groups?.grouping.assignment, scope: scope)
        var label = ResultColumnBuilder(split?.rawValue ?? "period", .text)
        var key = ResultColumnBuilder(groups?.names.first ?? "group", .text)
        var traffic = ResultColumnBuilder("traffic", .integer)
        var newTraffic = ResultColumnBuilder("new_traffic", .integer)
        var captures = ResultColumnBuilder("captures", .integer)
        var rate = ResultColumnBuilder("capture_rate", .number, format: .percent(1))
        var channels = Channel.allCases.map { ResultColumnBuilder($0.token, .integer) }
        var noChannel = ResultColumnBuilder("no_channel", .integer)
        var newCards = ResultColumnBuilder("new_cards", .integer)
        var totals: Set<Int> = []
        func append(_ period: String?, _ group: GroupValueLabel?, _ row: CaptureProgressRow, total: Bool) {
            if total { totals.insert(label.count) }
            label.append(text: period)
            if let group { key.append(group: group) } else { key.append(text: nil) }
            traffic.append(integer: row.traffic)
            newTraffic.append(integer: row.newTraffic)
            captures.append(integer: row.captures)
            rate.append(number: row.captureRate.value)
            for (c, channel) in Channel.allCases.enumerated() { channels[c].append(integer: row.newCards(channel)) }
            noChannel.append(integer: row.newWithoutChannel)
            newCards.append(integer: row.newCards)
        }
        /// A group's rows: a `(none)` or `(no card)` group with nothing in it is left out.
        func appendGroups(_ period: String?, _ rows: [CaptureProgressRow]) {
            guard let groups else { return }
            for (position, row) in rows.enumerated() {
                let marked = groups.grouping.hasMissing(at: position) || groups.grouping.isNoCard(at: position)
                if marked, row.traffic == 0, row.newCards == 0 { continue }
                append(period, groups.labels(at: position).first ?? .mark(.missing), row, total: false)
            }
        }

        if split != nil {
            for (index, row) in report.rows.enumerated() {
                let period = row.window.period.label
                if index < report.groupRows.count {
                    appendGroups(period, report.groupRows[index])
                    append(period, nil, row, total: true)
                } else {
                    append(period, nil, row, total: false)
                }
            }
        } else {
            appendGroups(nil, report.groupTotals)
        }
        append(nil, nil, report.total, total: true)

        var columns = (split == nil ? [] : [label]) + (groups == nil ? [] : [key])
        // Through cards (a `where` or `by` on a field traffic lacks) the rate would be
        // 100% wherever it is defined: left out, with a note, as `kpi` refuses it.
        var throughCards: String?
        if case .byCard(let path) = filter.traffic { throughCards = path?.text ?? "" }
        if let field, field.traffic == nil { throughCards = throughCards ?? field.field.name }
        columns += [traffic, newTraffic, captures] + (throughCards == nil ? [rate] : []) + channels
        if report.total.newWithoutChannel > 0 { columns.append(noChannel) }
        columns.append(newCards)
        var notes: [ResultPhrase] = [.captureCounts]
        if let throughCards { notes.append(.captureRateLeftOut(field: throughCards, perGroup: false)) }
        notes += context.trafficNotes(KPICatalog.all.filter(\.usesTraffic), filter, window)
        notes += countedAsOf(window)
        return ResultTable(columns, totalRows: totals, notes: notes)
    }
}
