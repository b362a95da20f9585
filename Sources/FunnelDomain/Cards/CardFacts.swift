import FunnelStore

/// The derived fields of every card as of one day T (domain.md §3), column by column:
/// element `c` of each array, bit `c` of each bitmap, is card row `c`.
///
/// **Cards created after T do not exist as of T.** `exists` marks the cards captured
/// on or before T, and every bitmap here is a subset of it: a card captured tomorrow
/// is not following, not visited, not overdue today. For a card that does not exist
/// the counts are 0, `lastContact` is `Int32.max` ("none"), `cardAge` is still
/// `T - created` (negative, so `card_age >= 0` also means "exists"), and `status` is
/// what the precedence rule gives on its dates (normally `active`); consumers
/// restrict to `exists` before counting, as `ProspectBase` does.
public struct CardFacts: Sendable {
    /// T.
    public let asOf: Day
    /// Number of cards (rows of the customers table).
    public let count: Int
    /// Cards captured on or before T.
    public let exists: Bitmap
    /// `CardStatus` raw values.
    public let status: [UInt8]
    /// Status order, dormant or active, and the card exists.
    public let following: Bitmap
    /// `T - created` in whole days; a card captured on T is 0 days old.
    public let cardAge: [Int32]
    /// Distinct days <= T on which the customer came to the showroom: the capture day
    /// of a walk-in card, and the days of follow-ups of kind `visit`.
    public let visits: [Int32]
    /// `visits >= 1`.
    public let visited: Bitmap
    /// Follow-ups dated <= T with a test drive.
    public let testDrives: [Int32]
    /// Follow-ups dated <= T.
    public let followupCount: [Int32]
    /// Latest of `created` and the follow-up dates <= T, as a day number; `Int32.max`
    /// for a card that does not exist.
    public let lastContact: [Int32]
    /// Following, not dormant, and the next follow-up is before T: the planned one
    /// (`next_followup`) on and after the snapshot day, the cycle due date before it.
    public let overdue: Bitmap
    /// Following, not dormant, and the next follow-up (planned, or by cycle before the
    /// snapshot day) is on T.
    public let due: Bitmap
    /// Name, valid phone and model present (and the card exists).
    public let complete: Bitmap
    /// May be set dormant: active, and either a phone/outreach card older than 15 days
    /// that never visited, or a visited card whose follow-ups <= T include an intro, a
    /// negotiation and a test drive.
    public let dormantEligible: Bitmap
    /// Following, not dormant: the last contact plus the follow-up cycle of the grade at
    /// T, as a day number (domain.md §8); `Int32.max` for none (another status, a grade
    /// without a cycle, or unknown at T).
    public let cycleDue: [Int32]
    /// T is before the snapshot day, so `due` and `overdue` follow `cycleDue` rather than
    /// the stored plan (domain.md §2.1).
    public let dueByCycles: Bool

    /// Computes the facts of a dataset from scratch. `DerivedFields` does the same with
    /// the per-dataset preparation done once and results cached; use it when asking
    /// for more than one T.
    public init(dataset: Dataset, asOf: Day) {
        self = CardFactsKernel.compute(cards: CardColumns(customers: dataset.customers),
                                       trail: FollowupTrail(dataset: dataset), asOf: asOf,
                                       snapshot: DerivedFields.snapshotDay(of: dataset),
                                       cycles: dataset.followupCycles ?? .standard)
    }

    init(asOf: Day, count: Int, exists: Bitmap, status: [UInt8], following: Bitmap, cardAge: [Int32],
         visits: [Int32], visited: Bitmap, testDrives: [Int32], followupCount: [Int32], lastContact: [Int32],
         overdue: Bitmap, due: Bitmap, complete: Bitmap, dormantEligible: Bitmap, cycleDue: [Int32],
         dueByCycles: Bool) {
        self.asOf = asOf
        self.count = count
        self.exists = exists
        self.status = status
        self.following = following
        self.cardAge = cardAge
        self.visits = visits
        self.visited = visited
        self.testDrives = testDrives
        self.followupCount = followupCount
        self.lastContact = lastContact
        self.overdue = overdue
        self.due = due
        self.complete = complete
        self.dormantEligible = dormantEligible
        self.cycleDue = cycleDue
        self.dueByCycles = dueByCycles
    }

