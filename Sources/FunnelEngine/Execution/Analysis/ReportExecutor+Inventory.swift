import FunnelDomain
import FunnelStore

/// `inventory for P [by GRAIN] [by FIELD]`: the inventory (进销存) of P, of each piece of
/// P, and of each group of a card field in them; then where P's deliveries came from.
///
/// Rows: without `by`, P's one row. By a grain, a row per piece and P's total row. By
/// a field, a row per group and a total row; by both, each piece's groups and the
/// piece's total row, then P's total row. Each row has its own identity check.
extension ReportExecutor {
    func inventory(_ window: AsOfPeriod, _ filter: BoundCardFilter, split: PeriodGrain?,
                   by field: BoundGroupField?) throws(EvaluationError) -> [ResultTable] {
        let scope = context.scope(filter, asOf: window.today)
        let report = InventoryReport(evaluator: evaluator, window: window, cards: scope.cards, split: split)
        let groups = try field.map { field throws(EvaluationError) in
            try cardGroups(field, cards: scope.cards, asOf: window.today)
        }
        var label = ResultColumnBuilder("period", .text)
        var key = ResultColumnBuilder(groups?.names.first ?? "group", .text)
        var opening = ResultColumnBuilder("opening", .integer)
        var new = ResultColumnBuilder("in", .integer)
        var deliveries = ResultColumnBuilder("deliveries", .integer)
        var losses = ResultColumnBuilder("losses", .integer)
        var out = ResultColumnBuilder("out", .integer)
        var closing = ResultColumnBuilder("closing", .integer)
        var check = ResultColumnBuilder("check", .text)
        var totals: Set<Int> = []
        func append(_ period: String, _ group: GroupValueLabel?, _ counts: InventoryCounts) {
            label.append(text: period)
            if let group { key.append(group: group) } else { key.append(text: nil) }
            opening.append(integer: counts.opening)
            new.append(integer: counts.new)
            deliveries.append(integer: counts.deliveries)
            losses.append(integer: counts.losses)
            out.append(integer: counts.out)
            closing.append(integer: counts.closing)
            check.append(phrase: .identityCheck(holds: counts.identityHolds, inconsistent: counts.inconsistent))
        }

        var notes: [ResultPhrase] = []
        let rows = (split == nil ? [] : report.pieces) + [report.total]
        for (index, row) in rows.enumerated() {
            let period = row.window.period.label
            let isWhole = index == rows.count - 1
            // By a grain and a field, P's own row is its total only: its groups are
            // inventory for P by FIELD.
            if let groups, split == nil || !isWhole {
                let parts = row.counts(byGroup: groups.grouping.assignment.cardGroup, groups: groups.groupCount)
                for (position, part) in parts.enumerated() {
                    // A (none) group with nothing in it says nothing.
                    if groups.grouping.hasMissing(at: position), part == InventoryCounts() { continue }
                    append(period, groups.labels(at: position).first ?? .mark(.missing), part)
                }
            }
            if groups != nil || (isWhole && split != nil) { totals.insert(label.count) }
            append(period, nil, row.counts)
            let broken = row.inconsistent.cardinality
            if broken > 0 {
                let (ids, more) = cardIds(row.inconsistent, limit: 10)
                notes.append(.inconsistentCards(period: period, count: broken, ids: ids, more: more))
            }
        }
        notes += countedAsOf(window)
        let columns = groups == nil ? [label] : [label, key]
        let main = ResultTable(columns + [opening, new, deliveries, losses, out, closing, check], totalRows: totals,
                               notes: notes, title: "inventory")
        return [main, deliveriesCameFrom(report.total, window: window)]
    }

    /// Where P's deliveries came from (seed 002 §4), with their shares.
    private func deliveriesCameFrom(_ total: InventoryRow, window: AsOfPeriod) -> ResultTable {
        var source = ResultColumnBuilder("deliveries_came_from", .text)
        var chinese = ResultColumnBuilder("来源", .text)
        var cards = ResultColumnBuilder("cards", .integer)
        var share = ResultColumnBuilder("share", .number, format: .percent(1))
        let count = total.deliveryCount
        for part in total.sources.parts {
            source.append(text: part.name)
            chinese.append(text: part.chineseName)
            let partCount = part.cards.cardinality
            cards.append(integer: partCount)
            share.append(number: count > 0 ? Double(partCount) / Double(count) : nil)
        }
        source.append(text: nil)
        chinese.append(text: nil)
        cards.append(integer: count)
        share.append(number: count > 0 ? 1 : nil)
        var sources = ResultTable([source, chinese, cards, share], totalRows: [total.sources.parts.count],
                                  title: "deliveries_came_from")
        sources.preamble = [.deliveriesOf(period: window.period.label)]
        return sources
    }
}
