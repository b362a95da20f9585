/// Follow-ups and traffic tied to their cards by row index, resolved once at load time.
public struct CardLinks: Sendable {
    /// Card row of each follow-up, or -1 when it names no known card.
    public let followupCard: [Int32]
    /// Card row of each traffic entry, or -1 when it names none.
    public let trafficCard: [Int32]
    /// `followupRows[followupOffsets[c] ..< followupOffsets[c + 1]]` are card `c`'s
    /// follow-ups, in date order.
    public let followupOffsets: [Int32]
    public let followupRows: [Int32]

    public init(followupCard: [Int32], trafficCard: [Int32], followupOffsets: [Int32], followupRows: [Int32]) {
        self.followupCard = followupCard
        self.trafficCard = trafficCard
        self.followupOffsets = followupOffsets
        self.followupRows = followupRows
    }

    /// The card row of each row of `table` (follow-ups and traffic); `nil` for a
    /// table whose rows name no card.
    public func cardOfRow(in table: TableKind) -> [Int32]? {
        switch table {
        case .followups: followupCard
        case .traffic: trafficCard
        case .customers, .targets: nil
        }
    }

    /// The follow-up rows of a card, in date order.
    public func followups(ofCard card: Int) -> ArraySlice<Int32> {
        guard card >= 0, card + 1 < followupOffsets.count else { return [] }
        return followupRows[Int(followupOffsets[card])..<Int(followupOffsets[card + 1])]
    }
}