    /// Days past the cycle due date at T (0 when it is T or later); `nil` without one.
    public func daysLate(ofCard card: Int) -> Int? {
        guard card >= 0, card < cycleDue.count, cycleDue[card] != .max else { return nil }
        return max(0, Int(asOf.rawValue) - Int(cycleDue[card]))
    }

    /// Following, not dormant cards whose cycle due date is before T (`overdue by cycle`).
    public var overdueByCycle: Bitmap {
        cards(whoseCycleDue: { $0 < asOf.rawValue })
    }

    /// Following, not dormant cards whose cycle due date is the given day (`due tomorrow`:
    /// T + 1).
    public func dueByCycle(on day: Day) -> Bitmap {
        cards(whoseCycleDue: { $0 == day.rawValue })
    }

    /// Cards with a cycle due date that passes the test.
    private func cards(whoseCycleDue test: (Int32) -> Bool) -> Bitmap {
        var words = [UInt64](repeating: 0, count: (count + 63) >> 6)
        for card in 0..<min(count, cycleDue.count) where cycleDue[card] != .max && test(cycleDue[card]) {
            words[card >> 6] |= 1 << UInt64(card & 63)
        }
        return Bitmap(words: words, count: count) & exists
    }

    /// The status of one card, or `nil` for a row out of range.
    public func status(ofCard card: Int) -> CardStatus? {
        guard card >= 0, card < status.count else { return nil }
        return CardStatus(rawValue: status[card])
    }

    /// Existing cards whose status is one of `statuses` (pass `CardStatus.following`
    /// for `status = following`).
    public func cards(withStatus statuses: [CardStatus]) -> Bitmap {
        var wanted = [Bool](repeating: false, count: 256)
        for s in statuses { wanted[Int(s.rawValue)] = true }
        var words = [UInt64](repeating: 0, count: (count + 63) >> 6)
        for card in 0..<count where wanted[Int(status[card])] {
            words[card >> 6] |= 1 << UInt64(card & 63)
        }
        return Bitmap(words: words, count: count) & exists
    }

    /// One derived field as a store column named by the field, for code that treats
    /// derived and stored fields alike (the query language, `.schema`). Rows of cards
    /// that do not exist as of T are null. Allocates a fresh column on each call.
    public func column(_ field: DerivedField) -> Column {
        var present: Bitmap? = exists
        let values: ColumnValues
        switch field {
        case .status: values = .enumeration(codes: status, vocabulary: CardStatus.vocabulary)
        case .following: values = .bool(following)
        case .cardAge: values = .int(cardAge.map(Int64.init))
        case .visits: values = .int(visits.map(Int64.init))
        case .visited: values = .bool(visited)
        case .testDrives: values = .int(testDrives.map(Int64.init))
        case .followupCount: values = .int(followupCount.map(Int64.init))
        case .lastContact: values = .date(lastContact.map { $0 == .max ? 0 : $0 })
        case .overdue: values = .bool(overdue)
        case .due: values = .bool(due)
        case .complete: values = .bool(complete)
        case .dormantEligible: values = .bool(dormantEligible)
        case .cycleDue:
            values = .date(cycleDue.map { $0 == .max ? 0 : $0 })
            present = cards(whoseCycleDue: { _ in true })
        case .daysLate:
            values = .int((0..<count).map { Int64(daysLate(ofCard: $0) ?? 0) })
            present = cards(whoseCycleDue: { _ in true })
        }
        return Column(name: field.name, values: values, present: present, count: count)
    }
}
