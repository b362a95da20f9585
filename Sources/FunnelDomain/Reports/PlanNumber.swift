/// A named number of a plan step.
public struct PlanNumber: Sendable, Hashable {
    public let name: String
    public let value: Double

    public init(_ name: String, _ value: Double) {
        self.name = name
        self.value = value
    }
}
