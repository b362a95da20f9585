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
    /// New cards with a record of this stage's step itself; equals `count` for the
    /// first two stages.
    public let reached: Int
    /// Cards counted at this stage because they reached a later one, with no record of
    /// this step itself (an order without a recorded test drive), listed so nothing is
    /// hidden.
    public let skipped: Bitmap
}
