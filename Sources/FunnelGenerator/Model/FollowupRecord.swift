import FunnelStore

/// One follow-up of a card.
struct FollowupRecord: Sendable {
    var day: Day
    /// Minute of the day; written only when `hasTime`.
    var minute: Int16
    var hasTime: Bool
    var kind: FollowupKind
    var consultant: Int32
    var intro: Bool
    var testDrive: Bool
    var negotiation: Bool
    var grade: Grade?
    /// Index into `Catalog.allNotes`, or -1.
    var note: Int16
    /// A call the customer made to the showroom: it is also a `call`/`followup` traffic entry.
    var incoming: Bool
}
