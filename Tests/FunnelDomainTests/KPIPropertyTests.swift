import FunnelDomain
import FunnelStore
import Testing

/// Properties every KPI and report must have on any dealer, checked on seeded random
/// dealers (`KPIRandomDealer`) over many periods and as-of days.
@Suite struct KPIPropertyTests {
    static let seeds: [UInt64] = [11, 12, 13]
    static let fields = ["consultant", "channel", "model", "grade"]

    /// Rates that are parts of their whole lie in 0...1; every numerator term is a
    /// subset of the denominator's rows; undefined exactly when the denominator is 0.
    @Test("rates lie in 0...1 and numerators within denominators", arguments: seeds)
    func ratesAreProportions(seed: UInt64) throws {
        let evaluator = KPIEvaluator(dataset: try KPIRandomDealer.dataset(seed: seed, cards: 2500))
        var rng = SplitMix64(state: seed &* 31)
        for _ in 0..<40 {
            let window = try KPIRandomDealer.window(&rng)
            let basis = evaluator.basis(window)
            let scope = rng.chance(50) ? KPIScope.all
                : KPIScope(cards: KPIRandomDealer.filter(&rng, count: evaluator.cardCount))
            for kpi in KPI.allCases {
                let value = basis.value(of: kpi, in: scope)
                if let denominator = value.denominator {
                    #expect((value.value == nil) == (denominator == 0), "\(kpi) \(window)")
                }
                #expect(value.numerator >= 0, "\(kpi) \(window)")
                guard kpi.definition.isProportion else { continue }
                if let rate = value.value { #expect((0...1).contains(rate), "\(kpi) \(window): \(value)") }
                let explanation = basis.explain(kpi, in: scope)
                let top = Self.union(explanation.numerator)
                let bottom = Self.union(explanation.denominator.filter { !$0.term.subtracted })
                let minus = Self.union(explanation.denominator.filter { $0.term.subtracted })
                if let top, let bottom {
                    let whole = minus.map { bottom - $0 } ?? bottom
                    #expect(top.isSubset(of: whole), "\(kpi) \(window)")
                }
            }
        }
    }

    /// The union of the terms' rows, `nil` for no rows.
    static func union(_ terms: [KPIExplainedTerm]) -> Bitmap? {
        let maps = terms.compactMap { $0.rows.bitmap }
        guard let first = maps.first else { return nil }
        return maps.dropFirst().reduce(first) { $0 | $1 }
    }

    /// For groupings that partition the cards, group numerators and denominators add up
    /// to the total's, for every KPI whose denominator is split by groups.
    @Test("groups add up to the total", arguments: seeds)
    func partition(seed: UInt64) throws {
        let evaluator = KPIEvaluator(dataset: try KPIRandomDealer.dataset(seed: seed, cards: 2500))
        var rng = SplitMix64(state: seed &* 37)
        let groupings = try Self.fields.map { try #require(KPIGroups(evaluator: evaluator, field: $0)) }
        for _ in 0..<15 {
            let window = try KPIRandomDealer.window(&rng)
            let basis = evaluator.basis(window)
            let scope = rng.chance(50) ? KPIScope.all
                : KPIScope(cards: KPIRandomDealer.filter(&rng, count: evaluator.cardCount))
            for grouping in groupings {
                let groups = grouping.makeGroups()
                for kpi in KPI.allCases {
                    let total = basis.value(of: kpi, in: scope)
                    let parts = groups.map { basis.value(of: kpi, in: scope.narrowed(to: $0)) }
                    let label = "\(kpi) by \(grouping.field) \(window)"
                    #expect(parts.reduce(0) { $0 + $1.numerator } == total.numerator, "\(label)")
                    #expect(basis.values(of: kpi, groupedBy: grouping.assignment, in: scope) == parts, "\(label)")
                    guard kpi != .dailyTraffic, kpi != .planAchievement, let denominator = total.denominator else {
                        continue
                    }
                    #expect(parts.reduce(0) { $0 + ($1.denominator ?? 0) } == denominator, "\(label)")
                }
                let report = GroupedKPIReport.conversion(basis: basis, groups: grouping, scope: scope)
                #expect(report.total.values == basis.values(of: GroupedKPIReport.conversionKPIs, in: scope))
            }
        }
    }

    /// Grouping only the rows a `where` keeps, as statements do: a `where` on the
    /// grouping field (some of its values, at random) leaves exactly those groups, every
    /// group has a kept row, and the groups still add up to the total of the kept rows.
    @Test("a where on the grouping field keeps only its groups", arguments: seeds)
    func selectedGroups(seed: UInt64) throws {
        let evaluator = KPIEvaluator(dataset: try KPIRandomDealer.dataset(seed: seed, cards: 2500))
        let dataset = evaluator.dataset
        var rng = SplitMix64(state: seed &* 53)
        for field in Self.fields {
            let column = try #require(dataset.customers.column(field))
            let party = TableSchema.customers.field(named: field)?.party
            let own = party.flatMap { TableSchema.traffic.field(naming: $0) }.flatMap { dataset.traffic.column($0.name) }
            let whole = GroupKey(column, name: field)
            let key = try #require(KPIGroups.cardKey(whole, party: party, traffic: own,
                                                     links: dataset.links.trafficCard))
            for _ in 0..<5 {
                let window = try KPIRandomDealer.window(&rng)
                let basis = evaluator.basis(window)
                // `where FIELD in (some values)`: the cards with one of them, and the traffic
                // with one of them too (its own field) or following such a card.
                let kept = Set((1...whole.valueCount).filter { _ in rng.chance(50) }.map(Int32.init))
                let cardIDs = whole.ids.first ?? []
                let cards = Bitmap(count: cardIDs.count, rows: cardIDs.indices.filter { kept.contains(cardIDs[$0]) })
                let traffic: Bitmap
                if key.traffic == .ownField, let trafficIDs = key.key.ids.last {
                    let texts = Set(kept.compactMap { whole.values.text(at: Int($0) - 1) })
                    traffic = Bitmap(count: trafficIDs.count, rows: trafficIDs.indices.filter { row in
                        guard case .value(let index) = key.key.meaning(of: trafficIDs[row]) else { return false }
                        return key.key.values.text(at: index).map(texts.contains) ?? false
                    })
                } else {
                    traffic = evaluator.traffic(linkedTo: cards)
                }
                let scope = KPIScope(cards: cards, traffic: traffic)
                let grouping = CardGrouping(keys: [key], selections: [cards, traffic])
                let labels = Set((0..<grouping.groupCount).compactMap { grouping.label(ofKey: 0, at: $0) })
                // (A blank value is no value: no card has its id.)
                let expected = Set(kept.filter { id in cards.rows.contains { cardIDs[$0] == id } }
                    .compactMap { whole.values.text(at: Int($0) - 1) })
                #expect(labels == expected, "\(field) \(window)")
                #expect(grouping.groupCount == labels.count, "\(field): no (none) or (no card) group")
                for kpi in KPI.allCases {
                    let total = basis.value(of: kpi, in: scope)
                    let parts = basis.values(of: kpi, groupedBy: grouping.assignment, in: scope)
                    #expect(parts.reduce(0) { $0 + $1.numerator } == total.numerator, "\(kpi) by \(field)")
                    guard kpi != .dailyTraffic, kpi != .planAchievement, let denominator = total.denominator else {
                        continue
                    }
                    #expect(parts.reduce(0) { $0 + ($1.denominator ?? 0) } == denominator, "\(kpi) by \(field)")
                }
            }
        }
    }

