import FunnelDomain
import FunnelStore

/// `kpi NAMES for P [by GRAIN] [where ...] [as of D]` in SQL: each term of the KPI
/// catalog's definitions (an intersection of a period's card or traffic sets, domain.md
/// §4-§5) is a `count(*) FILTER (WHERE ...)` over the cards or the traffic, one query
/// per piece of P; the values and the table are made as `KPIExecutor` makes them.
/// Refused for now: follow-up timeliness (its due events), and targets by a card field.
extension SQLEngine {
    func kpi(_ statement: BoundKPI, cycles: FollowupCycles) throws -> ResultTable {
        let rows = try kpiRows(statement, cycles: cycles)
        var table = KPITableBuilder(groupNames: rows.names)
        for (k, kpi) in statement.kpis.enumerated() {
            for row in k < rows.rows.count ? rows.rows[k] : [] {
                table.append(kpi: kpi, period: statement.window.period, groups: row.labels, value: row.value)
            }
            if k < rows.totals.count {
                table.append(kpi: kpi, period: statement.window.period, groups: nil, value: rows.totals[k])
            }
        }
        return table.result(notes: rows.notes)
    }

    /// A KPI statement's rows (per KPI: its pieces and groups, in order), its totals and notes.
    func kpiRows(_ statement: BoundKPI, cycles: FollowupCycles) throws -> SQLKPIRows {
        try checkCompiles(statement)
        if !statement.breakdown.fields.isEmpty { return try kpiByField(statement, cycles: cycles) }
        return try kpiByGrain(statement, cycles: cycles)
    }

    /// The KPI over all of P (its total row) and the notes every KPI result has.
    func kpiTotals(_ statement: BoundKPI, cycles: FollowupCycles,
                   pieces: [AsOfPeriod]? = nil) throws -> (values: [KPIValue], notes: [ResultPhrase]) {
        let window = statement.window
        let scope = try KPIScopeSQL(catalog: catalog, filter: statement.filter, today: window.today, cycles: cycles)
        let totals = try values(statement.kpis, window, scope, cycles: cycles)
        return (totals, try kpiNotes(statement, scope, pieces: pieces, cycles: cycles))
    }

