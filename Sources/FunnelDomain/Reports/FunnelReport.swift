import FunnelStore

/// The sales funnel of a period (销售漏斗, domain.md §6): showroom traffic → new cards
/// → of those, visited by T → test-driven by T → ordered by T → delivered by T.
///
/// **A stage counts the new cards that reached it or a later stage by T** (§6): a
/// delivered card has passed every stage, so stages never grow and every order and
/// delivery is counted. Real cards have gaps in their record (an order taken by phone,
/// a test drive at the customer's home never logged as a visit), so each stage also
/// gives `reached` (the new cards with a record of this step itself) and `skipped`
/// (those it counts without one). The first step, traffic → new cards, compares
/// entries with cards (and new cards include outreach ones that never passed the
/// showroom), so that one ratio can exceed 100%.
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
        // From the last stage back: a stage's cards are its own and every later one's.
        var reachedOrLater = Bitmap(count: n)
        var cardStages: [(FunnelStageKind, own: Bitmap, stage: Bitmap)] = []
        for (kind, condition) in conditions.reversed() {
            let own = new & Bitmap.resized(condition, to: n)
            reachedOrLater = reachedOrLater | own
            cardStages.insert((kind, own, reachedOrLater), at: 0)
        }
        var previousCount = newCount
        for (kind, own, stage) in cardStages {
            let count = stage.cardinality
            stages.append(FunnelStage(kind: kind, rows: .cards(stage), count: count,
                                      ratioToPrevious: .ratio(count, over: previousCount),
                                      ratioToNewCards: .ratio(count, over: newCount), reached: own.cardinality,
                                      skipped: stage - own))
            previousCount = count
        }
        self.stages = stages
    }

    /// The stage of a kind.
    public func stage(_ kind: FunnelStageKind) -> FunnelStage? { stages.first { $0.kind == kind } }
}
