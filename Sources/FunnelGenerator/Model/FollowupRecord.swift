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
    /// The capture contact itself, recorded with the grade it set (domain.md §2.1): its
    /// traffic entry, if any, is the `captured` one, and the demo's touch-ups leave it be.
    var capture = false
    /// A post-delivery callback (成交回访, about 1, 7 and 30 days after delivery).
    var callback = false
}
