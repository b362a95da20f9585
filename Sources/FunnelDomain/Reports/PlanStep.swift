/// One step of a plan's arithmetic, written so a trainer can read it aloud:
/// `required base = target ÷ close rate = 20 ÷ 16.0% = 125`.
public struct PlanStep: Sendable {
    /// What the step finds: `required base`.
    public let label: String
    /// In words: `target ÷ close rate of 2010-09`.
    public let formula: String
    /// With numbers: `20 × 150 ÷ 24`.
    public let arithmetic: String
    /// The named numbers the step uses.
    public let inputs: [PlanNumber]
    /// The exact result; `nil` when it cannot be had (a rate of 0).
    public let result: Double?
    /// The result rounded up to whole cards or entries, when the step counts them.
    public let rounded: Int?
    /// How the result reads: `125 cards`, `16.0%`.
    public let resultText: String
    /// Why the plan stops here, or a remark (an estimate, a floor at 0).
    public let note: String?
}
