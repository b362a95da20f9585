import FunnelDomain
import FunnelStore

/// `inventory for P [by GRAIN] [by FIELD]` in SQL: the prospect base's stocks and flows
/// (domain.md §4: opening, in, deliveries, losses, closing, and the cards that break the
/// identity) per piece and group, and where P's deliveries came from — as
/// `ReportExecutor.inventory` and `InventoryReport` make them.
extension SQLEngine {
    /// The counts of one window, per group (an empty group key without a field).
    private struct InventoryCountsSQL {
        var byGroup: [[GroupPart]: InventoryCounts] = [:]
        var total = InventoryCounts()
        var sources: [Int] = []
        var inconsistentIDs: [String] = []
    }

    func inventory(_ window: AsOfPeriod, _ filter: BoundCardFilter, split: PeriodGrain?, by field: BoundGroupField?,
                   cycles: FollowupCycles) throws -> [ResultTable] {
        let today = window.today
        let scope = try KPIScopeSQL(catalog: catalog, filter: filter, today: today, cycles: cycles)
        let dialect = catalog.dialect
        var keySQL: String?
        if let field {
            var compiler = SQLCompiler(catalog: catalog, table: .customers, asOf: today, cycles: cycles)
            var key = try compiler.value(field.field)
            if field.field.type == .string { key = compiler.blankless(key) }
            keySQL = "SELECT r._row AS card, \(key) AS k0 \(compiler.from)"
        }
        let inScope = scope.cards.map { " AND " + $0 } ?? ""

        func counts(_ piece: AsOfPeriod) throws -> InventoryCountsSQL {
            let sets = KPISetSQL(catalog: catalog, window: piece, cycles: cycles)
            let (opening, new, deliveries, losses, closing) = (sets.card(.opening), sets.card(.new),
                sets.card(.deliveries), sets.card(.losses), sets.card(.closing))
            let base = "(\(opening) OR \(new))"
            let leaving = "(\(base) AND NOT \(closing))"
            let inconsistent = "((\(deliveries) AND \(losses)) OR ((\(deliveries)) <> (\(losses))) <> \(leaving))"
            let flows = [opening, new, deliveries, losses, closing, inconsistent]
                .map { "count(*) FILTER (WHERE \($0))" }.joined(separator: ", ")
            let from = "FROM \(catalog.table(.customers)) AS r"
            var result = InventoryCountsSQL()
            func read(_ row: [String?], from start: Int) -> InventoryCounts {
                let n = (start..<(start + 6)).map { $0 < row.count ? Int(row[$0] ?? "") ?? 0 : 0 }
                var counts = InventoryCounts()
                (counts.opening, counts.new, counts.deliveries, counts.losses, counts.closing, counts.inconsistent)
                    = (n[0], n[1], n[2], n[3], n[4], n[5])
                return counts
            }
            // The whole row: the cards the where keeps.
            let ordered = catalog.hasColumn(.customers, "ordered")
                ? "coalesce(r.\(dialect.identifier("ordered")) < \(dialect.date(piece.period.start)), false)" : "FALSE"
            let channel = catalog.hasColumn(.customers, "channel") ? "r.\(dialect.identifier("channel"))" : "NULL::text"
            let fromOpening = "(\(deliveries) AND \(opening))", fromNew = "(\(deliveries) AND \(new))"
            let sourceParts = [
                "\(fromOpening) AND \(ordered)", "\(fromOpening) AND NOT \(ordered)",
                "\(fromNew) AND coalesce(\(channel) IN ('walkin', 'phone'), false)",
                "\(fromNew) AND coalesce(\(channel) = 'outreach', false)",
                "\(fromNew) AND NOT coalesce(\(channel) IN ('walkin', 'phone', 'outreach'), false)",
                "\(deliveries) AND NOT \(base)",
            ].map { "count(*) FILTER (WHERE \($0))" }.joined(separator: ", ")
            let whole = try catalog.connection.query("SELECT \(flows), \(sourceParts) \(from) "
                + "LEFT JOIN (\(sets.compiler.factsQuery)) AS f ON f._card = r._row WHERE TRUE\(inScope)").rows.first ?? []
            result.total = read(whole, from: 0)
            result.sources = (6..<12).map { $0 < whole.count ? Int(whole[$0] ?? "") ?? 0 : 0 }
            if result.total.inconsistent > 0 {
                let id = catalog.hasColumn(.customers, "id") ? "r.\(dialect.identifier("id"))" : "NULL::text"
                let rows = try catalog.connection.query("SELECT \(id), r._row \(from) WHERE \(inconsistent)\(inScope) "
                    + "ORDER BY r._row LIMIT 10").rows
                result.inconsistentIDs = rows.map { ($0.first ?? nil) ?? "#\(($0.count > 1 ? $0[1] : nil) ?? "")" }
            }
            if let keySQL {
                let grouped = try catalog.connection.query("SELECT g.k0, \(flows) \(from) LEFT JOIN (\(keySQL)) AS g "
                    + "ON g.card = r._row WHERE r.\(dialect.identifier("created")) <= \(dialect.date(today))\(inScope) "
                    + "GROUP BY 1").rows
                for row in grouped {
                    let slot: [GroupPart] = [(row.first ?? nil).map { .value($0) } ?? .missing]
                    result.byGroup[slot] = read(row, from: 1)
                }
            }
            return result
        }

        let pieces = split.map { grain in window.period.split(by: grain).compactMap(window.piece) } ?? []
        var rows: [(window: AsOfPeriod, counts: InventoryCountsSQL)] = []
        for piece in pieces { rows.append((piece, try counts(piece))) }
        rows.append((window, try counts(window)))
        var slots = Set<[GroupPart]>()
        for row in rows { slots.formUnion(row.counts.byGroup.keys) }
        let (ordered, labels) = SQLEngine.order(slots, fields: field.map { [$0.field] } ?? [])

        var label = ResultColumnBuilder("period", .text)
        var key = ResultColumnBuilder(field?.field.name ?? "group", .text)
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
        for (index, row) in rows.enumerated() {
            let period = row.window.period.label
            let isWhole = index == rows.count - 1
            if field != nil, split == nil || !isWhole {
                for slot in ordered {
                    let part = row.counts.byGroup[slot] ?? InventoryCounts()
                    if slot.contains(.missing), part == InventoryCounts() { continue }
                    append(period, SQLEngine.labels(of: slot, labels).first ?? .mark(.missing), part)
                }
            }
            if field != nil || (isWhole && split != nil) { totals.insert(label.count) }
            append(period, nil, row.counts.total)
            let broken = row.counts.total.inconsistent
            if broken > 0 {
                notes.append(.inconsistentCards(period: period, count: broken, ids: row.counts.inconsistentIDs,
                                                more: max(0, broken - 10)))
            }
        }
        if !window.isComplete {
            notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false))
        }
        let columns = field == nil ? [label] : [label, key]
        let main = ResultTable(columns + [opening, new, deliveries, losses, out, closing, check], totalRows: totals,
                               notes: notes, title: "inventory")

        // Where P's deliveries came from.
        let whole = rows[rows.count - 1].counts
        var source = ResultColumnBuilder("deliveries_came_from", .text)
        var chinese = ResultColumnBuilder("来源", .text)
        var cards = ResultColumnBuilder("cards", .integer)
        var share = ResultColumnBuilder("share", .number, format: .percent(1))
        let count = whole.total.deliveries
        let names = [("opening cards that had ordered", "期初库存订单客户"), ("other opening cards", "期初库存其他有望客户"),
                     ("new walk-in/phone cards", "新增展厅集客(进店/电话)"), ("new outreach cards", "新增外拓开发"),
                     ("new cards without channel", "新增无渠道"), ("outside the base", "不在有望客户基数内")]
        for (index, name) in names.enumerated() {
            source.append(text: name.0)
            chinese.append(text: name.1)
            let partCount = index < whole.sources.count ? whole.sources[index] : 0
            cards.append(integer: partCount)
            share.append(number: count > 0 ? Double(partCount) / Double(count) : nil)
        }
        source.append(text: nil)
        chinese.append(text: nil)
        cards.append(integer: count)
        share.append(number: count > 0 ? 1 : nil)
        var sources = ResultTable([source, chinese, cards, share], totalRows: [names.count], title: "deliveries_came_from")
        sources.preamble = [.deliveriesOf(period: window.period.label)]
        return [main, sources]
    }
}
