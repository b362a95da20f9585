import FunnelStore

/// The rows that stand behind a KPI term, so a statement can list them: cards, traffic
/// entries, target rows, or none (a number of days).
public enum KPIRows: Sendable {
    case cards(Bitmap)
    case traffic(Bitmap)
    case targets(Bitmap)
    case none

    /// The table the rows belong to, or `nil`.
    public var table: TableKind? {
        switch self {
        case .cards: .customers
        case .traffic: .traffic
        case .targets: .targets
        case .none: nil
        }
    }

    /// The bitmap, or `nil` for `.none`.
    public var bitmap: Bitmap? {
        switch self {
        case .cards(let b), .traffic(let b), .targets(let b): b
        case .none: nil
        }
    }
}
