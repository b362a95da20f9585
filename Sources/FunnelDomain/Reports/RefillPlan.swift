/// The funnel refill rule of seed 001 (`plan deliveries N close rate 1:5`): "if the
/// close rate is 1 in 5, each sale needs 5 new prospects; 5 sales a week need 25 new
/// prospects a week". Pure arithmetic on a given close rate, no data: N × prospects
/// ÷ sales, rounded up to whole prospects (1:5 and 2:10 plan the same).
public struct RefillPlan: Sendable {
    public let deliveries: Int
    /// The close rate as `sales` in `prospects` (1:5).
    public let sales: Int
    public let prospects: Int
    public let steps: [PlanStep]
    /// New prospects needed for `deliveries` sales in the same span of time.
    public let requiredNewProspects: Int

    /// `nil` unless `sales` and `prospects` are positive with `sales <= prospects` and
    /// `deliveries` is 0 or more (and the product fits).
    public init?(deliveries: Int, sales: Int, in prospects: Int) {
        guard sales > 0, prospects > 0, sales <= prospects, deliveries >= 0,
              let required = PlanArithmetic.ceilDiv(deliveries, times: prospects, over: sales) else { return nil }
        self.deliveries = deliveries
        self.sales = sales
        self.prospects = prospects
        requiredNewProspects = required
        let rate = Double(sales) / Double(prospects)
        steps = [
            PlanStep(.refillCloseRate(sales: sales, prospects: prospects), result: rate),
            PlanStep(.prospectsPerSale(sales: sales, prospects: prospects), result: Double(prospects) / Double(sales)),
            PlanStep(.requiredNewProspects(deliveries: deliveries, sales: sales, prospects: prospects),
                     result: Double(deliveries) * Double(prospects) / Double(sales), rounded: required),
        ]
    }
}
