import FunnelDomain
import FunnelStore
import FunnelSyntax

/// `explain kpi NAME for P [term TERM]` in SQL: each term counted as `kpi` counts it,
/// the explanation's notes (the base's identity, events outside the base, targets,
/// first responses) counted the same way, and the table `ExplainExecutor` makes; with
/// `term`, the rows behind it listed as `select` lists. Follow-up timeliness is refused.
extension SQLEngine {
    func explain(_ statement: BoundExplain, cycles: FollowupCycles) throws -> ResultTable {
        let definition = statement.kpi
        if definition.usesDueEvents { throw SQLRefusal("explain kpi \(definition.name)") }
        let window = statement.window
        let scope = try KPIScopeSQL(catalog: catalog, filter: statement.filter, today: window.today, cycles: cycles)
        let sets = KPISetSQL(catalog: catalog, window: window, cycles: cycles)
        let targetRows = definition.usesTargets ? try targetTable() : nil
        let targets = targetRows?.match(window.period, selection: scope.targets)

        /// A term's rows as a condition on `r` of its table.
        func condition(_ term: KPITermDefinition) -> (table: TableKind, condition: String)? {
            switch term.recipe {
            case .cards(let list):
                return (.customers, (list.map { sets.card($0) } + (scope.cards.map { [$0] } ?? [])).joined(separator: " AND "))
            case .traffic(let list):
                return (.traffic, (list.map { sets.traffic($0) } + (scope.traffic.map { [$0] } ?? [])).joined(separator: " AND "))
            case .targetDeliveries:
                let rows = targets.map { $0.rows(count: targetRows?.rowCount ?? 0).rows } ?? []
                return (.targets, rows.isEmpty ? "FALSE" : "r._row IN (\(rows.map(String.init).joined(separator: ", ")))")
            case .elapsedDays, .dueEvents:
                return nil
            }
        }
        if let (term, listing) = statement.term {
            guard let (_, kept) = condition(term) else { throw SQLRefusal("explain ... term \(term.key)") }
            let keptSQL = kept.isEmpty ? "TRUE" : kept
            let join = listing.table == .customers ? " LEFT JOIN (\(sets.compiler.factsQuery)) AS f ON f._card = r._row" : ""
            let counted = try catalog.connection.query(
                "SELECT count(*) FROM \(catalog.table(listing.table)) AS r\(join) WHERE \(keptSQL)")
            let count = Int(counted.value(0, 0) ?? "") ?? 0
            let member = "r._row IN (SELECT r._row FROM \(catalog.table(listing.table)) AS r\(join) WHERE \(keptSQL))"
            let (listed, compiler) = try self.listing(listing, cycles: cycles) { _ in member }
            var table = listed
            table.notes.append(.termRows(count: count, term: term, kpi: definition.name, window: window))
            table.notes += try readingNotes(compiler)
            return table
        }

        // Every count the explanation needs, in one query per table.
        var cardCounts: [String] = [], trafficCounts: [String] = []
        func cardCount(_ sql: String) -> Int {
            cardCounts.append("count(*) FILTER (WHERE \(sql.isEmpty ? "TRUE" : sql))")
            return cardCounts.count - 1
        }
        let terms = definition.numerator + definition.denominator
        var places: [Int?] = []
        for term in terms {
            guard let (table, kept) = condition(term), table != .targets else { places.append(nil); continue }
            if table == .customers {
                places.append(cardCount(kept))
            } else {
                trafficCounts.append("count(*) FILTER (WHERE \(kept.isEmpty ? "TRUE" : kept))")
                places.append(-trafficCounts.count)
            }
        }
        let inScope = scope.cards.map { " AND " + $0 } ?? ""
        let base = "(\(sets.card(.opening)) OR \(sets.card(.new)))"
        var outside: [(name: String, place: Int)] = []
        for term in definition.numerator {
            guard case .cards(let list) = term.recipe, list.count == 1, let set = list.first,
                  [.orders, .deliveries, .losses].contains(set) else { continue }
            outside.append((term.name, cardCount("\(sets.card(set)) AND NOT \(base)\(inScope)")))
        }
        var withoutTimes: Int?
        if definition.kpi == .firstResponseRate {
            withoutTimes = cardCount("\(sets.card(.new)) AND NOT \(sets.card(.responseKnown))\(inScope)")
        }
        var identity: [Int] = []
        if definition.kpi == .closingStock {
            for set in [KPICardSet.opening, .new, .deliveries, .losses] { identity.append(cardCount(sets.card(set) + inScope)) }
            let (d, l) = (sets.card(.deliveries), sets.card(.losses))
            let leaving = "(\(base) AND NOT \(sets.card(.closing)))"
            identity.append(cardCount("((\(d) AND \(l)) OR ((\(d)) <> (\(l))) <> \(leaving))\(inScope)"))
        }
        var cards: [Int] = [], traffic: [Int] = []
        if !cardCounts.isEmpty {
            let row = try catalog.connection.query("SELECT " + cardCounts.joined(separator: ", ")
                + " FROM \(catalog.table(.customers)) AS r LEFT JOIN (\(sets.compiler.factsQuery)) AS f ON f._card = r._row")
            cards = (row.rows.first ?? []).map { Int($0 ?? "") ?? 0 }
        }
        if !trafficCounts.isEmpty {
            let row = try catalog.connection.query("SELECT " + trafficCounts.joined(separator: ", ")
                + " FROM \(catalog.table(.traffic)) AS r")
            traffic = (row.rows.first ?? []).map { Int($0 ?? "") ?? 0 }
        }
        func count(_ place: Int) -> Int {
            if place >= 0 { return place < cards.count ? cards[place] : 0 }
            let t = -place - 1
            return t < traffic.count ? traffic[t] : 0
        }

        var explained: [KPIExplainedTerm] = []
        for (index, term) in terms.enumerated() {
            let amount: Double?
            let rows: KPIRows
            switch term.recipe {
            case .elapsedDays:
                amount = Double(window.elapsedDays)
                rows = .none
            case .targetDeliveries:
                amount = targets?.total
                rows = .targets(Bitmap(count: 0))
            case .cards:
                amount = Double(places[index].map(count) ?? 0)
                rows = .cards(Bitmap(count: 0))
            case .traffic:
                amount = Double(places[index].map(count) ?? 0)
                rows = .traffic(Bitmap(count: 0))
            case .dueEvents:
                throw SQLRefusal("explain kpi \(definition.name)")
            }
            explained.append(KPIExplainedTerm(term: term, value: amount, rows: rows))
        }
        let numerator = Array(explained.prefix(definition.numerator.count))
        let denominator = Array(explained.dropFirst(definition.numerator.count))
        func sum(_ items: [KPIExplainedTerm]) -> Int {
            items.reduce(0) { $0 + ($1.term.subtracted ? -1 : 1) * Int($1.value ?? 0) }
        }
        let top = sum(numerator)
        let value: KPIValue
        if definition.denominator.isEmpty {
            value = .count(top)
        } else if definition.usesTargets {
            value = targets?.total.map { .ratio(top, over: $0) } ?? .undefined(numerator: top)
        } else {
            value = .ratio(top, over: sum(denominator))
        }

        var notes: [KPIExplanation.Note] = []
        if !window.isComplete { notes.append(.countedAsOf(window)) }
        if definition.terms.contains(where: { $0.population == .days }) { notes.append(.days(window)) }
        if let targets {
            notes += targets.months.map(KPIExplanation.Note.targetMonth)
            if let reason = targets.reason { notes.append(.noTarget(reason)) }
        }
        if value.value == nil, let denominator = value.denominator, denominator == 0 {
            notes.append(.zeroDenominator(meaning: definition.denominatorMeaning ?? "rows"))
        }
        for item in outside where count(item.place) > 0 {
            notes.append(.outsideTheBase(count: count(item.place), term: item.name))
        }
        if let withoutTimes, count(withoutTimes) > 0 { notes.append(.withoutResponseTimes(count: count(withoutTimes))) }
        if identity.count == 5 {
            notes.append(.inventoryIdentity(opening: count(identity[0]), new: count(identity[1]),
                                            deliveries: count(identity[2]), losses: count(identity[3])))
            if count(identity[4]) > 0 { notes.append(.brokenIdentity(count: count(identity[4]))) }
        }
        let explanation = KPIExplanation(definition: definition, window: window, value: value, numerator: numerator,
                                         denominator: denominator, targets: targets, notes: notes)
        return try summary(explanation, statement, cycles: cycles)
    }

