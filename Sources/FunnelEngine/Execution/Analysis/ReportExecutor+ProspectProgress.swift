import FunnelDomain
import FunnelStore

/// `prospect progress for P [by FIELD]` (意向客户进度状况表, seed 001): three tables with
/// the same rows, a group of the card field (consultant unless said) each and a total:
///
/// 1. the cards following on the day before P by level: a pivot of the groups and
///    P0..P4, N and no grade, whose total column is each group's opening stock;
/// 2. P's new cards by source: a pivot of the groups and the sources (left out when the
///    data has no `source`);
/// 3. orders and deliveries expected from the levels, against those achieved in P, and
///    the delivery target where the data has targets.
extension ReportExecutor {
    func prospectProgress(_ report: BoundProspectProgress) throws(EvaluationError) -> [ResultTable] {
        let window = report.window
        let scope = context.scope(report.filter, asOf: window.today)
        let groups = try CardGroups([report.by], context: context, asOf: window.today, within: scope)
        let progress = ProspectProgress(evaluator: evaluator, window: window, cards: scope.cards)
        context.readings.gradesRead(progress.grades)
        let counts = progress.counts(byGroup: groups.grouping.assignment.cardGroup, groups: groups.groupCount)
        // The rows: every group but a (none) group with nothing in it, and never (no card).
        let rows = (0..<groups.groupCount).filter { position in
            guard !groups.grouping.isNoCard(at: position) else { return false }
            guard groups.grouping.hasMissing(at: position) else { return true }
            let count = position < counts.count ? counts[position] : ProspectProgressCounts()
            return count != ProspectProgressCounts()
        }
        let axis = PivotTable.Axis(name: groups.names.first ?? "group",
                                   labels: rows.map { groups.labels(at: $0).first ?? .mark(.missing) })
        func count(_ row: Int) -> ProspectProgressCounts { row < counts.count ? counts[row] : ProspectProgressCounts() }
        let period = window.period.label

        // 1. Levels on the day before P.
        var levelColumns = ProspectLevel.allCases.map { ($0.rawValue, GroupValueLabel.text($0.name)) }
        levelColumns.append((ProspectProgress.gradeNColumn, .text(Grade.N.token)))
        if progress.total.levels[ProspectProgress.noGradeColumn] > 0 {
            levelColumns.append((ProspectProgress.noGradeColumn, .mark(.missing)))
        }
        var levels = PivotTable(rows: axis, columns: PivotTable.Axis(name: "level", labels: levelColumns.map(\.1)),
                                empty: 0, integral: true, format: .plain)
        levels.cells = rows.map { row in levelColumns.map { Double(count(row).levels[$0.0]) } }
        levels.rowTotals = rows.map { Double(count($0).following) }
        levels.columnTotals = levelColumns.map { Double(progress.total.levels[$0.0]) }
        levels.total = Double(progress.total.following)
        var tables = [levels.result(preamble: [.seedReport(.levelsHeading(levelDay: progress.levelDay, period: period))],
                                    title: "levels")]

        // 2. New cards by source.
        if let source = report.source {
            tables.append(try newCardsBySource(source, new: progress.new, groups: groups, rows: rows, axis: axis,
                                               window: window))
        }

        // 3. Expected and achieved.
        let basis = evaluator.basis(window)
        let achievement = basis.values(of: .planAchievement, groupedBy: groups.grouping.assignment, in: scope)
        let whole = basis.value(of: .planAchievement, in: scope)
        var key = ResultColumnBuilder(axis.name, .text)
        var newCards = ResultColumnBuilder("new_cards", .integer)
        var ordersExpected = ResultColumnBuilder("orders_expected", .integer)
        var orders = ResultColumnBuilder("orders", .integer)
        var deliveriesExpected = ResultColumnBuilder("deliveries_expected", .integer)
        var deliveries = ResultColumnBuilder("deliveries", .integer)
        var target = ResultColumnBuilder("target", .number, format: .compact)
        var achieved = ResultColumnBuilder("plan_achievement", .number, format: .percent(1))
        func append(_ counts: ProspectProgressCounts, _ value: KPIValue?) {
            newCards.append(integer: counts.newCards)
            ordersExpected.append(integer: counts.ordersExpected)
            orders.append(integer: counts.orders)
            deliveriesExpected.append(integer: counts.deliveriesExpected)
            deliveries.append(integer: counts.deliveries)
            target.append(number: value?.denominator)
            achieved.append(number: value?.value)
        }
        for (index, row) in rows.enumerated() {
            key.append(group: axis.labels[index])
            append(count(row), row < achievement.count ? achievement[row] : nil)
        }
        key.append(text: nil)
        append(progress.total, whole)
        var notes: [ResultPhrase] = [.seedReport(.expectationsMeaning(levelDay: progress.levelDay))]
        if let reason = basis.targetMatch(scope.targets).reason {
            notes.append(.noTarget(kpi: KPI.planAchievement.name, reason))
        } else if case .notApplicable(let reason)? = groups.grouping.assignment.targets.first {
            notes.append(.noTargetPerGroup(kpi: KPI.planAchievement.name, reason))
        }
        notes += countedAsOf(window)
        var expected = ResultTable([key, newCards, ordersExpected, orders, deliveriesExpected, deliveries, target,
                                    achieved], totalRows: [rows.count], notes: notes, title: "expected_and_achieved")
        expected.preamble = [.seedReport(.expectationsHeading(period: period))]
        tables.append(expected)
        if report.source == nil { tables[0].notes.append(.seedReport(.noSourceField)) }
        return tables
    }

    /// The new cards of P by the groups (rows) and their source (columns).
    private func newCardsBySource(_ source: BoundGroupField, new: Bitmap, groups: CardGroups, rows: [Int],
                                  axis: PivotTable.Axis, window: AsOfPeriod) throws(EvaluationError) -> ResultTable {
        let sources = try cardGroups(source, cards: new, asOf: window.today)
        let columns = (0..<sources.groupCount).filter { !sources.grouping.isNoCard(at: $0) }
        let columnOf = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
        let rowOf = Dictionary(uniqueKeysWithValues: rows.enumerated().map { ($1, $0) })
        var pivot = PivotTable(rows: axis, columns: PivotTable.Axis(name: source.field.name,
                                                                    labels: columns.map { sources.labels(at: $0).first
                                                                        ?? .mark(.missing) }),
                               empty: 0, integral: true, format: .plain)
        let cardGroup = groups.grouping.assignment.cardGroup
        let sourceGroup = sources.grouping.assignment.cardGroup
        var total = 0
        new.forEachRow { card in
            guard card < cardGroup.count, card < sourceGroup.count,
                  let row = rowOf[Int(cardGroup[card])], let column = columnOf[Int(sourceGroup[card])] else { return }
            pivot.cells[row][column] = (pivot.cells[row][column] ?? 0) + 1
            pivot.rowTotals[row] = (pivot.rowTotals[row] ?? 0) + 1
            pivot.columnTotals[column] = (pivot.columnTotals[column] ?? 0) + 1
            total += 1
        }
        pivot.total = Double(total)
        return pivot.result(preamble: [.seedReport(.sourcesHeading(period: window.period.label))], title: "new_cards")
    }
}
