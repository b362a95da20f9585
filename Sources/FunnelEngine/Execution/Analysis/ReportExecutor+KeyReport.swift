import FunnelDomain
import FunnelStore

/// `key report for P [by FIELD]` (关键管理报表, seed 002): a row per measure with its value
/// in P and in the period before, the change and the relative change. By a card field,
/// each group's measures, then the total's (the report without `by`), the shape of the
/// report once per group.
extension ReportExecutor {
    func keyReport(_ report: BoundKeyReport) throws(EvaluationError) -> ResultTable {
        let window = report.window
        let scope = context.scope(report.filter, asOf: window.today)
        let groups = try report.by.map { field throws(EvaluationError) in
            try CardGroups([field], context: context, asOf: window.today, within: scope)
        }
        let key = KeyReport(evaluator: evaluator, window: window, scope: scope, groups: groups?.grouping.assignment)

        var group = ResultColumnBuilder(groups?.names.first ?? "group", .text)
        var kpi = ResultColumnBuilder("kpi", .text)
        var chinese = ResultColumnBuilder("中文", .text)
        var now = ResultColumnBuilder(window.period.label, .number)
        var before = ResultColumnBuilder(key.previous.period.label, .number)
        var change = ResultColumnBuilder("change", .number)
        var relative = ResultColumnBuilder("relative", .number, format: .percent(1))
        var valueFormats: [ValueFormat] = []
        var changeFormats: [ValueFormat] = []
        var totals: Set<Int> = []
        func append(_ line: KeyReportLine, _ label: GroupValueLabel?) {
            if let label { group.append(group: label) } else { group.append(text: nil) }
            kpi.append(text: line.measure.name)
            chinese.append(text: line.measure.chineseName)
            now.append(number: line.current.value)
            before.append(number: line.previous.value)
            change.append(number: line.shownChange)
            relative.append(number: line.relativeChange)
            let isRate = line.measure.kind == .rate
            valueFormats.append(KPITableBuilder.format(of: line.measure.kind))
            changeFormats.append(isRate ? .decimal(1) : .compact)
        }
        // Through cards (a `where` or `by` on a field traffic lacks) a capture rate would
        // be 100%: left out there, with a note, as `kpi` refuses it.
        var filterThrough: String?
        if case .byCard(let path) = report.filter.traffic { filterThrough = path?.text ?? "" }
        let groupThrough = report.by.flatMap { $0.traffic == nil ? $0.field.name : nil }
        func shown(_ line: KeyReportLine, grouped: Bool) -> Bool {
            guard line.measure.kpi.definition.isRateOverTraffic else { return true }
            return filterThrough == nil && !(grouped && groupThrough != nil)
        }
        if let groups {
            for position in 0..<min(groups.groupCount, key.groups.count) {
                let lines = key.groups[position]
                // A (none) group with nothing in it says nothing; a group of traffic
                // only (no card, or traffic nobody was named for) shows only the
                // measures that count traffic.
                if groups.grouping.hasMissing(at: position), lines.allSatisfy(\.isEmpty) { continue }
                let cardless = groups.grouping.isNoCard(at: position)
                    || lines.allSatisfy { $0.measure.kpi.definition.usesTraffic || $0.isEmpty }
                let label = groups.labels(at: position).first ?? .mark(.missing)
                for line in lines where (!cardless || line.measure.kpi.definition.usesTraffic)
                    && shown(line, grouped: true) {
                    append(line, label)
                }
            }
            for line in key.total where shown(line, grouped: false) {
                totals.insert(kpi.count)
                append(line, nil)
            }
        } else {
            for line in key.total where shown(line, grouped: false) { append(line, nil) }
        }
        now.format = .perRow(valueFormats)
        before.format = .perRow(valueFormats)
        change.format = .perRow(changeFormats)
        let columns = [kpi, chinese, now, before, change, relative]
        var notes: [ResultPhrase] = [.seedReport(.keyReportChange)]
        if let field = filterThrough ?? groupThrough {
            notes.append(.captureRateLeftOut(field: field, perGroup: filterThrough == nil))
        }
        notes += context.trafficNotes(KPICatalog.all.filter(\.usesTraffic), report.filter, window)
        if !window.isComplete {
            notes.append(.countedAsOf(period: window.period.label, asOf: window.asOf, nothingAfter: false))
            notes.append(.seedReport(.previousLikeForLike(previous: key.previous, current: window)))
        }
        var table = ResultTable((groups == nil ? [] : [group]) + columns, totalRows: totals, notes: notes,
                                title: "key_report")
        table.preamble = [.seedReport(.keyReportHeading(current: window, previous: key.previous,
                                                        by: groups?.names.first))]
        return table
    }
}

extension KeyReportLine {
    /// Nothing counted in either period.
    var isEmpty: Bool {
        current.numerator == 0 && (current.denominator ?? 0) == 0
            && previous.numerator == 0 && (previous.denominator ?? 0) == 0
    }
}
