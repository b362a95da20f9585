import FunnelStore

/// Capture progress of a period by day, week or month (集客进度分析, domain.md §6): a
/// row per piece and a total; and with groups of a card field (`by consultant`), a row
/// per group in each piece and over the whole period. Every figure is an event count,
/// so the pieces add up to the total, and the groups to their piece.
///
/// One pass over the traffic and one over the cards, each row put in its piece by
/// a day-to-piece table and in its group by the grouping, whatever the number of
/// pieces and groups.
public struct CaptureProgress: Sendable {
    /// The grain P is cut by; `nil` for P in one piece.
    public let split: PeriodGrain?
    public let rows: [CaptureProgressRow]
    public let total: CaptureProgressRow
    /// With groups: each piece's row per group (`groupRows[piece][group]`).
    public let groupRows: [[CaptureProgressRow]]
    /// With groups: each group's row over the whole period.
    public let groupTotals: [CaptureProgressRow]

    /// The grain P is cut by (a day when it is not cut).
    public var grain: PeriodGrain { split ?? .day }

    public init(evaluator: KPIEvaluator, window: AsOfPeriod, by grain: PeriodGrain, scope: KPIScope = .all) {
        self.init(evaluator: evaluator, window: window, split: grain, groups: nil, scope: scope)
    }

    /// `split`: the grain P is cut by, or `nil` for one piece, P itself. `groups`: each
    /// card's and traffic entry's group (traffic by its own field or its card, as for
    /// a KPI); the rows in no group count in the pieces and the total only.
    public init(evaluator: KPIEvaluator, window: AsOfPeriod, split: PeriodGrain?, groups: KPIGroupAssignment?,
                scope: KPIScope = .all) {
        self.split = split
        let pieces = split.map { evaluator.windows(splitting: window, by: $0) } ?? [window]
        let start = window.start.rawValue, t = window.lastDay.rawValue
        // Piece of each day from the start to T.
        var pieceOfDay = [Int32](repeating: 0, count: max(0, Int(t - start) + 1))
        for (index, piece) in pieces.enumerated() {
            let from = Int(piece.start.rawValue - start), to = Int(piece.lastDay.rawValue - start)
            if from >= 0 && to < pieceOfDay.count && from <= to {
                for d in from...to { pieceOfDay[d] = Int32(index) }
            }
        }
        // One slot per piece and group, the last group slot for rows in no group.
        let groupCount = groups?.groupCount ?? 0
        let width = groupCount + 1
        let slots = pieces.count * width
        var traffic = [Int](repeating: 0, count: slots), followup = traffic, captured = traffic
        var byChannel = [[Int]](repeating: [Int](repeating: 0, count: Channel.allCases.count), count: slots)
        var noChannel = [Int](repeating: 0, count: slots)
        func slot(_ piece: Int, _ groupOfRow: [Int32]?, _ row: Int) -> Int {
            guard let groupOfRow, row < groupOfRow.count else { return piece * width + groupCount }
            let group = Int(groupOfRow[row])
            return piece * width + (group >= 0 && group < groupCount ? group : groupCount)
        }

        let columns = evaluator.traffic
        let capturedRows = columns.captured, followupRows = columns.followup
        let trafficGroup = groups?.trafficGroup
        func visitTraffic(_ row: Int) {
            let d = columns.time[row]
            guard start <= d && d <= t else { return }
            let s = slot(Int(pieceOfDay[Int(d - start)]), trafficGroup, row)
            traffic[s] += 1
            if capturedRows[row] { captured[s] += 1 }
            if followupRows[row] { followup[s] += 1 }
        }
        if let only = scope.traffic {
            Bitmap.resized(only, to: columns.count).forEachRow(visitTraffic)
        } else {
            for row in 0..<columns.count { visitTraffic(row) }
        }

        let cards = evaluator.fields.cards
        let cardGroup = groups?.cardGroup
        func visitCard(_ c: Int) {
            let d = cards.created[c]
            guard start <= d && d <= t else { return }
            let s = slot(Int(pieceOfDay[Int(d - start)]), cardGroup, c)
            let channel = Int(cards.channel[c])
            if channel < Channel.allCases.count { byChannel[s][channel] += 1 } else { noChannel[s] += 1 }
        }
        if let only = scope.cards {
            Bitmap.resized(only, to: cards.count).forEachRow(visitCard)
        } else {
            for c in 0..<cards.count { visitCard(c) }
        }

        func row(_ window: AsOfPeriod, _ slots: [Int]) -> CaptureProgressRow {
            CaptureProgressRow(
                window: window, traffic: slots.reduce(0) { $0 + traffic[$1] },
                followupTraffic: slots.reduce(0) { $0 + followup[$1] }, captures: slots.reduce(0) { $0 + captured[$1] },
                newByChannel: (0..<Channel.allCases.count).map { ch in slots.reduce(0) { $0 + byChannel[$1][ch] } },
                newWithoutChannel: slots.reduce(0) { $0 + noChannel[$1] })
        }
        rows = pieces.indices.map { p in row(pieces[p], Array((p * width)..<((p + 1) * width))) }
        total = row(window, Array(0..<slots))
        groupRows = groups == nil ? [] : pieces.indices.map { p in
            (0..<groupCount).map { g in row(pieces[p], [p * width + g]) }
        }
        groupTotals = groups == nil ? [] : (0..<groupCount).map { g in
            row(window, pieces.indices.map { $0 * width + g })
        }
    }
}
