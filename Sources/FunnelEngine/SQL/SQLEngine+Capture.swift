import FunnelDomain
import FunnelStore

/// `capture progress for P [by GRAIN] [by FIELD]` in SQL: the traffic of P up to T and
/// its captures, and the new cards by channel, per piece and group — counted per day in
/// the database, each day put in its piece — as `CaptureProgress` and
/// `ReportExecutor.captureProgress` make them.
extension SQLEngine {
    private struct CaptureCounts {
        var traffic = 0, followup = 0, captured = 0
        var byChannel = [Int](repeating: 0, count: Channel.allCases.count)
        var noChannel = 0
        var newTraffic: Int { traffic - followup }
        var newCards: Int { byChannel.reduce(noChannel, +) }

        mutating func add(_ other: CaptureCounts) {
            traffic += other.traffic
            followup += other.followup
            captured += other.captured
            for index in byChannel.indices where index < other.byChannel.count { byChannel[index] += other.byChannel[index] }
            noChannel += other.noChannel
        }
    }

    func captureProgress(_ window: AsOfPeriod, _ filter: BoundCardFilter, split: PeriodGrain?,
                         by field: BoundGroupField?, cycles: FollowupCycles) throws -> ResultTable {
        let today = window.today
        let scope = try KPIScopeSQL(catalog: catalog, filter: filter, today: today, cycles: cycles)
        let dialect = catalog.dialect
        let pieces = split.map { grain in window.period.split(by: grain).compactMap(window.piece) } ?? [window]
        func piece(of day: Day) -> Int? {
            pieces.firstIndex { $0.period.start <= day && day <= $0.lastDay }
        }
        let (start, last) = (dialect.date(window.period.start), dialect.date(window.lastDay))
        let time = "r.\(dialect.identifier("time"))", created = "r.\(dialect.identifier("created"))"
        let result = catalog.hasColumn(.traffic, "result") ? "r.\(dialect.identifier("result"))" : "NULL::text"
        let channel = catalog.hasColumn(.customers, "channel") ? "r.\(dialect.identifier("channel"))" : "NULL::text"
        let cardScope = scope.cards.map { " AND " + $0 } ?? ""
        let trafficScope = scope.traffic.map { " AND " + $0 } ?? ""

        // The keys of a field, as the KPI groups make them.
        var cardKey = "NULL::text", trafficKey = "NULL::text", noCard = "FALSE", cardJoin = "", trafficJoin = ""
        if let field {
            var compiler = SQLCompiler(catalog: catalog, table: .customers, asOf: today, cycles: cycles)
            var key = try compiler.value(field.field)
            if field.field.type == .string { key = compiler.blankless(key) }
            let keys = "SELECT r._row AS card, \(key) AS k0 \(compiler.from)"
            cardJoin = " LEFT JOIN (\(keys)) AS g ON g.card = r._row"
            cardKey = "g.k0"
            if let own = field.traffic {
                var onTraffic = SQLCompiler(catalog: catalog, table: .traffic, asOf: today, cycles: cycles)
                var value = try onTraffic.value(own)
                if own.type == .string { value = onTraffic.blankless(value) }
                trafficJoin = " LEFT JOIN (SELECT r._row AS entry, \(value) AS k0 \(onTraffic.from)) AS h ON h.entry = r._row"
                trafficKey = "h.k0"
            } else {
                trafficJoin = " LEFT JOIN (\(keys)) AS h ON h.card = r._card"
                trafficKey = "h.k0"
                noCard = "(r._card IS NULL)"
            }
        }
        func part(_ key: String?, noCard flag: String?) -> [GroupPart] {
            guard field != nil else { return [] }
            if flag == "t" { return [.noCard] }
            return [key.map { .value($0) } ?? .missing]
        }
        // Counts per piece and group.
        var counts: [Int: [[GroupPart]: CaptureCounts]] = [:]
        let trafficRows = try catalog.connection.query("SELECT \(time)::date, \(trafficKey), \(noCard), count(*), "
            + "count(*) FILTER (WHERE \(result) = 'followup'), count(*) FILTER (WHERE \(result) = 'captured') "
            + "FROM \(catalog.table(.traffic)) AS r\(trafficJoin) WHERE \(time) BETWEEN \(start) AND \(last)\(trafficScope) "
            + "GROUP BY 1, 2, 3").rows
        for row in trafficRows {
            guard row.count == 6, let day = (row[0]).flatMap({ Day(parsing: $0) }), let p = piece(of: day) else { continue }
            var entry = CaptureCounts()
            (entry.traffic, entry.followup, entry.captured) = (Int(row[3] ?? "") ?? 0, Int(row[4] ?? "") ?? 0,
                                                               Int(row[5] ?? "") ?? 0)
            counts[p, default: [:]][part(row[1], noCard: row[2]), default: CaptureCounts()].add(entry)
        }
        let cardRows = try catalog.connection.query("SELECT \(created), \(cardKey), \(channel), count(*) "
            + "FROM \(catalog.table(.customers)) AS r\(cardJoin) WHERE \(created) BETWEEN \(start) AND \(last)\(cardScope) "
            + "GROUP BY 1, 2, 3").rows
        for row in cardRows {
            guard row.count == 4, let day = (row[0]).flatMap({ Day(parsing: $0) }), let p = piece(of: day) else { continue }
            var entry = CaptureCounts()
            let n = Int(row[3] ?? "") ?? 0
            if let token = row[2], let code = Channel.vocabulary.code(for: token), Int(code) < entry.byChannel.count {
                entry.byChannel[Int(code)] = n
            } else {
                entry.noChannel = n
            }
            counts[p, default: [:]][part(row[1], noCard: nil), default: CaptureCounts()].add(entry)
        }

        // The groups: those of the kept cards and traffic that exist at today.
        var slots = Set<[GroupPart]>()
        if field != nil {
            for row in try catalog.connection.query("SELECT DISTINCT \(cardKey) FROM \(catalog.table(.customers)) AS r"
                + "\(cardJoin) WHERE \(created) <= \(dialect.date(today))\(cardScope)").rows {
                slots.insert(part(row.first ?? nil, noCard: nil))
            }
            for row in try catalog.connection.query("SELECT DISTINCT \(trafficKey), \(noCard) FROM "
                + "\(catalog.table(.traffic)) AS r\(trafficJoin) WHERE \(time) <= \(dialect.date(today))\(trafficScope)").rows {
                slots.insert(part(row.first ?? nil, noCard: row.count > 1 ? row[1] : nil))
            }
        }
        let (ordered, labels) = SQLEngine.order(slots, fields: field.map { [$0.field] } ?? [])

        var label = ResultColumnBuilder(split?.rawValue ?? "period", .text)
        var key = ResultColumnBuilder(field?.field.name ?? "group", .text)
        var traffic = ResultColumnBuilder("traffic", .integer)
        var newTraffic = ResultColumnBuilder("new_traffic", .integer)
        var captures = ResultColumnBuilder("captures", .integer)
        var rate = ResultColumnBuilder("capture_rate", .number, format: .percent(1))
        var channels = Channel.allCases.map { ResultColumnBuilder($0.token, .integer) }
        var noChannel = ResultColumnBuilder("no_channel", .integer)
        var newCards = ResultColumnBuilder("new_cards", .integer)
        var totals: Set<Int> = []
        func append(_ period: String?, _ group: GroupValueLabel?, _ row: CaptureCounts, total: Bool) {
            if total { totals.insert(label.count) }
            label.append(text: period)
            if let group { key.append(group: group) } else { key.append(text: nil) }
            traffic.append(integer: row.traffic)
            newTraffic.append(integer: row.newTraffic)
            captures.append(integer: row.captured)
            rate.append(number: KPIValue.ratio(row.captured, over: row.newTraffic).value)
            for (c, _) in Channel.allCases.enumerated() { channels[c].append(integer: row.byChannel[c]) }
            noChannel.append(integer: row.noChannel)
            newCards.append(integer: row.newCards)
        }
        func sum(_ pieceIndices: [Int], _ slot: [GroupPart]?) -> CaptureCounts {
            var total = CaptureCounts()
            for p in pieceIndices {
                for (group, entry) in counts[p] ?? [:] where slot == nil || slot == group { total.add(entry) }
            }
            return total
        }
        func appendGroups(_ period: String?, _ pieceIndices: [Int]) {
            guard field != nil else { return }
            for slot in ordered {
                let row = sum(pieceIndices, slot)
                if slot.contains(.missing) || slot.contains(.noCard), row.traffic == 0, row.newCards == 0 { continue }
                append(period, SQLEngine.labels(of: slot, labels).first ?? .mark(.missing), row, total: false)
            }
        }
        if split != nil {
            for (index, piece) in pieces.enumerated() {
                let period = piece.period.label
                if field != nil {
                    appendGroups(period, [index])
                    append(period, nil, sum([index], nil), total: true)
                } else {
                    append(period, nil, sum([index], nil), total: false)
                }
            }
        } else {
            appendGroups(nil, Array(pieces.indices))
        }
        let whole = sum(Array(pieces.indices), nil)
        append(nil, nil, whole, total: true)
        var columns = (split == nil ? [] : [label]) + (field == nil ? [] : [key])
        var throughCards: String?
        if case .byCard(let path) = filter.traffic { throughCards = path?.text ?? "" }
        if let field, field.traffic == nil { throughCards = throughCards ?? field.field.name }
        columns += [traffic, newTraffic, captures] + (throughCards == nil ? [rate] : []) + channels
        if whole.noChannel > 0 { columns.append(noChannel) }
        columns.append(newCards)
        var notes: [ResultPhrase] = [.captureCounts]
        if let throughCards { notes.append(.captureRateLeftOut(field: throughCards, perGroup: false)) }
        notes += try trafficNotes(KPICatalog.all.filter(\.usesTraffic), filter, window, cycles: cycles)
        if !window.isComplete {
            notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false))
        }
        return ResultTable(columns, totalRows: totals, notes: notes)
    }
}