    /// The notes of `KPIBreakdown.notes` and the traffic note, in their order.
    func kpiNotes(_ statement: BoundKPI, _ scope: KPIScopeSQL, pieces: [AsOfPeriod]?,
                  cycles: FollowupCycles) throws -> [ResultPhrase] {
        let window = statement.window
        var notes: [ResultPhrase] = []
        if !window.isComplete {
            notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: true))
        }
        for kpi in statement.kpis where kpi.usesTargets {
            if let reason = try targetTable().match(window.period, selection: scope.targets).reason {
                notes.append(.noTarget(kpi: kpi.name, reason))
            }
        }
        if statement.kpis.contains(where: { $0.kpi == .firstResponseRate }) {
            let sets = KPISetSQL(catalog: catalog, window: window, cycles: cycles)
            var kept = sets.card(.new) + " AND NOT " + sets.card(.responseKnown)
            if let cards = scope.cards { kept += " AND " + cards }
            let rows = try catalog.connection.query("SELECT count(*) FROM \(catalog.table(.customers)) AS r "
                + "LEFT JOIN (\(sets.compiler.factsQuery)) AS f ON f._card = r._row WHERE \(kept)")
            let left = Int(rows.value(0, 0) ?? "") ?? 0
            if left > 0 { notes.append(.withoutResponseTimes(count: left)) }
        }
        if let pieces, let last = pieces.last, !last.isComplete, let grain = statement.breakdown.grain {
            notes.append(.lastPieceAsOf(grain: grain.rawValue, period: last.period.label, asOf: last.asOf))
        }
        return notes + (try trafficNotes(statement, cycles: cycles))
    }

    /// The targets table, read whole (a row per month and consultant): matched to a
    /// period as the in-memory engine matches it.
    func targetTable() throws -> TargetTable {
        let columns = catalog.columns(of: .targets)
        guard !columns.isEmpty else { return TargetTable(targets: Table(empty: TableSchema.targets)) }
        let names = columns.map { catalog.dialect.identifier($0.name) }.joined(separator: ", ")
        let rows = try catalog.connection.query("SELECT \(names) FROM \(catalog.table(.targets)) ORDER BY _row").rows
        let read = columns.enumerated().map { index, column in
            SQLColumnReader.column(column.name, column.type, rows.map { index < $0.count ? $0[index] : nil })
        }
        return TargetTable(targets: Table(name: "targets", rowCount: rows.count, columns: read))
    }

    private func trafficNotes(_ statement: BoundKPI, cycles: FollowupCycles) throws -> [ResultPhrase] {
        try trafficNotes(statement.kpis, statement.filter, statement.window, cycles: cycles)
    }

    /// The traffic a `where` on a card field keeps follows its card: say how many entries of P have none.
    func trafficNotes(_ kpis: [KPIDefinition], _ filter: BoundCardFilter, _ window: AsOfPeriod,
                      cycles: FollowupCycles) throws -> [ResultPhrase] {
        guard kpis.contains(where: \.usesTraffic), case .byCard(let path) = filter.traffic else {
            return []
        }
        let inPeriod = KPISetSQL(catalog: catalog, window: window, cycles: cycles).traffic(.inPeriod)
        let rows = try catalog.connection.query(
            "SELECT count(*) FROM \(catalog.table(.traffic)) AS r WHERE \(inPeriod) AND r._card IS NULL")
        return [.trafficThroughCards(field: path?.text ?? "", withoutCard: Int(rows.value(0, 0) ?? "") ?? 0,
                                     period: window.period.label)]
    }

    private func checkCompiles(_ statement: BoundKPI) throws {
        for kpi in statement.kpis {
            if kpi.usesDueEvents { throw SQLRefusal("kpi \(kpi.name)") }
            if kpi.usesTargets, !statement.breakdown.fields.isEmpty { throw SQLRefusal("kpi \(kpi.name) by a card field") }
        }
    }

    private func kpiByGrain(_ statement: BoundKPI, cycles: FollowupCycles) throws -> SQLKPIRows {
        let window = statement.window
        let pieces = statement.breakdown.grain.map { grain in window.period.split(by: grain).compactMap(window.piece) }
        let scope = try KPIScopeSQL(catalog: catalog, filter: statement.filter, today: window.today, cycles: cycles)
        var pieceValues: [[KPIValue]] = []
        for piece in pieces ?? [] { pieceValues.append(try values(statement.kpis, piece, scope, cycles: cycles)) }
        let totals = try values(statement.kpis, window, scope, cycles: cycles)
        var rows: [[SQLKPIRows.Row]] = []
        for k in statement.kpis.indices {
            var mine: [SQLKPIRows.Row] = []
            for (p, piece) in (pieces ?? []).enumerated() where p < pieceValues.count && k < pieceValues[p].count {
                mine.append(SQLKPIRows.Row(labels: [.text(piece.period.label)], value: pieceValues[p][k]))
            }
            rows.append(mine)
        }
        return SQLKPIRows(names: statement.breakdown.grain.map { [$0.rawValue] } ?? [], rows: rows, totals: totals,
                          notes: try kpiNotes(statement, scope, pieces: pieces, cycles: cycles))
    }

    /// One KPI of one window (`compare`).
    func kpiValue(_ kpi: KPIDefinition, _ window: AsOfPeriod, _ filter: BoundCardFilter, today: Day,
                  cycles: FollowupCycles) throws -> KPIValue {
        if kpi.usesDueEvents { throw SQLRefusal("\(kpi.name)") }
        let scope = try KPIScopeSQL(catalog: catalog, filter: filter, today: today, cycles: cycles)
        return try values([kpi], window, scope, cycles: cycles).first ?? .count(0)
    }

    /// Every KPI's value over one window: one query for the card terms, one for the traffic terms.
    private func values(_ kpis: [KPIDefinition], _ window: AsOfPeriod, _ scope: KPIScopeSQL,
                        cycles: FollowupCycles) throws -> [KPIValue] {
        let sets = KPISetSQL(catalog: catalog, window: window, cycles: cycles)
        var cardTerms: [String] = [], trafficTerms: [String] = []
        var places: [[Int]] = []  // per KPI term: index into the card (>= 0) or traffic (< 0) counts
        func place(_ term: KPITermDefinition) throws -> Int? {
            switch term.recipe {
            case .cards(let list):
                var parts = list.map { sets.card($0) }
                if let cards = scope.cards { parts.append(cards) }
                cardTerms.append("count(*) FILTER (WHERE " + (parts.isEmpty ? "TRUE" : parts.joined(separator: " AND "))
                                 + ")")
                return cardTerms.count - 1
            case .traffic(let list):
                var parts = list.map { sets.traffic($0) }
                if let traffic = scope.traffic { parts.append(traffic) }
                trafficTerms.append("count(*) FILTER (WHERE " + (parts.isEmpty ? "TRUE" : parts.joined(separator: " AND "))
                                    + ")")
                return -trafficTerms.count
            case .elapsedDays, .targetDeliveries:
                return nil
            case .dueEvents:
                throw SQLRefusal("this kpi")
            }
        }
        for kpi in kpis {
            for term in kpi.numerator + kpi.denominator { places.append([try place(term) ?? Int.min]) }
        }
        var cardCounts: [Int] = [], trafficCounts: [Int] = []
        if !cardTerms.isEmpty {
            let sql = "SELECT " + cardTerms.joined(separator: ", ") + " FROM \(catalog.table(.customers)) AS r "
                + "LEFT JOIN (\(sets.compiler.factsQuery)) AS f ON f._card = r._row"
            let row = try catalog.connection.query(sql).rows.first ?? []
            cardCounts = row.map { Int($0 ?? "") ?? 0 }
        }
        if !trafficTerms.isEmpty {
            let sql = "SELECT " + trafficTerms.joined(separator: ", ") + " FROM \(catalog.table(.traffic)) AS r"
            let row = try catalog.connection.query(sql).rows.first ?? []
            trafficCounts = row.map { Int($0 ?? "") ?? 0 }
        }
        func count(_ index: Int) -> Int {
            if index == Int.min { return window.elapsedDays }
            if index >= 0 { return index < cardCounts.count ? cardCounts[index] : 0 }
            let t = -index - 1
            return t < trafficCounts.count ? trafficCounts[t] : 0
        }
        var results: [KPIValue] = []
        var next = 0
        for kpi in kpis {
            func sum(_ terms: [KPITermDefinition]) -> Int {
                var total = 0
                for term in terms {
                    let index = next < places.count ? places[next][0] : Int.min
                    next += 1
                    total += (term.subtracted ? -1 : 1) * count(index)
                }
                return total
            }
            let top = sum(kpi.numerator)
            if kpi.denominator.isEmpty {
                results.append(.count(top))
            } else if kpi.usesTargets {
                next += kpi.denominator.count
                let total = try targetTable().match(window.period, selection: scope.targets).total
                results.append(total.map { .ratio(top, over: $0) } ?? .undefined(numerator: top))
            } else {
                results.append(.ratio(top, over: sum(kpi.denominator)))
            }
        }
        return results
    }
}

