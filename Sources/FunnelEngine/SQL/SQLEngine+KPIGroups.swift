import FunnelDomain
import FunnelStore

/// `kpi ... for P by FIELD` in SQL: the groups are the field's values (as of the
/// statement's today) among the cards and traffic the `where` keeps that exist then —
/// traffic by its own field naming the same party (who received the visitor), else by
/// its card's, `(no card)` for an entry without one — in `GroupKey`'s order; each term
/// is counted per group (`KPIBreakdown.rows` leaves out the same groups).
extension SQLEngine {
    func kpiByField(_ statement: BoundKPI, cycles: FollowupCycles) throws -> SQLKPIRows {
        guard statement.breakdown.fields.count == 1, statement.breakdown.grain == nil,
              let group = statement.breakdown.fields.first else {
            throw SQLRefusal("kpi ... by two items")
        }
        let window = statement.window, today = window.today
        let field = group.field
        let scope = try KPIScopeSQL(catalog: catalog, filter: statement.filter, today: today, cycles: cycles)
        let sets = KPISetSQL(catalog: catalog, window: window, cycles: cycles)

        // Each card's key as of today.
        var keyCompiler = SQLCompiler(catalog: catalog, table: .customers, asOf: today, cycles: cycles)
        var key = try keyCompiler.value(field)
        if field.type == .string { key = keyCompiler.blankless(key) }
        let keys = "SELECT r._row AS card, \(key) AS key \(keyCompiler.from)"

        // Terms per KPI, in order; card terms and traffic terms counted apart.
        var cardTerms: [String] = [], trafficTerms: [String] = []
        var places: [Int] = []
        for kpi in statement.kpis {
            for term in kpi.numerator + kpi.denominator {
                switch term.recipe {
                case .cards(let list):
                    let parts = list.map { sets.card($0) }
                    cardTerms.append("count(*) FILTER (WHERE " + (parts.isEmpty ? "TRUE" : parts.joined(separator: " AND ")) + ")")
                    places.append(cardTerms.count - 1)
                case .traffic(let list):
                    let parts = list.map { sets.traffic($0) }
                    trafficTerms.append("count(*) FILTER (WHERE " + (parts.isEmpty ? "TRUE" : parts.joined(separator: " AND ")) + ")")
                    places.append(-trafficTerms.count)
                case .elapsedDays:
                    places.append(Int.min)
                case .targetDeliveries, .dueEvents:
                    throw SQLRefusal("kpi \(kpi.name)")
                }
            }
        }
        let dialect = catalog.dialect
        var cardWhere = "r.\(dialect.identifier("created")) <= \(dialect.date(today))"
        if let cards = scope.cards { cardWhere += " AND " + cards }
        let cardSQL = "SELECT g.key" + cardTerms.map { ", " + $0 }.joined()
            + " FROM \(catalog.table(.customers)) AS r LEFT JOIN (\(sets.compiler.factsQuery)) AS f ON f._card = r._row"
            + " LEFT JOIN (\(keys)) AS g ON g.card = r._row WHERE \(cardWhere) GROUP BY 1"
        let cardRows = try catalog.connection.query(cardSQL).rows

        var trafficKey = "g.key", noCard = "(r._card IS NULL)", trafficJoin = " LEFT JOIN (\(keys)) AS g ON g.card = r._card"
        if let own = group.traffic {
            var compiler = SQLCompiler(catalog: catalog, table: .traffic, asOf: today, cycles: cycles)
            var value = try compiler.value(own)
            if own.type == .string { value = compiler.blankless(value) }
            trafficJoin = " LEFT JOIN (SELECT r._row AS entry, \(value) AS key \(compiler.from)) AS g ON g.entry = r._row"
            trafficKey = "g.key"
            noCard = "FALSE"
        }
        var trafficWhere = "r.\(dialect.identifier("time")) <= \(dialect.date(today))"
        if let traffic = scope.traffic { trafficWhere += " AND " + traffic }
        let trafficSQL = "SELECT \(trafficKey), \(noCard)" + trafficTerms.map { ", " + $0 }.joined()
            + " FROM \(catalog.table(.traffic)) AS r" + trafficJoin + " WHERE \(trafficWhere) GROUP BY 1, 2"
        let trafficRows = try catalog.connection.query(trafficSQL).rows

        // The groups: values in the key's order, then (none), then (no card).
        enum Slot: Hashable { case value(String), missing, noCard }
        var counts: [Slot: (cards: [Int], traffic: [Int])] = [:]
        var valueTexts: [String] = []
        func slot(_ text: String?, noCard: Bool) -> Slot {
            if noCard { return .noCard }
            guard let text else { return .missing }
            if !valueTexts.contains(text) { valueTexts.append(text) }
            return .value(text)
        }
        for row in cardRows {
            let s = slot(row.first ?? nil, noCard: false)
            counts[s, default: ([], [])].cards = row.dropFirst().map { Int($0 ?? "") ?? 0 }
        }
        for row in trafficRows {
            let s = slot(row.first ?? nil, noCard: row.count > 1 && row[1] == "t")
            var entry = counts[s, default: ([], [])]
            let numbers = row.dropFirst(2).map { Int($0 ?? "") ?? 0 }
            entry.traffic = entry.traffic.isEmpty ? numbers : zip(entry.traffic, numbers).map { $0 + $1 }
            counts[s] = entry
        }
        let column = SQLColumnReader.column(field.name, field.type, valueTexts)
        let ordered = GroupKey(column, name: field.name)
        var slots: [Slot] = []
        for id in (1...max(1, ordered.valueCount)).sorted(by: { ordered.rank[$0] < ordered.rank[$1] })
            where id <= ordered.valueCount {
            // The key's values are the texts found (an enum's: its whole vocabulary).
            if let text = ordered.values.text(at: id - 1),
               let index = (0..<valueTexts.count).first(where: { column.text(at: $0) == text }) {
                slots.append(.value(valueTexts[index]))
            }
        }
        if counts[.missing] != nil { slots.append(.missing) }
        if counts[.noCard] != nil { slots.append(.noCard) }

        let totals = try kpiTotals(statement, cycles: cycles)
        var rows: [[SQLKPIRows.Row]] = []
        var position = 0
        for kpi in statement.kpis {
            var own: [SQLKPIRows.Row] = []
            let termCount = kpi.numerator.count + kpi.denominator.count
            let mine = Array(places[position..<min(places.count, position + termCount)])
            position += termCount
            for s in slots {
                if s == .noCard, !kpi.usesTraffic { continue }
                let entry = counts[s] ?? ([], [])
                func count(_ index: Int) -> Int {
                    if index == Int.min { return window.elapsedDays }
                    if index >= 0 { return index < entry.cards.count ? entry.cards[index] : 0 }
                    let t = -index - 1
                    return t < entry.traffic.count ? entry.traffic[t] : 0
                }
                var next = 0
                func sum(_ terms: [KPITermDefinition]) -> Int {
                    var total = 0
                    for term in terms {
                        total += (term.subtracted ? -1 : 1) * count(next < mine.count ? mine[next] : Int.min)
                        next += 1
                    }
                    return total
                }
                let top = sum(kpi.numerator)
                let value: KPIValue = kpi.denominator.isEmpty ? .count(top) : .ratio(top, over: sum(kpi.denominator))
                if s == .missing, value.numerator == 0, (value.denominator ?? 0) == 0 { continue }
                let label: GroupValueLabel
                switch s {
                case .value(let text):
                    let index = valueTexts.firstIndex(of: text) ?? 0
                    label = .text(column.text(at: index) ?? text)
                case .missing: label = .mark(.missing)
                case .noCard: label = .mark(.noCard)
                }
                own.append(SQLKPIRows.Row(labels: [label], value: value))
            }
            rows.append(own)
        }
        return SQLKPIRows(names: [field.name], rows: rows, totals: totals.values, notes: totals.notes)
    }
}
