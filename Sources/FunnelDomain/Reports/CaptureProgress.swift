import FunnelStore

/// Capture progress of a period by day, week or month (集客进度分析, domain.md §6): a
/// row per piece and a total. Every figure is an event count, so the pieces add up
/// to the total.
///
/// One pass over the traffic and one over the cards, each row put in its piece by
/// a day-to-piece table, whatever the number of pieces.
public struct CaptureProgress: Sendable {
    public let grain: PeriodGrain
    public let rows: [CaptureProgressRow]
    public let total: CaptureProgressRow

    public init(evaluator: KPIEvaluator, window: AsOfPeriod, by grain: PeriodGrain, scope: KPIScope = .all) {
        self.grain = grain
        let pieces = evaluator.windows(splitting: window, by: grain)
        let start = window.start.rawValue, t = window.asOf.rawValue
        // Piece of each day from the start to T.
        var pieceOfDay = [Int32](repeating: 0, count: max(0, Int(t - start) + 1))
        for (index, piece) in pieces.enumerated() {
            let from = Int(piece.start.rawValue - start), to = Int(piece.asOf.rawValue - start)
            if from >= 0 && to < pieceOfDay.count && from <= to {
                for d in from...to { pieceOfDay[d] = Int32(index) }
            }
        }
        let count = pieces.count
        var traffic = [Int](repeating: 0, count: count), followup = traffic, captured = traffic
        var byChannel = [[Int]](repeating: [Int](repeating: 0, count: Channel.allCases.count), count: count)
        var noChannel = [Int](repeating: 0, count: count)

        let columns = evaluator.traffic
        let capturedRows = columns.captured, followupRows = columns.followup
        func visitTraffic(_ row: Int) {
            let d = columns.time[row]
            guard start <= d && d <= t else { return }
            let p = Int(pieceOfDay[Int(d - start)])
            traffic[p] += 1
            if capturedRows[row] { captured[p] += 1 }
            if followupRows[row] { followup[p] += 1 }
        }
        if let only = scope.traffic {
            Bitmap.resized(only, to: columns.count).forEachRow(visitTraffic)
        } else {
            for row in 0..<columns.count { visitTraffic(row) }
        }

        let cards = evaluator.fields.cards
        func visitCard(_ c: Int) {
            let d = cards.created[c]
            guard start <= d && d <= t else { return }
            let p = Int(pieceOfDay[Int(d - start)])
            let channel = Int(cards.channel[c])
            if channel < Channel.allCases.count { byChannel[p][channel] += 1 } else { noChannel[p] += 1 }
        }
        if let only = scope.cards {
            Bitmap.resized(only, to: cards.count).forEachRow(visitCard)
        } else {
            for c in 0..<cards.count { visitCard(c) }
        }

        rows = pieces.indices.map { i in
            CaptureProgressRow(window: pieces[i], traffic: traffic[i], followupTraffic: followup[i],
                               captures: captured[i], newByChannel: byChannel[i], newWithoutChannel: noChannel[i])
        }
        total = CaptureProgressRow(
            window: window, traffic: traffic.reduce(0, +), followupTraffic: followup.reduce(0, +),
            captures: captured.reduce(0, +),
            newByChannel: (0..<Channel.allCases.count).map { ch in byChannel.reduce(0) { $0 + $1[ch] } },
            newWithoutChannel: noChannel.reduce(0, +))
    }
}
