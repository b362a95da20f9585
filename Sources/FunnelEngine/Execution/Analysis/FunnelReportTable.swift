import FunnelDomain
import FunnelStore
import FunnelSyntax

/// `funnel [for PERIOD] [by FIELD]`: the stages of the sales funnel with their counts
/// and ratios, drawn as bars in table mode; by a field, one row per group with each
/// stage's count.
struct FunnelReportTable {
    let context: ExecutionContext

    func run(_ window: AsOfPeriod, _ filter: BoundCardFilter, by field: BoundGroupField?) throws(EvaluationError)
        -> ResultTable {
        let scope = context.scope(filter, asOf: window.today)
        let basis = context.kpis.basis(window)
        let total = FunnelReport(basis: basis, scope: scope)
        var notes: [ResultPhrase] = []
        if !window.isComplete { notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false)) }
        guard let field else {
            var table = stages(total, notes: notes)
            table.preamble = [.funnelHeading(window, by: [])]
            table.chart = chart(total)
            return table
        }
        let groups = try CardGroups([field], context: context, asOf: window.today, within: scope)
        let assignment = groups.grouping.assignment
        // A card's stage depends on its own dates only, so each group's funnel is the
        // total funnel's rows tallied by group: one pass per stage, no bitmap per group.
        var tallies = FunnelStageKind.allCases.map { _ in [Int](repeating: 0, count: groups.groupCount) }
        for (index, kind) in FunnelStageKind.allCases.enumerated() {
            guard let stage = total.stage(kind) else { continue }
            let groupOfRow: [Int32]
            switch stage.rows {
            case .traffic: groupOfRow = assignment.trafficGroup
            case .cards: groupOfRow = assignment.cardGroup
            case .targets, .none: continue
            }
            stage.rows.bitmap?.forEachRow { row in
                guard row < groupOfRow.count else { return }
                let group = Int(groupOfRow[row])
                if group >= 0 && group < groups.groupCount { tallies[index][group] += 1 }
            }
        }
        var key = ResultColumnBuilder(groups.names.first ?? "group", .text)
        var counts = FunnelStageKind.allCases.map { ResultColumnBuilder($0.rawValue, .integer) }
        var delivered = ResultColumnBuilder("delivered_of_new", .number, format: .percent(1))
        let newIndex = FunnelStageKind.allCases.firstIndex(of: .newCards) ?? 1
        let deliveredIndex = FunnelStageKind.allCases.firstIndex(of: .delivered) ?? 5
        for group in 0..<groups.groupCount {
            let row = tallies.map { $0[group] }
            if row.allSatisfy({ $0 == 0 }) { continue }
            key.append(group: groups.labels(at: group).first ?? .mark(.missing))
            for (index, count) in row.enumerated() { counts[index].append(integer: count) }
            delivered.append(number: row[newIndex] > 0 ? Double(row[deliveredIndex]) / Double(row[newIndex]) : nil)
        }
        key.append(text: nil)
        for (index, kind) in FunnelStageKind.allCases.enumerated() {
            counts[index].append(integer: total.stage(kind)?.count ?? 0)
        }
        delivered.append(number: total.stage(.delivered)?.ratioToNewCards?.value)
        let totalRow = key.count - 1
        notes.append(.funnelGroups(period: window.period.label))
        var table = ResultTable([key] + counts + [delivered], totalRows: [totalRow], notes: notes)
        table.preamble = [.funnelHeading(window, by: groups.names)]
        table.chart = chart(total)
        return table
    }

    private func stages(_ report: FunnelReport, notes: [ResultPhrase]) -> ResultTable {
        var stage = ResultColumnBuilder("stage", .text)
        var chinese = ResultColumnBuilder("中文", .text)
        var count = ResultColumnBuilder("count", .integer)
        var previous = ResultColumnBuilder("of_previous", .number, format: .percent(1))
        var ofNew = ResultColumnBuilder("of_new_cards", .number, format: .percent(1))
        var skipped = ResultColumnBuilder("skipped", .integer)
        var notes = notes
        var previousFormats: [ValueFormat] = []
        var ofNewFormats: [ValueFormat] = []
        for item in report.stages {
            // No ratio at all (the first stage) is blank; a ratio over 0 is n/a.
            previousFormats.append(item.ratioToPrevious == nil ? .plain : .percent(1))
            ofNewFormats.append(item.ratioToNewCards == nil ? .plain : .percent(1))
            stage.append(text: item.kind.name)
            chinese.append(text: item.kind.chineseName)
            count.append(integer: item.count)
            previous.append(number: item.ratioToPrevious?.value)
            ofNew.append(number: item.ratioToNewCards?.value)
            let skips = item.skipped.cardinality
            skipped.append(integer: item.kind == .showroomTraffic || item.kind == .newCards ? nil : skips)
        }
        previous.format = .perRow(previousFormats)
        ofNew.format = .perRow(ofNewFormats)
        if report.stages.contains(where: { $0.skipped.cardinality > 0 }) {
            notes.append(.funnelSkipped)
        }
        return ResultTable([stage, chinese, count, previous, ofNew, skipped], notes: notes)
    }

    private func chart(_ report: FunnelReport) -> BarChart {
        BarChart(bars: report.stages.map { stage in
            BarChart.Bar(label: stage.kind.name, count: stage.count, ofPrevious: stage.ratioToPrevious?.value,
                         ofNew: stage.kind == .newCards ? nil : stage.ratioToNewCards?.value)
        })
    }
}
