import FunnelDomain
import FunnelStore
import FunnelSyntax

/// The reports and work lists of domain.md §6, each as a result table (or two).
struct ReportExecutor {
    let input: AnalysisInput
    let keyword: SourceRange

    var evaluator: KPIEvaluator { input.evaluator }

    func run(_ kind: ReportKind, period: Value?, day: Value?) throws(EvaluationError) -> StatementResult {
        switch kind {
        case .funnel: return try FunnelReportTable(input: input).run(period: period)
        case .inventory: return .tables(try inventory(try required(period, kind)))
        case .lostReasons: return .table(try lostReasons(try required(period, kind)))
        case .structure: return .table(try structure())
        case .captureProgress: return .table(try captureProgress(try required(period, kind)))
        case .followupEffect, .conversion: return .table(try groupedKPIs(kind, try required(period, kind)))
        case .due, .contacted, .overdue, .dormantEligible: return .table(try workList(kind, day: day))
        case .duplicateCards: return .table(try duplicates())
        }
    }

    private func required(_ period: Value?, _ kind: ReportKind) throws(EvaluationError) -> Value {
        guard let period else {
            throw EvaluationError("\(kind.rawValue) needs a period: \(kind.rawValue) for 2010-10", at: keyword)
        }
        return period
    }

    /// `by month` or `by week` for inventory and capture progress.
    private func grain(default fallback: PeriodGrain?, statement: String) throws(EvaluationError) -> PeriodGrain? {
        let request = try KPIGroupingRequest(input.clauses.groups, input: input)
        if let field = request.fields.first {
            throw EvaluationError("\(statement) is broken down by time only (by day, week, month or quarter); "
                                  + "use where to keep some cards", at: field.range)
        }
        return request.grain ?? fallback
    }

    // MARK: inventory

    private func inventory(_ period: Value) throws(EvaluationError) -> [ResultTable] {
        try input.reject(statement: "inventory")
        let window = try input.window(period)
        let scope = try input.scope()
        let split = try grain(default: nil, statement: "inventory")
        let report = InventoryReport(evaluator: evaluator, window: window, cards: scope.cards, split: split)
        var label = ResultColumnBuilder("period", .text)
        var opening = ResultColumnBuilder("opening", .integer)
        var new = ResultColumnBuilder("in", .integer)
        var deliveries = ResultColumnBuilder("deliveries", .integer)
        var losses = ResultColumnBuilder("losses", .integer)
        var out = ResultColumnBuilder("out", .integer)
        var closing = ResultColumnBuilder("closing", .integer)
        var check = ResultColumnBuilder("check", .text)
        let rows = (split == nil ? [] : report.pieces) + [report.total]
        var notes: [String] = []
        for row in rows {
            label.append(text: row.window.period.label)
            opening.append(integer: row.openingCount)
            new.append(integer: row.newCount)
            deliveries.append(integer: row.deliveryCount)
            losses.append(integer: row.lossCount)
            out.append(integer: row.outCount)
            closing.append(integer: row.closingCount)
            let broken = row.inconsistent.cardinality
            check.append(text: row.identityHolds && broken == 0 ? "ok" : "\(broken) inconsistent")
            if broken > 0 {
                let ids = cardIds(row.inconsistent, limit: 10)
                notes.append("\(row.window.period.label): \(broken) cards have dates that break closing = opening + "
                             + "in − out: \(ids)")
            }
        }
        if !window.isComplete { notes.append("\(window.period.label) counted as of \(window.asOf)") }
        let main = ResultTable([label, opening, new, deliveries, losses, out, closing, check],
                               totalRows: split == nil ? [] : [rows.count - 1], notes: notes, title: "inventory")

        var source = ResultColumnBuilder("deliveries_came_from", .text)
        var chinese = ResultColumnBuilder("来源", .text)
        var cards = ResultColumnBuilder("cards", .integer)
        var share = ResultColumnBuilder("share", .number, format: .percent(1))
        let total = report.total.deliveryCount
        for part in report.total.sources.parts {
            source.append(text: part.name)
            chinese.append(text: part.chineseName)
            let count = part.cards.cardinality
            cards.append(integer: count)
            share.append(number: total > 0 ? Double(count) / Double(total) : nil)
        }
        source.append(text: nil)
        chinese.append(text: nil)
        cards.append(integer: total)
        share.append(number: total > 0 ? 1 : nil)
        var sources = ResultTable([source, chinese, cards, share], totalRows: [report.total.sources.parts.count],
                                  title: "deliveries_came_from")
        sources.preamble = ["deliveries of \(window.period.label):"]
        return [main, sources]
    }

    // MARK: lost reasons, structure