/// A KPI statement's values as `KPIBreakdown` gives them.
struct SQLKPIRows {
    struct Row {
        let labels: [GroupValueLabel]
        let value: KPIValue
    }

    /// The group columns' names: the grain's or the field's.
    let names: [String]
    /// Per KPI, its rows without the total.
    let rows: [[Row]]
    let totals: [KPIValue]
    let notes: [ResultPhrase]

    /// By one card field: every group with each KPI's value.
    struct Group {
        let labels: [GroupValueLabel]
        let isNoCard: Bool
        let hasMissing: Bool
        let values: [KPIValue]
    }

    var groups: [Group] = []
}

/// A KPI's `where` in SQL: the cards it keeps and the traffic that goes with them, as
/// `ExecutionContext.scope` makes them (read as of the statement's today).
struct KPIScopeSQL {
    /// A condition on `r` (a card), or nil for every card.
    let cards: String?
    /// A condition on `r` (a traffic entry), or nil for every entry.
    let traffic: String?
    /// Whose targets apply.
    let targets: TargetSelection

    init(catalog: SQLCatalog, filter: BoundCardFilter, today: Day, cycles: FollowupCycles) throws {
        targets = filter.targets
        guard let condition = filter.cards else {
            cards = nil
            traffic = nil
            return
        }
        var compiler = SQLCompiler(catalog: catalog, table: .customers, asOf: today, cycles: cycles)
        let kept = try compiler.condition(condition)
        let subquery = "SELECT r._row \(compiler.from) WHERE \(kept)"
        cards = "r._row IN (\(subquery))"
        switch filter.traffic {
        case .all:
            traffic = nil
        case .own(let own):
            var onTraffic = SQLCompiler(catalog: catalog, table: .traffic, asOf: today, cycles: cycles)
            let keptTraffic = try onTraffic.condition(own)
            traffic = "r._row IN (SELECT r._row \(onTraffic.from) WHERE \(keptTraffic))"
        case .byCard:
            traffic = "r._card IN (\(subquery))"
        }
    }
}

