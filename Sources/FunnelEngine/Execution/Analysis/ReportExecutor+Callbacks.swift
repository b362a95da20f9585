import FunnelDomain
import FunnelStore

/// `callbacks [DAY | missed [for P]]` (成交回访): a row per callback, a card's fields, the
/// callback's day after delivery, its due day and how many days late it is on the day
/// of the list (or at the end of the missed period), then the card's last contact.
/// In due order unless the statement orders by card fields; cut to its limit.
extension ReportExecutor {
    func callbacks(_ bound: BoundCallbacks) -> ResultTable {
        let scope = context.scope(bound.filter, asOf: bound.asOf)
        let list: DeliveryCallbacks
        switch bound.list {
        case .toMake(let day, let known):
            list = DeliveryCallbacks.toMake(evaluator, on: day, knownAt: known, rule: bound.rule, cards: scope.cards)
        case .missed(let window):
            list = DeliveryCallbacks.missed(evaluator, in: window, rule: bound.rule, cards: scope.cards)
        }
        let listing = bound.listing
        let columns = context.columns(asOf: listing.asOf)
        var order = Array(list.callbacks.indices)
        if !listing.order.isEmpty {
            let cards = list.callbacks.map { Int32($0.card) }
            let keys = listing.order.map { item in
                RowSorter.Key(column: columns.column(item.field).gathered(cards, name: item.field.name),
                              descending: item.descending)
            }
            order = RowSorter.sort(order.map { Int32($0) }, by: keys).map { Int($0) }
        }
        if let limit = listing.limit { order = Array(order.prefix(limit)) }
        let shown = order.map { list.callbacks[$0] }
        let rows = shown.map { Int32($0.card) }
        var daysAfter = ResultColumnBuilder("days_after", .integer)
        var due = ResultColumnBuilder("due", .day)
        var late = ResultColumnBuilder("days_late", .integer)
        for callback in shown {
            daysAfter.append(integer: callback.daysAfter)
            due.append(day: callback.due)
            late.append(integer: list.asOf - callback.due)
        }
        let own = [daysAfter.column, due.column, late.column]
        let cardColumns = { (fields: [BoundField]) in fields.map { columns.column($0).gathered(rows, name: $0.name) } }
        let phrase: SeedReportPhrase
        switch bound.list {
        case .toMake(let day, _):
            phrase = .callbacksToMake(listed: list.callbacks.count, tally: list.tally, day: day, rule: bound.rule)
        case .missed(let window):
            phrase = .callbacksMissed(listed: list.callbacks.count, tally: list.tally, window: window, rule: bound.rule)
        }
        return ResultTable(columns: cardColumns(listing.fields) + own + cardColumns(bound.trailing),
                           notes: [.seedReport(phrase)])
    }
}