    /// Inventory: the identity holds on the cards outside `inconsistent`, whatever the
    /// dates of the others; pieces chain (opening = the piece before's closing); the
    /// delivery sources add up to the deliveries.
    @Test("inventory identity", arguments: seeds)
    func inventory(seed: UInt64) throws {
        let evaluator = KPIEvaluator(dataset: try KPIRandomDealer.dataset(seed: seed, cards: 2500, strays: true))
        var rng = SplitMix64(state: seed &* 41)
        var sawInconsistent = false
        for _ in 0..<25 {
            let window = try KPIRandomDealer.window(&rng)
            let whole = InventoryReport(evaluator: evaluator, window: window).total
            sawInconsistent = sawInconsistent || !whole.inconsistent.isEmpty
            let grain: PeriodGrain = window.period.dayCount <= 92 && rng.chance(50) ? .week : .month
            let clean = InventoryReport(evaluator: evaluator, window: window, cards: ~whole.inconsistent, split: grain)
            let holds = clean.total.identityHolds
            #expect(holds, "\(window)")
            #expect(clean.total.inconsistent.isEmpty)
            #expect(clean.total.closing == evaluator.fields.facts(asOf: window.asOf).following - whole.inconsistent)
            #expect(whole.sources.parts.reduce(0) { $0 + $1.cards.cardinality } == whole.deliveryCount)
            // A piece has its own inconsistent cards (a card captured in one piece and lost
            // in an earlier one is fine for the whole period, not for that piece).
            for piece in clean.pieces {
                let own = InventoryReport.row(evaluator.basis(piece.window), cards: ~whole.inconsistent - piece.inconsistent)
                let holds = own.identityHolds
                #expect(holds, "\(piece.window)")
            }
            for (before, after) in zip(clean.pieces, clean.pieces.dropFirst()) {
                #expect(after.opening == before.closing, "\(after.window)")
            }
            #expect(clean.pieces.reduce(0) { $0 + $1.newCount } == clean.total.newCount)
            #expect(clean.pieces.reduce(0) { $0 + $1.outCount } == clean.total.outCount)
        }
        #expect(sawInconsistent)
    }

