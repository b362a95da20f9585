import FunnelStore

/// A follow-up of a card, by the card's id.
struct FollowupSpec: Sendable {
    var card: String
    var date: String
    var kind: FollowupKind = .call
    var intro = false
    var testDrive = false
    var negotiation = false
    /// The grade the follow-up set, if any.
    var grade: Grade? = nil
}
