import FunnelDomain
import FunnelStore

/// `kpi ... for P by FIELD [, FIELD]` or `by GRAIN, FIELD` in SQL: the groups are the
/// fields' values (as of the statement's today) among the cards and traffic the `where`
/// keeps that exist then — traffic by its own field naming the same party (who received
/// the visitor), else by its card's, `(no card)` for an entry without one — in
/// `CardGrouping`'s order; each term is counted per group and piece of P, and
/// `KPIBreakdown.rows` leaves out the same groups.
extension SQLEngine {
    /// One key's part of a group.
    enum GroupPart: Hashable {
        case value(String)
        case missing
        case noCard
    }

    func kpiByField(_ statement: BoundKPI, cycles: FollowupCycles) throws -> SQLKPIRows {
        let fields = statement.breakdown.fields
        guard (1...2).contains(fields.count), fields.count == 1 || statement.breakdown.grain == nil else {
            throw SQLRefusal("kpi ... by three items")
        }
        let window = statement.window, today = window.today
        let scope = try KPIScopeSQL(catalog: catalog, filter: statement.filter, today: today, cycles: cycles)
        let dialect = catalog.dialect

        // Each card's keys as of today, and each traffic entry's.
        var cardKeys = SQLCompiler(catalog: catalog, table: .customers, asOf: today, cycles: cycles)
        var trafficKeys = SQLCompiler(catalog: catalog, table: .traffic, asOf: today, cycles: cycles)
        var cardValues: [String] = [], trafficValues: [String] = []
        for (index, group) in fields.enumerated() {
            var key = try cardKeys.value(group.field)
            if group.field.type == .string { key = cardKeys.blankless(key) }
            cardValues.append("\(key) AS k\(index)")
            if let own = group.traffic {
                var value = try trafficKeys.value(own)
                if own.type == .string { value = trafficKeys.blankless(value) }
                trafficValues.append("\(value) AS k\(index), FALSE AS n\(index)")
            } else {
                trafficValues.append("g.k\(index) AS k\(index), (r._card IS NULL) AS n\(index)")
            }
        }
        let keys = "SELECT r._row AS card, \(cardValues.joined(separator: ", ")) \(cardKeys.from)"
        let keyColumns = fields.indices.map { "g.k\($0)" }.joined(separator: ", ")
        let trafficKeyColumns = fields.indices.map { "h.k\($0), h.n\($0)" }.joined(separator: ", ")
        let trafficKeyQuery = "SELECT r._row AS entry, \(trafficValues.joined(separator: ", ")) \(trafficKeys.from)"
            + " LEFT JOIN (\(keys)) AS g ON g.card = r._card"
        var cardWhere = "r.\(dialect.identifier("created")) <= \(dialect.date(today))"
        if let cards = scope.cards { cardWhere += " AND " + cards }
        var trafficWhere = "r.\(dialect.identifier("time")) <= \(dialect.date(today))"
        if let traffic = scope.traffic { trafficWhere += " AND " + traffic }

        // The terms per KPI, in order; card and traffic terms counted apart.
        func counts(_ piece: AsOfPeriod) throws -> [[GroupPart]: (cards: [Int], traffic: [Int], places: [Int])] {
            let sets = KPISetSQL(catalog: catalog, window: piece, cycles: cycles)
            var cardTerms: [String] = [], trafficTerms: [String] = [], places: [Int] = []
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
                        throw SQLRefusal("kpi \(kpi.name) by a card field")
                    }
                }
            }
            let groupBy = (1...fields.count).map(String.init).joined(separator: ", ")
            let cardSQL = "SELECT \(keyColumns)" + cardTerms.map { ", " + $0 }.joined()
                + " FROM \(catalog.table(.customers)) AS r LEFT JOIN (\(sets.compiler.factsQuery)) AS f ON f._card = r._row"
                + " LEFT JOIN (\(keys)) AS g ON g.card = r._row WHERE \(cardWhere) GROUP BY \(groupBy)"
            let trafficGroupBy = (1...(2 * fields.count)).map(String.init).joined(separator: ", ")
            let trafficSQL = "SELECT \(trafficKeyColumns)" + trafficTerms.map { ", " + $0 }.joined()
                + " FROM \(catalog.table(.traffic)) AS r LEFT JOIN (\(trafficKeyQuery)) AS h ON h.entry = r._row"
                + " WHERE \(trafficWhere) GROUP BY \(trafficGroupBy)"
            var found: [[GroupPart]: (cards: [Int], traffic: [Int], places: [Int])] = [:]
            for row in try catalog.connection.query(cardSQL).rows {
                let slot = fields.indices.map { k -> GroupPart in
                    (k < row.count ? row[k] : nil).map { .value($0) } ?? .missing
                }
                found[slot, default: ([], [], places)].cards = row.dropFirst(fields.count).map { Int($0 ?? "") ?? 0 }
            }
            for row in try catalog.connection.query(trafficSQL).rows {
                let slot = fields.indices.map { k -> GroupPart in
                    if 2 * k + 1 < row.count, row[2 * k + 1] == "t" { return .noCard }
                    return (2 * k < row.count ? row[2 * k] : nil).map { .value($0) } ?? .missing
                }
                var entry = found[slot, default: ([], [], places)]
                let numbers = row.dropFirst(2 * fields.count).map { Int($0 ?? "") ?? 0 }
                entry.traffic = entry.traffic.isEmpty ? numbers : zip(entry.traffic, numbers).map { $0 + $1 }
                found[slot] = entry
            }
            return found
        }

        let pieces = statement.breakdown.grain.map { grain in window.period.split(by: grain).compactMap(window.piece) }
        var perPiece: [(piece: AsOfPeriod?, counts: [[GroupPart]: (cards: [Int], traffic: [Int], places: [Int])])] = []
        for piece in pieces ?? [] { perPiece.append((piece, try counts(piece))) }
        if pieces == nil { perPiece.append((nil, try counts(window))) }

        var slots = Set<[GroupPart]>()
        for entry in perPiece { slots.formUnion(entry.counts.keys) }
        let (ordered, labels) = SQLEngine.order(slots, fields: fields.map(\.field))

        let totals = try kpiTotals(statement, cycles: cycles, pieces: pieces)
        /// A KPI's value in one piece and group; `position`: where its terms start.
        func value(_ kpi: KPIDefinition, position: Int, _ entry: (piece: AsOfPeriod?,
                   counts: [[GroupPart]: (cards: [Int], traffic: [Int], places: [Int])]), _ slot: [GroupPart]) -> KPIValue {
            let found = entry.counts[slot] ?? ([], [], [])
            func count(_ index: Int) -> Int {
                if index == Int.min { return (entry.piece ?? window).elapsedDays }
                if index >= 0 { return index < found.cards.count ? found.cards[index] : 0 }
                let t = -index - 1
                return t < found.traffic.count ? found.traffic[t] : 0
            }
            let places = entry.counts.values.first?.places ?? []
            var next = position
            func sum(_ terms: [KPITermDefinition]) -> Int {
                var total = 0
                for term in terms {
                    total += (term.subtracted ? -1 : 1) * count(next < places.count ? places[next] : Int.min)
                    next += 1
                }
                return total
            }
            let top = sum(kpi.numerator)
            return kpi.denominator.isEmpty ? .count(top) : .ratio(top, over: sum(kpi.denominator))
        }
        var rows: [[SQLKPIRows.Row]] = []
        var starts: [Int] = []
        var position = 0
        for kpi in statement.kpis {
            starts.append(position)
            var own: [SQLKPIRows.Row] = []
            for entry in perPiece {
                for slot in ordered {
                    if slot.contains(.noCard), !kpi.usesTraffic { continue }
                    let result = value(kpi, position: position, entry, slot)
                    if slot.contains(.missing), result.numerator == 0, (result.denominator ?? 0) == 0 { continue }
                    let groupLabels = (entry.piece.map { [GroupValueLabel.text($0.period.label)] } ?? [])
                        + SQLEngine.labels(of: slot, labels)
                    own.append(SQLKPIRows.Row(labels: groupLabels, value: result))
                }
            }
            position += kpi.numerator.count + kpi.denominator.count
            rows.append(own)
        }
        // Every group of P with every KPI's value, none left out (the grouped reports).
        var groups: [SQLKPIRows.Group] = []
        if let whole = perPiece.last, pieces == nil {
            for slot in ordered {
                groups.append(SQLKPIRows.Group(labels: SQLEngine.labels(of: slot, labels), isNoCard: slot.contains(.noCard),
                                               hasMissing: slot.contains(.missing),
                                               values: statement.kpis.indices.map { k in
                                                   value(statement.kpis[k], position: starts[k], whole, slot)
                                               }))
            }
        }
        let names = (statement.breakdown.grain.map { [$0.rawValue] } ?? []) + fields.map(\.field.name)
        return SQLKPIRows(names: names, rows: rows, totals: totals.values, notes: totals.notes, groups: groups)
    }

    /// Groups of one or two keys in `CardGrouping`'s order: each key's values ranked as
    /// `GroupKey` ranks them, then (none), then (no card); by the first key, then the
    /// second. With each value's text as the key shows it.
    static func order(_ slots: Set<[GroupPart]>, fields: [BoundField]) -> ([[GroupPart]], [[GroupPart: String]]) {
        var ranks: [[GroupPart: Int]] = []
        var labels: [[GroupPart: String]] = []
        for (k, field) in fields.enumerated() {
            var texts: [String] = []
            for slot in slots where k < slot.count {
                if case .value(let text) = slot[k], !texts.contains(text) { texts.append(text) }
            }
            let column = SQLColumnReader.column(field.name, field.type, texts)
            let key = GroupKey(column, name: field.name)
            var rank: [GroupPart: Int] = [:], label: [GroupPart: String] = [:]
            for id in 1..<(key.valueCount + 1) {
                guard let text = key.values.text(at: id - 1),
                      let index = (0..<texts.count).first(where: { column.text(at: $0) == text }) else { continue }
                rank[.value(texts[index])] = Int(key.rank[id])
                label[.value(texts[index])] = text
            }
            rank[.missing] = Int.max - 1
            rank[.noCard] = Int.max
            ranks.append(rank)
            labels.append(label)
        }
        let ordered = slots.sorted { a, b in
            for k in fields.indices where k < a.count && k < b.count {
                let ra = ranks[k][a[k]] ?? Int.max, rb = ranks[k][b[k]] ?? Int.max
                if ra != rb { return ra < rb }
            }
            return false
        }
        return (ordered, labels)
    }

    /// A group's labels as a result shows them.
    static func labels(of slot: [GroupPart], _ labels: [[GroupPart: String]]) -> [GroupValueLabel] {
        slot.enumerated().map { k, part in
            switch part {
            case .value(let text): .text(k < labels.count ? labels[k][part] ?? text : text)
            case .missing: .mark(.missing)
            case .noCard: .mark(.noCard)
            }
        }
    }
}
