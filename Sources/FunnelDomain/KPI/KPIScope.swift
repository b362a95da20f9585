import FunnelStore

/// What a KPI is counted over within its period: the cards a `where` and a group
/// leave, the traffic rows they leave, and whose targets apply.
///
/// `nil` means "no restriction". A bitmap of the wrong length (a different dataset)
/// is cut or padded with clear bits to the table's length rather than trapping.
public struct KPIScope: Sendable {
    /// Card rows; `nil` for every card.
    public var cards: Bitmap?
    /// Traffic rows; `nil` for every entry.
    public var traffic: Bitmap?
    /// Which rows of `targets` give the denominator of `plan_achievement`.
    public var targets: TargetSelection

    public init(cards: Bitmap? = nil, traffic: Bitmap? = nil, targets: TargetSelection = .dealerWide()) {
        self.cards = cards
        self.traffic = traffic
        self.targets = targets
    }

    /// Every card, every traffic entry, the dealer's own targets.
    public static let all = KPIScope()

    /// The same scope narrowed to a group's cards and traffic, with the group's targets.
    public func narrowed(to group: KPIGroup) -> KPIScope {
        KPIScope(cards: cards.map { Bitmap.sameLength($0, group.cards) & group.cards } ?? group.cards,
                 traffic: traffic.map { Bitmap.sameLength($0, group.traffic) & group.traffic } ?? group.traffic,
                 targets: targets.narrowed(to: group.targets))
    }
}
