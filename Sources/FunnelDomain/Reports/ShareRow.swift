import FunnelStore

/// One row of a breakdown: a label, its cards, their count and their share of the
/// whole (undefined when the whole is empty).
public struct ShareRow: Sendable {
    /// The value (`competitor`, `H`, `Octavia`, `0-7`), `(none)` for cards without one.
    public let key: KPIGroupKey
    /// The value in Chinese where the field has a vocabulary (`已购竞品`, `H级`), else the key.
    public let chineseLabel: String
    public let cards: Bitmap
    public let count: Int
    /// `count ÷ total`.
    public let share: KPIValue
}
