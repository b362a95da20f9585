/// Which group each card and each traffic entry belongs to, for evaluating a KPI for
/// every group in one pass (`KPIBasis.values(of:groupedBy:in:)`) instead of once per
/// group. The engine's own grouping gives exactly this: a group number per row, -1 for
/// rows in no group.
public struct KPIGroupAssignment: Sendable {
    public let groupCount: Int
    /// Group of each card row (`0..<groupCount`), -1 for none.
    public let cardGroup: [Int32]
    /// Group of each traffic row, -1 for none.
    public let trafficGroup: [Int32]
    /// Whose targets each group has (for `plan_achievement`).
    public let targets: [TargetSelection]

    /// Group numbers outside `0..<groupCount` count as no group; `targets` shorter than
    /// `groupCount` leaves the rest without a target.
    public init(groupCount: Int, cardGroup: [Int32], trafficGroup: [Int32], targets: [TargetSelection]) {
        self.groupCount = max(0, groupCount)
        self.cardGroup = cardGroup
        self.trafficGroup = trafficGroup
        self.targets = targets
    }

    /// Whose targets a group has; none for a group number it was not given.
    public func target(of group: Int) -> TargetSelection {
        group < targets.count ? targets[group] : .notApplicable(.notGiven)
    }
}
