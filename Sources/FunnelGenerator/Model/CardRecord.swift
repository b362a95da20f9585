import FunnelStore

/// One customer card as generated, before it is written.
///
/// Strings that repeat across cards (model, source, city, consultant) are indices
/// into tables that are escaped once; names and phones are short inline strings.
struct CardRecord: Sendable {
    var name: String
    var phone: String
    /// Index into `Catalog.models`, or `nil` for a card whose model was left empty.
    var model: Int?
    var channel: Channel
    /// Source text (empty: not recorded).
    var source: String
    var consultant: Int32
    var created: Day
    /// Minute of the day the capture happened (for the traffic entry, and `created`'s time).
    var createdMinute: Int16
    /// Whether `created` is written as a date-time (most captures are timed; some
    /// exports give the day alone).
    var createdHasTime = false
    var grade: Grade
    var kind: CardKind
    var keyQuestions: Int8
    var nextFollowup: Day?
    var ordered: Day?
    var delivered: Day?
    var lost: Day?
    var lostReason: LostReason?
    var dormant: Day?
    /// Extra columns: index into `Catalog.cities`, age in years, budget in tenths of 10,000 CNY.
    var city: Int8?
    var age: Int8?
    var budgetTenths: Int16?
    /// Follow-ups in date order, all within the card's life.
    var followups: [FollowupRecord]
}
