import FunnelStore

/// The part of a `KPIBasis` that costs a pass over the data, kept apart so the
/// evaluator can cache it per period without the basis's reference back to the
/// evaluator (which would make a cycle).
struct KPIBasisSets: Sendable {
    let window: AsOfPeriod
    let prospects: ProspectBase
    /// Cards captured by T.
    let existing: Bitmap
    let visited: Bitmap
    let returned: Bitmap
    let testDriven: Bitmap
    let trafficInPeriod: Bitmap

    /// Each set is a comparison per card against a day found once per dataset
    /// (`CardMilestones`), so a period costs a few passes over plain arrays and never
    /// the follow-up walk of `CardFacts`.
    init(fields: DerivedFields, traffic: TrafficColumns, window: AsOfPeriod) {
        self.window = window
        prospects = fields.prospectBase(window)
        let t = window.asOf
        (existing, visited, returned, testDriven) = fields.milestones.sets(asOf: t)
        trafficInPeriod = traffic.inPeriod(window)
    }
}