    private func lostReasons(_ period: Value) throws(EvaluationError) -> ResultTable {
        try input.reject(groups: true, statement: "lost reasons")
        let window = try input.window(period)
        let scope = try input.scope()
        let report = LostReasonsReport(basis: evaluator.basis(window), cards: scope.cards)
        return shares(report.rows, total: report.total, name: "lost_reason",
                      notes: window.isComplete ? [] : ["\(window.period.label) counted as of \(window.asOf)"])
    }

    private func structure() throws(EvaluationError) -> ResultTable {
        try input.reject(statement: "structure")
        guard let first = input.clauses.groups.first, case .field(let path) = first,
              let dimension = StructureDimension(name: path.text) else {
            let range = input.clauses.groups.first.map(AnalysisInput.range(of:)) ?? keyword
            throw EvaluationError("structure is by grade, channel, model, source or age band", at: range)
        }
        if input.clauses.groups.count > 1 {
            throw EvaluationError("structure is by one breakdown at a time",
                                  at: AnalysisInput.range(of: input.clauses.groups[1]))
        }
        let scope = try input.scope()
        let report = CustomerStructure(evaluator: evaluator, asOf: input.asOf, dimension: dimension,
                                       cards: scope.cards)
        let name = dimension == .ageBand ? "age_band" : dimension.rawValue
        return shares(report.rows, total: report.total, name: name,
                      notes: ["cards following as of \(input.asOf)"])
    }

    private func shares(_ rows: [ShareRow], total: Int, name: String, notes: [String]) -> ResultTable {
        var key = ResultColumnBuilder(name, .text)
        var chinese = ResultColumnBuilder("中文", .text)
        var cards = ResultColumnBuilder("cards", .integer)
        var share = ResultColumnBuilder("share", .number, format: .percent(1))
        for row in rows {
            key.append(text: row.key.description)
            chinese.append(text: row.chineseLabel)
            cards.append(integer: row.count)
            share.append(number: row.share.value)
        }
        key.append(text: nil)
        chinese.append(text: nil)
        cards.append(integer: total)
        share.append(number: total > 0 ? 1 : nil)
        return ResultTable([key, chinese, cards, share], totalRows: [rows.count], notes: notes)
    }

    // MARK: capture progress

    private func captureProgress(_ period: Value) throws(EvaluationError) -> ResultTable {
        try input.reject(statement: "capture progress")
        let window = try input.window(period)
        let scope = try input.scope()
        let grain = try self.grain(default: .day, statement: "capture progress") ?? .day
        let report = CaptureProgress(evaluator: evaluator, window: window, by: grain, scope: scope)
        var label = ResultColumnBuilder(grain.rawValue, .text)
        var traffic = ResultColumnBuilder("traffic", .integer)
        var newTraffic = ResultColumnBuilder("new_traffic", .integer)
        var captures = ResultColumnBuilder("captures", .integer)
        var rate = ResultColumnBuilder("capture_rate", .number, format: .percent(1))
        var channels = Channel.allCases.map { ResultColumnBuilder($0.token, .integer) }
        var noChannel = ResultColumnBuilder("no_channel", .integer)
        var newCards = ResultColumnBuilder("new_cards", .integer)
        let rows = report.rows + [report.total]
        for (index, row) in rows.enumerated() {
            label.append(text: index == report.rows.count ? nil : row.window.period.label)
            traffic.append(integer: row.traffic)
            newTraffic.append(integer: row.newTraffic)
            captures.append(integer: row.captures)
            rate.append(number: row.captureRate.value)
            for (c, channel) in Channel.allCases.enumerated() { channels[c].append(integer: row.newCards(channel)) }
            noChannel.append(integer: row.newWithoutChannel)
            newCards.append(integer: row.newCards)
        }
        var columns = [label, traffic, newTraffic, captures, rate] + channels
        if report.total.newWithoutChannel > 0 { columns.append(noChannel) }
        columns.append(newCards)
        var notes = ["captures count traffic entries with result captured; new cards count the cards, by channel"]
        if !window.isComplete { notes.append("\(window.period.label) counted as of \(window.asOf)") }
        return ResultTable(columns, totalRows: [report.rows.count], notes: notes)
    }

    // MARK: follow-up effect, conversion

