import FunnelDomain
import FunnelStore

/// `lost reasons for P [by FIELD]` in SQL: the cards lost in P that the `where` keeps,
/// by their reason (every reason, then those with none), within the groups of a card
/// field — as `LostReasonsReport`, `GroupedShares` and `ReportExecutor.shares` make them.
extension SQLEngine {
    private struct ShareLine {
        let key: KPIGroupKey
        let chinese: String
        let count: Int
        let share: KPIValue
    }

    func lostReasons(_ window: AsOfPeriod, _ filter: BoundCardFilter, by field: BoundGroupField?, everyReason: Bool,
                     cycles: FollowupCycles) throws -> ResultTable {
        let today = window.today
        let scope = try KPIScopeSQL(catalog: catalog, filter: filter, today: today, cycles: cycles)
        let dialect = catalog.dialect
        let sets = KPISetSQL(catalog: catalog, window: window, cycles: cycles)
        let losses = sets.card(.losses)
        let reason = catalog.hasColumn(.customers, "lost_reason") ? "r.\(dialect.identifier("lost_reason"))" : "NULL::text"
        let inScope = scope.cards.map { " AND " + $0 } ?? ""
        let vocabulary = LostReason.vocabulary
        /// Counts per reason slot (the vocabulary's, then none).
        func slot(_ token: String?) -> Int {
            token.flatMap { vocabulary.code(for: $0) }.map(Int.init) ?? vocabulary.tokens.count
        }
        func lines(_ counts: [Int], every: Bool) -> [ShareLine] {
            let total = counts.reduce(0, +)
            return counts.enumerated().compactMap { index, count in
                guard every || count > 0 else { return nil }
                let isReason = index < vocabulary.tokens.count
                let key: KPIGroupKey = isReason ? .value(vocabulary.tokens[index]) : .missing
                let chinese = isReason ? vocabulary.chineseWord(UInt8(index)) ?? key.description : "未填写"
                return ShareLine(key: key, chinese: chinese, count: count, share: .ratio(count, over: total))
            }
        }
        let from = "FROM \(catalog.table(.customers)) AS r"
        var whole = [Int](repeating: 0, count: vocabulary.tokens.count + 1)
        for row in try catalog.connection.query("SELECT \(reason), count(*) \(from) WHERE \(losses)\(inScope) GROUP BY 1").rows {
            whole[slot(row.first ?? nil)] += Int((row.count > 1 ? row[1] : nil) ?? "") ?? 0
        }
        let total = whole.reduce(0, +)
        var notes: [ResultPhrase] = []
        if !window.isComplete {
            notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false))
        }
        var table = SharesTableSQL(name: "lost_reason", group: field?.field.name)
        guard let field else {
            for line in lines(whole, every: everyReason) {
                table.append(group: nil, key: line.key, chinese: line.chinese, count: line.count, share: line.share.value)
            }
            table.appendTotal(group: nil, count: total)
            return table.result(notes: notes)
        }
        // The groups are those of the cards the where keeps, lost in P or not.
        var compiler = SQLCompiler(catalog: catalog, table: .customers, asOf: today, cycles: cycles)
        var key = try compiler.value(field.field)
        if field.field.type == .string { key = compiler.blankless(key) }
        let keys = "SELECT r._row AS card, \(key) AS k0 \(compiler.from)"
        let grouped = try catalog.connection.query("SELECT g.k0, CASE WHEN \(losses) THEN \(reason) END, "
            + "count(*) FILTER (WHERE \(losses)) \(from) LEFT JOIN (\(keys)) AS g ON g.card = r._row "
            + "WHERE r.\(dialect.identifier("created")) <= \(dialect.date(today))\(inScope) GROUP BY 1, 2").rows
        var counts: [[GroupPart]: [Int]] = [:]
        for row in grouped {
            let part: [GroupPart] = [(row.first ?? nil).map { .value($0) } ?? .missing]
            var slots = counts[part] ?? [Int](repeating: 0, count: vocabulary.tokens.count + 1)
            slots[slot(row.count > 1 ? row[1] : nil)] += Int((row.count > 2 ? row[2] : nil) ?? "") ?? 0
            counts[part] = slots
        }
        let (ordered, labels) = SQLEngine.order(Set(counts.keys), fields: [field.field])
        for part in ordered {
            let slots = counts[part] ?? []
            let count = slots.reduce(0, +)
            if part.contains(.missing), count == 0 { continue }
            let label = SQLEngine.labels(of: part, labels).first ?? .mark(.missing)
            for line in lines(slots, every: everyReason) {
                table.append(group: label, key: line.key, chinese: line.chinese, count: line.count, share: line.share.value)
            }
            table.appendTotal(group: label, count: count)
        }
        table.appendTotal(group: nil, count: total)
        return table.result(notes: notes)
    }
}

/// The table of `ReportExecutor`'s shares: a key, its Chinese label, cards and share,
/// within groups, with totals.
struct SharesTableSQL {
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
