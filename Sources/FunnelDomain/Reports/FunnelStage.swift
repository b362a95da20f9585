import FunnelStore

/// One stage of a funnel: how many got this far, the rows, and its ratios.
public struct FunnelStage: Sendable {
    public let kind: FunnelStageKind
    /// Traffic entries for the first stage, cards for the others.
    public let rows: KPIRows
    public let count: Int
    /// `count ÷` the stage before's count; `nil` for the first stage, undefined on 0.
    public let ratioToPrevious: KPIValue?
    /// `count ÷` new cards; `nil` for the traffic stage, undefined on 0.
    public let ratioToNewCards: KPIValue?
    /// New cards that meet this stage's own condition, whether or not they passed the
    /// stages before (e.g. ordered without a test drive); equals `count` for the first two.
    public let reached: Int
    /// `reached` minus the funnel's `count`: cards that met the condition but skipped an
    /// earlier stage, listed so nothing is hidden.
    public let skipped: Bitmap
}
