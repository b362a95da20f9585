import FunnelStore

/// Capture figures of one period or piece (集客进度): traffic, new traffic, captures,
/// capture rate, and new cards by channel.
public struct CaptureProgressRow: Sendable {
    public let window: AsOfPeriod
    /// Traffic entries in the piece (展厅流量).
    public let traffic: Int
    /// Entries with result followup.
    public let followupTraffic: Int
    /// Entries with result captured (留档).
    public let captures: Int
    /// New cards captured in the piece, by `Channel` raw value (walk-in, phone, outreach).
    public let newByChannel: [Int]
    /// New cards with no channel.
    public let newWithoutChannel: Int

    /// `traffic − followup` (新增流量).
    public var newTraffic: Int { traffic - followupTraffic }
    /// `captures ÷ new traffic` (留档率).
    public var captureRate: KPIValue { .ratio(captures, over: newTraffic) }
    /// New cards of every channel (留档数).
    public var newCards: Int { newByChannel.reduce(newWithoutChannel, +) }

    public func newCards(_ channel: Channel) -> Int {
        Int(channel.rawValue) < newByChannel.count ? newByChannel[Int(channel.rawValue)] : 0
    }
}