    private func groupedKPIs(_ kind: ReportKind, _ period: Value) throws(EvaluationError) -> ResultTable {
        try input.reject(statement: kind.rawValue)
        let window = try input.window(period)
        let scope = try input.scope()
        let request = try KPIGroupingRequest(input.clauses.groups, input: input, maxFields: 1)
        if request.grain != nil, let item = input.clauses.groups.first {
            throw EvaluationError("\(kind.rawValue) is by a card field (consultant, model, channel, ...); for "
                                  + "time, use kpi ... by \(request.grainName ?? "month")",
                                  at: AnalysisInput.range(of: item))
        }
        let path = request.fields.first ?? FieldPath([Name("consultant", keyword)])
        let grouping = try KPIGrouping.make([path], input: input)
        let kpis = kind == .followupEffect ? GroupedKPIReport.followupEffectKPIs : GroupedKPIReport.conversionKPIs
        let basis = evaluator.basis(window)
        var key = ResultColumnBuilder(grouping.names.first ?? "group", .text)
        var columns = kpis.map { kpi in
            ResultColumnBuilder(kpi.name, kpi.definition.kind == .count ? .integer : .number,
                                format: KPITableBuilder.format(of: kpi.definition.kind))
        }
        let values = kpis.map { basis.values(of: $0, groupedBy: grouping.assignment, in: scope) }
        for group in 0..<grouping.groupCount where !grouping.isNoCard[group] {
            // A (none) group with nothing in it says nothing.
            let empty = values.allSatisfy { group >= $0.count || ($0[group].numerator == 0
                                                                  && ($0[group].denominator ?? 0) == 0) }
            if empty, grouping.labels[group].contains(KPIGroupKey.missing.description) { continue }
            key.append(text: grouping.labels[group].first)
            for (k, kpi) in kpis.enumerated() {
                let value = group < values[k].count ? values[k][group] : nil
                append(value, kind: kpi.definition.kind, to: &columns[k])
            }
        }
        let totalRow = key.count
        key.append(text: nil)
        for (k, kpi) in kpis.enumerated() {
            append(basis.value(of: kpi, in: scope), kind: kpi.definition.kind, to: &columns[k])
        }
        var notes: [String] = []
        if !window.isComplete { notes.append("\(window.period.label) counted as of \(window.asOf)") }
        return ResultTable([key] + columns, totalRows: [totalRow], notes: notes)
    }

    private func append(_ value: KPIValue?, kind: KPIKind, to column: inout ResultColumnBuilder) {
        if kind == .count {
            column.append(integer: value?.numerator)
        } else {
            column.append(number: value?.value)
        }
    }

    // MARK: work lists

    private func workList(_ kind: ReportKind, day: Value?) throws(EvaluationError) -> ResultTable {
        if let item = input.clauses.groups.first {
            throw EvaluationError("a work list lists cards and cannot be grouped", at: AnalysisInput.range(of: item))
        }
        var on = input.asOf
        if let day { on = try input.binder.day(day) }
        let scope = try input.scope()
        let list: WorkList
        var fields = ["id", "name", "phone", "consultant", "grade", "status"]
        switch kind {
        case .due:
            list = WorkList.due(evaluator, on: on, cards: scope.cards)
            fields += ["last_contact", "next_followup"]
        case .overdue:
            list = WorkList.overdue(evaluator, asOf: on, cards: scope.cards)
            fields += ["last_contact", "next_followup"]
        case .contacted:
            list = WorkList.contacted(evaluator, on: on, cards: scope.cards)
            fields += ["created", "last_contact"]
        default:
            list = WorkList.dormantEligible(evaluator, asOf: on, cards: scope.cards)
            fields = ["id", "name", "phone", "channel", "consultant", "created", "card_age", "visits", "test_drives"]
        }
        let listing = AnalysisInput(copying: input, asOf: on)
        var table = try RowListing(input: listing).table(list.cards, of: "customers", fields: fields)
        table.notes.append("\(list.count) cards: \(kind.rawValue) (\(kind.chineseName)) as of \(on)")
        return table
    }

    private func duplicates() throws(EvaluationError) -> ResultTable {
        if let item = input.clauses.groups.first {
            throw EvaluationError("duplicate cards come in their own groups", at: AnalysisInput.range(of: item))
        }
        try input.reject(limit: false, statement: "duplicate cards")
        let scope = try input.scope()
        let report = DuplicateCards(evaluator: evaluator, asOf: input.asOf, cards: scope.cards)
        var group = ResultColumnBuilder("group", .integer)
        var rows: [Int32] = []
        let limit = input.clauses.limit?.count ?? Int.max
        for (index, duplicate) in report.groups.enumerated() {
            for card in duplicate.cards where rows.count < limit {
                group.append(integer: index + 1)
                rows.append(Int32(card))
            }
        }
        let cards = input.context.scope(of: input.context.dataset.customers, asOf: input.asOf)
        var columns = [group.column]
        for name in ["id", "name", "phone", "model", "consultant", "created", "status"] {
            let field = try cards.resolve(FieldPath([Name(name, keyword)]))
            columns.append(field.column.gathered(rows, name: field.name))
        }
        return ResultTable(columns: columns, notes: [
            "\(report.groups.count) groups, \(rows.count) cards with the same phone and model as of \(input.asOf)",
        ])
    }

    private func cardIds(_ cards: Bitmap, limit: Int) -> String {
        let ids = input.context.dataset.customers.column("id")
        let rows = cards.rows
        var text = rows.prefix(limit).map { ids?.text(at: $0) ?? "#\($0)" }.joined(separator: ", ")
        if rows.count > limit { text += ", … (\(rows.count - limit) more)" }
        return text
    }
}
