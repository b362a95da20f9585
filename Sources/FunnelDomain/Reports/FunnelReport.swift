import FunnelStore

/// The sales funnel of a period (销售漏斗, domain.md §6): showroom traffic → new cards
/// → of those, visited by T → test-driven by T → ordered by T → delivered by T.
///
/// **Stages never grow.** Each card stage is the stage before intersected with its
/// own condition, so a card counts at "ordered" only if it also visited and
/// test-drove. Real cards skip stages (an order by phone, a test drive at the
/// customer's home), so each stage also gives `reached` (the new cards meeting its
/// condition alone) and the `skipped` cards. The first step, traffic → new cards,
/// compares entries with cards (and new cards include outreach ones that never
/// passed the showroom), so that one ratio can exceed 100%.
///
/// "Ordered by T" counts a card with an order date or a delivery date on or before
/// T: a delivery is a sale, and a car sold on the spot (grade O) may carry no
/// separate order date.
public struct FunnelReport: Sendable {
    public let window: AsOfPeriod
    public let stages: [FunnelStage]

    /// The funnel within a scope (the cards and traffic of a `where` and a group).
    public init(basis: KPIBasis, scope: KPIScope = .all) {
        window = basis.window
        let scope = basis.normalized(scope)
        let n = basis.cardCount
        let cards = basis.evaluator.fields.cards
        let t = basis.window.asOf.rawValue
        let ordered = BitmapMath.rows(where: zip(cards.ordered, cards.delivered).map { min($0, $1) }) { $0 <= t }
        let delivered = BitmapMath.rows(where: cards.delivered) { $0 <= t }

        let traffic = scope.traffic.map { basis.trafficInPeriod & $0 } ?? basis.trafficInPeriod
        let new = scope.cards.map { basis.prospects.new & $0 } ?? basis.prospects.new
        let conditions: [(FunnelStageKind, Bitmap)] = [
            (.visited, basis.visited), (.testDriven, basis.testDriven), (.ordered, ordered),
            (.delivered, delivered),
        ]
        let newCount = new.cardinality
        let trafficCount = traffic.cardinality
        var stages = [
            FunnelStage(kind: .showroomTraffic, rows: .traffic(traffic), count: trafficCount, ratioToPrevious: nil,
                        ratioToNewCards: nil, reached: trafficCount, skipped: Bitmap(count: n)),
            FunnelStage(kind: .newCards, rows: .cards(new), count: newCount,
                        ratioToPrevious: .ratio(newCount, over: trafficCount),
                        ratioToNewCards: .ratio(newCount, over: newCount), reached: newCount,
                        skipped: Bitmap(count: n)),
        ]
        var previous = new
        for (kind, condition) in conditions {
            let own = new & Bitmap.resized(condition, to: n)
            let stage = previous & own
            let count = stage.cardinality
            stages.append(FunnelStage(kind: kind, rows: .cards(stage), count: count,
                                      ratioToPrevious: .ratio(count, over: previous.cardinality),
                                      ratioToNewCards: .ratio(count, over: newCount), reached: own.cardinality,
                                      skipped: own - stage))
            previous = stage
        }
        self.stages = stages
    }

    /// The stage of a kind.
    public func stage(_ kind: FunnelStageKind) -> FunnelStage? { stages.first { $0.kind == kind } }
}
