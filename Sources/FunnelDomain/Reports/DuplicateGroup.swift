/// Cards that share a phone and a model (重复客户): probably one intent entered twice.
public struct DuplicateGroup: Sendable {
    /// The phone as written on the group's first card.
    public let phone: String
    /// The model as written on the group's first card.
    public let model: String
    /// Card rows, earliest captured first (ties by row).
    public let cards: [Int]
}