    /// The reports by a card field: each group's inventory, capture progress, lost
    /// reasons and structure is the report over the group's cards (and traffic), and
    /// the groups add up to the report over them all.
    @Test("reports by a field add up", arguments: seeds)
    func reportsByAField(seed: UInt64) throws {
        let evaluator = KPIEvaluator(dataset: try KPIRandomDealer.dataset(seed: seed, cards: 2500, strays: true))
        var rng = SplitMix64(state: seed &* 59)
        let groupings = try Self.fields.map { try #require(KPIGroups(evaluator: evaluator, field: $0)) }
        for _ in 0..<8 {
            let window = try KPIRandomDealer.window(&rng)
            let basis = evaluator.basis(window)
            let filter = rng.chance(50) ? nil : KPIRandomDealer.filter(&rng, count: evaluator.cardCount)
            let scope = KPIScope(cards: filter, traffic: filter.map(evaluator.traffic(linkedTo:)))
            let split: PeriodGrain? = window.period.dayCount <= 92 && rng.chance(50) ? .week
                : rng.chance(50) ? .month : nil
            for grouping in groupings {
                let label = "by \(grouping.field) \(window)"
                let assignment = grouping.assignment
                let groups = grouping.makeGroups()
                let count = assignment.groupCount

                // Inventory: a group's numbers are its cards' inventory; the groups add up.
                let whole = InventoryReport.row(basis, cards: filter)
                let parts = whole.counts(byGroup: assignment.cardGroup, groups: count)
                for field in [\InventoryCounts.opening, \.new, \.deliveries, \.losses, \.closing, \.inconsistent] {
                    #expect(parts.reduce(0) { $0 + $1[keyPath: field] } == whole.counts[keyPath: field], "\(label)")
                }
                for (group, part) in zip(groups, parts) {
                    let own = InventoryReport.row(basis, cards: filter.map { $0 & group.cards } ?? group.cards)
                    #expect(own.counts == part, "\(label)")
                    if part.inconsistent == 0 { #expect(part.identityHolds, "\(label)") }
                }

                // Capture progress: each piece's groups add up to the piece, the groups'
                // totals to the total, and the pieces are those of the report without groups.
                let progress = CaptureProgress(evaluator: evaluator, window: window, split: split, groups: assignment,
                                               scope: scope)
                let plain = CaptureProgress(evaluator: evaluator, window: window, split: split, groups: nil,
                                            scope: scope)
                #expect(progress.rows.map(\.traffic) == plain.rows.map(\.traffic), "\(label)")
                #expect(progress.rows.map(\.newCards) == plain.rows.map(\.newCards), "\(label)")
                for (piece, row) in zip(progress.groupRows, progress.rows) {
                    #expect(piece.reduce(0) { $0 + $1.traffic } == row.traffic, "\(label)")
                    #expect(piece.reduce(0) { $0 + $1.captures } == row.captures, "\(label)")
                    #expect(piece.reduce(0) { $0 + $1.newTraffic } == row.newTraffic, "\(label)")
                    #expect(piece.reduce(0) { $0 + $1.newCards } == row.newCards, "\(label)")
                }
                #expect(progress.groupTotals.reduce(0) { $0 + $1.traffic } == progress.total.traffic, "\(label)")
                #expect(progress.groupTotals.reduce(0) { $0 + $1.newCards } == progress.total.newCards, "\(label)")
                #expect(progress.total.captureRate == basis.value(of: .captureRate, in: scope), "\(label)")
                for (group, own) in zip(groups, progress.groupTotals) {
                    let narrowed = scope.narrowed(to: group)
                    #expect(own.traffic == basis.value(of: .showroomTraffic, in: narrowed).numerator, "\(label)")
                    #expect(own.newCards == basis.value(of: .newCards, in: narrowed).numerator, "\(label)")
                }

                // Lost reasons and structure: a group's rows are the report over its cards.
                let lost = LostReasonsReport(basis: basis, cards: filter)
                let lostByGroup = GroupedShares(rows: lost.rows, listsEveryValue: true,
                                                cardGroup: assignment.cardGroup, groupCount: count)
                #expect(lostByGroup.groupTotals.reduce(0, +) == lost.total, "\(label)")
                for (group, rows) in zip(groups, lostByGroup.groups) {
                    let own = LostReasonsReport(basis: basis, cards: filter.map { $0 & group.cards } ?? group.cards)
                    #expect(rows.map(\.count) == own.rows.map(\.count), "\(label)")
                    #expect(rows.map(\.share) == own.rows.map(\.share), "\(label)")
                }
                for dimension in StructureDimension.allCases {
                    let structure = CustomerStructure(evaluator: evaluator, asOf: window.asOf, dimension: dimension,
                                                      cards: filter)
                    let byGroup = GroupedShares(rows: structure.rows, listsEveryValue: structure.listsEveryValue,
                                                cardGroup: assignment.cardGroup, groupCount: count)
                    #expect(byGroup.groupTotals.reduce(0, +) == structure.total, "\(dimension) \(label)")
                    for (group, rows) in zip(groups, byGroup.groups) {
                        let own = CustomerStructure(evaluator: evaluator, asOf: window.asOf, dimension: dimension,
                                                    cards: filter.map { $0 & group.cards } ?? group.cards)
                        let counted = Dictionary(uniqueKeysWithValues: own.rows.map { ($0.key, $0.count) })
                        for row in rows { #expect(row.count == counted[row.key] ?? 0, "\(dimension) \(label)") }
                        #expect(rows.reduce(0) { $0 + $1.count } == own.total, "\(dimension) \(label)")
                    }
                }
            }
        }
    }

    /// The funnel never grows from new cards on; each stage is within the one before, and
    /// is its own step's cards plus the ones it counts for a later step (skipped).
    @Test("funnel stages never grow", arguments: seeds)
    func funnel(seed: UInt64) throws {
        let evaluator = KPIEvaluator(dataset: try KPIRandomDealer.dataset(seed: seed, cards: 2500, strays: true))
        var rng = SplitMix64(state: seed &* 43)
        for _ in 0..<40 {
            let window = try KPIRandomDealer.window(&rng)
            let basis = evaluator.basis(window)
            let funnel = FunnelReport(basis: basis)
            let cards = funnel.stages.dropFirst()
            for (before, after) in zip(cards, cards.dropFirst()) {
                #expect(after.count <= before.count, "\(after.kind) \(window)")
                if let a = after.rows.bitmap, let b = before.rows.bitmap { #expect(a.isSubset(of: b)) }
                #expect(after.count == after.reached + after.skipped.cardinality)
            }
            #expect(funnel.stage(.newCards)?.count == basis.value(of: .newCards).numerator)
            #expect(funnel.stage(.showroomTraffic)?.count == basis.value(of: .showroomTraffic).numerator)
            #expect(funnel.stage(.visited)?.reached == basis.value(of: .newOverallVisitRate).numerator)
            if let ordered = funnel.stage(.ordered), let delivered = funnel.stage(.delivered) {
                #expect(delivered.count == delivered.reached && ordered.count == ordered.reached)
            }
        }
    }

    /// Event counts add up over the pieces of a period; capture progress agrees with the
    /// KPIs; breakdowns add up to their totals.
    @Test("pieces and breakdowns add up", arguments: seeds)
    func piecesAddUp(seed: UInt64) throws {
        let evaluator = KPIEvaluator(dataset: try KPIRandomDealer.dataset(seed: seed, cards: 2500))
        var rng = SplitMix64(state: seed &* 47)
        for _ in 0..<20 {
            let window = try KPIRandomDealer.window(&rng)
            let basis = evaluator.basis(window)
            // By day only over short periods: each piece is a basis of its own.
            let grain: PeriodGrain = window.period.dayCount <= 62 ? [.day, .week, .month][rng.below(3)]
                : [.week, .month][rng.below(2)]
            let pieces = evaluator.windows(splitting: window, by: grain).map(evaluator.basis)
            for kpi in [KPI.showroomTraffic, .newTraffic, .newCards, .outreachCards, .orders, .deliveries, .losses] {
                #expect(pieces.reduce(0) { $0 + $1.value(of: kpi).numerator } == basis.value(of: kpi).numerator,
                        "\(kpi) by \(grain) \(window)")
            }
            let progress = CaptureProgress(evaluator: evaluator, window: window, by: grain)
            #expect(progress.rows.count == pieces.count)
            #expect(progress.total.traffic == basis.value(of: .showroomTraffic).numerator)
            #expect(progress.total.newTraffic == basis.value(of: .newTraffic).numerator)
            #expect(progress.total.captureRate == basis.value(of: .captureRate))
            #expect(progress.total.newCards == basis.value(of: .newCards).numerator)
            #expect(progress.total.newCards(.outreach) == basis.value(of: .outreachCards).numerator)
            for (row, piece) in zip(progress.rows, pieces) {
                #expect(row.traffic == piece.value(of: .showroomTraffic).numerator)
                #expect(row.newCards == piece.value(of: .newCards).numerator)
            }

            let lost = LostReasonsReport(basis: basis)
            #expect(lost.rows.reduce(0) { $0 + $1.count } == basis.value(of: .losses).numerator)
            for dimension in StructureDimension.allCases {
                let structure = CustomerStructure(evaluator: evaluator, asOf: window.asOf, dimension: dimension)
                #expect(structure.rows.reduce(0) { $0 + $1.count } == basis.value(of: .closingStock).numerator,
                        "\(dimension)")
            }
        }
    }
}
