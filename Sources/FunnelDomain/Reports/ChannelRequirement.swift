import FunnelStore

/// New cards a plan needs from one capture channel.
public struct ChannelRequirement: Sendable, Hashable {
    /// `nil` for cards without a channel.
    public let channel: Channel?
    /// New cards of the channel in the reference period.
    public let referenceCount: Int
    /// Their share of the reference period's new cards.
    public let share: Double
    /// Required new cards of the channel, rounded up.
    public let required: Int
}
