import FunnelStore

/// What a generation produced: record counts and bytes written.
public struct GenerationSummary: Hashable, Sendable {
    public var dealer: String
    public var asOf: Day
    public var consultants: Int
    public var cards: Int
    public var followups: Int
    public var traffic: Int
    public var targets: Int
    /// Total bytes over all files written.
    public var bytes: Int
    /// The files written, in writing order.
    public var files: [String]
}