/// The card and traffic sets of a window (`KPIBasis.cardSet`, `ProspectBase`,
/// `CardMilestones`) as conditions on `r`, with the card's follow-up facts as of T in `f`.
struct KPISetSQL {
    let compiler: SQLCompiler
    let window: AsOfPeriod

    init(catalog: SQLCatalog, window: AsOfPeriod, cycles: FollowupCycles) {
        compiler = SQLCompiler(catalog: catalog, table: .customers, asOf: window.asOf, cycles: cycles)
        self.window = window
    }

    private var dialect: SQLDialect { compiler.dialect }
    private func has(_ name: String) -> Bool { compiler.catalog.hasColumn(.customers, name) }
    private func date(_ name: String) -> String { has(name) ? "r.\(dialect.identifier(name))" : "NULL::date" }
    private var start: String { dialect.date(window.period.start) }
    private var last: String { dialect.date(window.lastDay) }
    private var t: String { dialect.date(window.asOf) }
    private func inPeriod(_ name: String) -> String { "coalesce(\(date(name)) BETWEEN \(start) AND \(last), false)" }
    /// The day a card left the base (delivered or lost), if it did.
    private var gone: String { "least(\(date("delivered")), \(date("lost")))" }
    private var channel: String { has("channel") ? "r.\(dialect.identifier("channel"))" : "NULL::text" }
    private var visits: String {
        "((CASE WHEN \(channel) = 'walkin' THEN 1 ELSE 0 END) + coalesce(f.visit_days, 0))"
    }

    func card(_ set: KPICardSet) -> String {
        let created = date("created")
        switch set {
        case .opening: return "(\(created) < \(start) AND coalesce(\(gone) >= \(start), true))"
        case .new: return inPeriod("created")
        case .orders: return inPeriod("ordered")
        case .deliveries: return inPeriod("delivered")
        case .losses: return inPeriod("lost")
        case .closing: return "(\(created) <= \(last) AND coalesce(\(gone) > \(last), true))"
        case .visited:
            return "((\(channel) = 'walkin' AND \(created) <= \(t)) OR coalesce(f.visit_days, 0) > 0)"
        case .returned: return "(\(created) <= \(t) AND \(visits) >= 2)"
        case .testDriven: return "(\(created) <= \(t) AND coalesce(f.drives, 0) > 0)"
        case .complete: return "(\(created) <= \(t) AND r._complete)"
        case .phoneOrOutreach: return "coalesce(\(channel) IN ('phone', 'outreach'), false)"
        case .outreach: return "coalesce(\(channel) = 'outreach', false)"
        case .responseKnown, .respondedInTime:
            // First response (FirstResponses): the capture has a time; the card's first
            // follow-up ever (by day, then time) is after T, or has a time and is counted
            // in minutes from the capture (on time within the hour).
            guard compiler.catalog.hasMinutes(.customers, "created") else { return "FALSE" }
            let minute = "r.\(dialect.identifier("created__minute"))"
            let firstDay = "((f.first_packed - ((f.first_packed % 2000) + 2000) % 2000) / 2000)"
            let firstMinute = "((((f.first_packed % 2000) + 2000) % 2000) - 1)"
            let timed = "(\(created) <= \(t) AND \(minute) IS NOT NULL)"
            let notYet = "(f.first_packed IS NULL OR \(firstDay) > \(dialect.dayNumber(t)))"
            if set == .responseKnown { return "(\(timed) AND (\(notYet) OR \(firstMinute) >= 0))" }
            let elapsed = "((\(firstDay) - \(dialect.dayNumber(created))) * 1440 + \(firstMinute) - \(minute))"
            return "(\(timed) AND NOT \(notYet) AND \(firstMinute) >= 0 AND \(elapsed) <= \(FirstResponses.limit))"
        }
    }

    func traffic(_ set: KPITrafficSet) -> String {
        let catalog = compiler.catalog
        switch set {
        case .inPeriod:
            return "coalesce(r.\(dialect.identifier("time")) BETWEEN \(start) AND \(last), false)"
        case .captured:
            return catalog.hasColumn(.traffic, "result") ? "coalesce(r.\(dialect.identifier("result")) = 'captured', false)"
                : "FALSE"
        case .followup:
            return catalog.hasColumn(.traffic, "result") ? "coalesce(r.\(dialect.identifier("result")) = 'followup', false)"
                : "FALSE"
        }
    }
}