    /// The table of `ExplainExecutor.summary`.
    private func summary(_ explanation: KPIExplanation, _ statement: BoundExplain,
                         cycles: FollowupCycles) throws -> ResultTable {
        let definition = statement.kpi
        let window = explanation.window
        let preamble: [ResultPhrase] = [
            .explainHeading(definition, window), .definitionLine(definition.definition),
            .definitionLine(definition.chineseDefinition), .blank, .formula(explanation), .arithmetic(explanation),
            .value(explanation), .blank,
        ]
        var term = ResultColumnBuilder("term", .text)
        var chinese = ResultColumnBuilder("中文", .text)
        var part = ResultColumnBuilder("part", .text)
        var count = ResultColumnBuilder("count", .number, format: .compact)
        var meaning = ResultColumnBuilder("counts", .text)
        var listing = ResultColumnBuilder("list_with", .text)
        for (side, items) in [("numerator", explanation.numerator), ("denominator", explanation.denominator)] {
            for item in items {
                term.append(phrase: .term(item.term))
                chinese.append(text: item.term.chineseName)
                part.append(text: side)
                count.append(number: item.value)
                meaning.append(text: item.term.meaning)
                listing.append(text: item.rows.table == nil ? nil : listStatement(for: item.term, explanation, statement))
            }
        }
        var notes = explanation.notes.map(ResultPhrase.explanationNote)
        notes += try trafficNotes([definition], statement.filter, window, cycles: cycles)
        notes.append(.source(definition.source))
        var table = ResultTable([term, chinese, part, count, meaning, listing], notes: notes)
        table.preamble = preamble
        return table
    }

    private func listStatement(for term: KPITermDefinition, _ explanation: KPIExplanation,
                               _ statement: BoundExplain) -> String {
        var text = "explain kpi \(explanation.definition.name) for \(explanation.window.period.label) term \(term.key)"
        if let condition = statement.filter.written { text += " where " + StatementPrinter.text(condition) }
        if statement.window.isCohort { text += " through \(statement.window.asOf)" }
        if statement.saidAsOf { text += " as of \(statement.window.today)" }
        return text
    }
}
