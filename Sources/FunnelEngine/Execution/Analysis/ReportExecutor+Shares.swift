import FunnelDomain
import FunnelStore

/// The reports of counts and shares: `lost reasons for P [by FIELD]` and `structure by
/// A [, B]`. By a card field, each group lists the breakdown's rows with the group's
/// count and share of the group's cards, then the group's total row; the last row is
/// the total over every group.
extension ReportExecutor {
    func lostReasons(_ window: AsOfPeriod, _ filter: BoundCardFilter, by field: BoundGroupField?,
                     everyReason: Bool) throws(EvaluationError) -> ResultTable {
        let scope = context.scope(filter, asOf: window.today)
        let report = LostReasonsReport(basis: evaluator.basis(window), cards: scope.cards)
        let notes = countedAsOf(window)
        guard let field else {
            return shares(everyReason ? report.rows : report.rows.filter { $0.count > 0 }, total: report.total,
                          name: "lost_reason", notes: notes)
        }
        // The groups are those of the cards the where keeps, lost in P or not.
        let groups = try cardGroups(field, cards: scope.cards, asOf: window.today)
        let byGroup = GroupedShares(rows: report.rows, listsEveryValue: everyReason,
                                    cardGroup: groups.grouping.assignment.cardGroup, groupCount: groups.groupCount)
        return shares(byGroup, of: groups, total: report.total, name: "lost_reason", notes: notes)
    }

    func structure(_ statement: BoundStructure) throws(EvaluationError) -> ResultTable {
        let asOf = statement.asOf
        let scope = context.scope(statement.filter, asOf: asOf)
        let field: BoundField?
        if case .field(let group)? = statement.items.last { field = group.field } else { field = nil }
        let values = field.map { context.columns(asOf: asOf).column($0) }
        let report = CustomerStructure(evaluator: evaluator, asOf: asOf, field: field?.name, values: values,
                                       cards: scope.cards)
        let name = field?.name ?? "age_band"
        // A where on the field keeps only its values: no rows of the others at 0.
        let every = report.listsEveryValue && !statement.filterNamesBreakdown
        let notes: [ResultPhrase] = [.followingAsOf(asOf)]
        guard statement.items.count == 2, case .field(let outer)? = statement.items.first else {
            return shares(every ? report.rows : report.rows.filter { $0.count > 0 }, total: report.total, name: name,
                          notes: notes)
        }
        // The groups are those of the cards the report counts: following at T.
        let groups = try cardGroups(outer, cards: report.following, asOf: asOf)
        let byGroup = GroupedShares(rows: report.rows, listsEveryValue: every,
                                    cardGroup: groups.grouping.assignment.cardGroup, groupCount: groups.groupCount)
        return shares(byGroup, of: groups, total: report.total, name: name, notes: notes)
    }

    /// A breakdown's rows: the value, its Chinese, its cards and share; and a total row.
    func shares(_ rows: [ShareRow], total: Int, name: String, notes: [ResultPhrase]) -> ResultTable {
        var table = SharesTable(name: name, group: nil)
        for row in rows {
            table.append(group: nil, key: row.key, chinese: row.chineseLabel, count: row.count, share: row.share.value)
        }
        table.appendTotal(group: nil, count: total)
        return table.result(notes: notes)
    }

    /// A breakdown within each group: the group's rows, then its total row; then the
    /// total over every group. A `(none)` group without cards is left out.
    private func shares(_ byGroup: GroupedShares, of groups: CardGroups, total: Int, name: String,
                        notes: [ResultPhrase]) -> ResultTable {
        var table = SharesTable(name: name, group: groups.names.first ?? "group")
        for (position, rows) in byGroup.groups.enumerated() {
            let count = position < byGroup.groupTotals.count ? byGroup.groupTotals[position] : 0
            if groups.grouping.hasMissing(at: position), count == 0 { continue }
            let label = groups.labels(at: position).first ?? .mark(.missing)
            for row in rows {
                table.append(group: label, key: row.key, chinese: row.chineseLabel, count: row.count,
                             share: row.share.value)
            }
            table.appendTotal(group: label, count: count)
        }
        table.appendTotal(group: nil, count: total)
        return table.result(notes: notes)
    }
}

/// The columns of a breakdown with shares: the group (when there is one), the value,
/// its Chinese, cards, share.
private struct SharesTable {
    private let hasGroup: Bool
    private var group: ResultColumnBuilder
    private var key: ResultColumnBuilder
    private var chinese = ResultColumnBuilder("中文", .text)
    private var cards = ResultColumnBuilder("cards", .integer)
    private var share = ResultColumnBuilder("share", .number, format: .percent(1))
    private var totals: Set<Int> = []

    init(name: String, group: String?) {
        hasGroup = group != nil
        self.group = ResultColumnBuilder(group ?? "group", .text)
        key = ResultColumnBuilder(name, .text)
    }

    mutating func append(group label: GroupValueLabel?, key value: KPIGroupKey, chinese text: String, count: Int,
                         share fraction: Double?) {
        if let label { group.append(group: label) } else { group.append(text: nil) }
        switch value {
        case .value(let text): key.append(text: text)
        case .missing: key.append(group: .mark(.missing))
        case .noCard: key.append(group: .mark(.noCard))
        }
        chinese.append(text: text)
        cards.append(integer: count)
        share.append(number: fraction)
    }

    /// A total row: of a group, or (`nil`) of them all.
    mutating func appendTotal(group label: GroupValueLabel?, count: Int) {
        totals.insert(cards.count)
        if let label { group.append(group: label) } else { group.append(text: nil) }
        key.append(text: nil)
        chinese.append(text: nil)
        cards.append(integer: count)
        share.append(number: count > 0 ? 1 : nil)
    }

    func result(notes: [ResultPhrase]) -> ResultTable {
        ResultTable((hasGroup ? [group] : []) + [key, chinese, cards, share], totalRows: totals, notes: notes)
    }
}
