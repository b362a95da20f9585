import FunnelDomain
import FunnelStore

/// `funnel [for P] [where ...]` in SQL: the traffic of P and the new cards the `where`
/// keeps, and of those the cards at each stage by T — a stage's cards are those that
/// reached it or a later one (`FunnelReport`), the skipped ones those without their own
/// step. The table and bars are made as `FunnelReportTable` makes them. By a field: refused.
extension SQLEngine {
    func funnel(_ window: AsOfPeriod, _ filter: BoundCardFilter, by field: BoundGroupField?,
                cycles: FollowupCycles) throws -> ResultTable {
        let scope = try KPIScopeSQL(catalog: catalog, filter: filter, today: window.today, cycles: cycles)
        let sets = KPISetSQL(catalog: catalog, window: window, cycles: cycles)
        let dialect = catalog.dialect
        let t = dialect.date(window.asOf)
        func date(_ name: String) -> String {
            catalog.hasColumn(.customers, name) ? "r.\(dialect.identifier(name))" : "NULL::date"
        }
        // Each stage's own step by T, later stages last.
        let own = [
            sets.card(.visited), sets.card(.testDriven),
            "coalesce(least(\(date("ordered")), \(date("delivered"))) <= \(t), false)",
            "coalesce(\(date("delivered")) <= \(t), false)",
        ]
        var reached: [String] = [], atStage: [String] = []
        for index in own.indices {
            reached.append("count(*) FILTER (WHERE \(own[index]))")
            atStage.append("count(*) FILTER (WHERE " + own[index...].joined(separator: " OR ") + ")")
        }
        var cardWhere = sets.card(.new)
        if let cards = scope.cards { cardWhere += " AND " + cards }
        let cardSQL = "SELECT count(*), " + (atStage + reached).joined(separator: ", ")
            + " FROM \(catalog.table(.customers)) AS r LEFT JOIN (\(sets.compiler.factsQuery)) AS f ON f._card = r._row"
            + " WHERE \(cardWhere)"
        let cardRow = (try catalog.connection.query(cardSQL).rows.first ?? []).map { Int($0 ?? "") ?? 0 }
        var trafficWhere = sets.traffic(.inPeriod)
        if let traffic = scope.traffic { trafficWhere += " AND " + traffic }
        let trafficRow = try catalog.connection.query(
            "SELECT count(*) FROM \(catalog.table(.traffic)) AS r WHERE \(trafficWhere)")
        let trafficCount = Int(trafficRow.value(0, 0) ?? "") ?? 0
        func at(_ index: Int) -> Int { index < cardRow.count ? cardRow[index] : 0 }
        let newCount = at(0)

        var stages: [(kind: FunnelStageKind, count: Int, previous: KPIValue?, ofNew: KPIValue?, skipped: Int)] = [
            (.showroomTraffic, trafficCount, nil, nil, 0),
            (.newCards, newCount, .ratio(newCount, over: trafficCount), .ratio(newCount, over: newCount), 0),
        ]
        var previous = newCount
        for (index, kind) in [FunnelStageKind.visited, .testDriven, .ordered, .delivered].enumerated() {
            let count = at(1 + index), own = at(1 + own.count + index)
            stages.append((kind, count, .ratio(count, over: previous), .ratio(count, over: newCount), count - own))
            previous = count
        }

        var notes: [ResultPhrase] = []
        if !window.isComplete {
            notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false))
        }
        let chart = BarChart(bars: stages.map { item in
            BarChart.Bar(label: item.kind.name, count: item.count, ofPrevious: item.previous?.value,
                         ofNew: item.kind == .newCards ? nil : item.ofNew?.value)
        })
        if let field {
            // Each group's count at each stage: the total's rows tallied by group.
            let keys = try SQLGroupKeys(field, catalog: catalog, today: window.today, cycles: cycles)
            let (ordered, labels) = try keys.groups(catalog: catalog, today: window.today, cards: scope.cards,
                                                    traffic: scope.traffic)
            var tallies: [[GroupPart]: [Int]] = [:]
            let grouped = try catalog.connection.query("SELECT \(keys.cardKey), count(*), " + atStage.joined(separator: ", ")
                + " FROM \(catalog.table(.customers)) AS r LEFT JOIN (\(sets.compiler.factsQuery)) AS f ON f._card = r._row"
                + keys.cardJoin + " WHERE \(cardWhere) GROUP BY 1").rows
            for row in grouped {
                var tally = tallies[SQLGroupKeys.part(row.first ?? nil, noCard: nil)] ?? [Int](repeating: 0, count: 6)
                for index in 1..<min(6, row.count) { tally[index] += Int(row[index] ?? "") ?? 0 }
                tallies[SQLGroupKeys.part(row.first ?? nil, noCard: nil)] = tally
            }
            let visits = try catalog.connection.query("SELECT \(keys.trafficKey), \(keys.noCard), count(*) FROM "
                + "\(catalog.table(.traffic)) AS r\(keys.trafficJoin) WHERE \(trafficWhere) GROUP BY 1, 2").rows
            for row in visits where row.count == 3 {
                let part = SQLGroupKeys.part(row[0], noCard: row[1])
                var tally = tallies[part] ?? [Int](repeating: 0, count: 6)
                tally[0] += Int(row[2] ?? "") ?? 0
                tallies[part] = tally
            }
            var key = ResultColumnBuilder(field.field.name, .text)
            var counts = FunnelStageKind.allCases.map { ResultColumnBuilder($0.rawValue, .integer) }
            var delivered = ResultColumnBuilder("delivered_of_new", .number, format: .percent(1))
            for group in ordered {
                let row = tallies[group] ?? [Int](repeating: 0, count: 6)
                if row.allSatisfy({ $0 == 0 }) { continue }
                key.append(group: SQLEngine.labels(of: group, labels).first ?? .mark(.missing))
                for (index, count) in row.enumerated() where index < counts.count { counts[index].append(integer: count) }
                delivered.append(number: row[1] > 0 ? Double(row[5]) / Double(row[1]) : nil)
            }
            key.append(text: nil)
            for (index, item) in stages.enumerated() where index < counts.count { counts[index].append(integer: item.count) }
            delivered.append(number: stages.last?.ofNew?.value)
            let totalRow = key.count - 1
            notes.append(.funnelGroups(period: window.period.label))
            var table = ResultTable([key] + counts + [delivered], totalRows: [totalRow], notes: notes)
            table.preamble = [.funnelHeading(window, by: [field.field.name])]
            table.chart = chart
            return table
        }
        var stage = ResultColumnBuilder("stage", .text)
        var chinese = ResultColumnBuilder("中文", .text)
        var count = ResultColumnBuilder("count", .integer)
        var ofPrevious = ResultColumnBuilder("of_previous", .number, format: .percent(1))
        var ofNew = ResultColumnBuilder("of_new_cards", .number, format: .percent(1))
        var skipped = ResultColumnBuilder("skipped", .integer)
        var previousFormats: [ValueFormat] = [], ofNewFormats: [ValueFormat] = []
        for item in stages {
            previousFormats.append(item.previous == nil ? .plain : .percent(1))
            ofNewFormats.append(item.ofNew == nil ? .plain : .percent(1))
            stage.append(text: item.kind.name)
            chinese.append(text: item.kind.chineseName)
            count.append(integer: item.count)
            ofPrevious.append(number: item.previous?.value)
            ofNew.append(number: item.ofNew?.value)
            skipped.append(integer: item.kind == .showroomTraffic || item.kind == .newCards ? nil : item.skipped)
        }
        ofPrevious.format = .perRow(previousFormats)
        ofNew.format = .perRow(ofNewFormats)
        if stages.contains(where: { $0.skipped > 0 }) { notes.append(.funnelSkipped) }
        var table = ResultTable([stage, chinese, count, ofPrevious, ofNew, skipped], notes: notes)
        table.preamble = [.funnelHeading(window, by: [])]
        table.chart = chart
        return table
    }
}
