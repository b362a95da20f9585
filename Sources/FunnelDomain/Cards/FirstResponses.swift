import FunnelStore

/// How soon each card was first contacted after its capture (domain.md §8.1, seed 004:
/// a new lead is to be contacted within 1 hour): the time from the card's capture
/// (`created`, a date-time) to its first follow-up (by date, then time of day).
///
/// The first follow-up is the earliest by day, and within its day by time, a follow-up
/// without a time counting as the day's first (so its time, and the response, is not
/// known). A card whose capture contact is itself recorded as a follow-up at the
/// capture's moment (a walk-in received, a call answered) responded in 0 minutes; a
/// follow-up recorded before the capture (typed in afterwards) counts as a response at
/// once. Nothing here depends on T but which follow-ups exist: the first follow-up
/// exists as of T when its day is on or before T, and then it is also the first by T.
public struct FirstResponses: Sendable {
    /// Minutes within which a first response is on time (seed 004: 1 hour).
    public static let limit = 60
    /// `minutes` of a card whose capture or first follow-up has no time of day.
    public static let unknown = Int32.min

    public let count: Int
    /// Day of each card's first follow-up; `Int32.max` for a card with none.
    public let firstDay: [Int32]
    /// Minutes from capture to the first follow-up (negative when the follow-up is
    /// recorded earlier); `unknown` when either has no time, or there is no follow-up.
    public let minutes: [Int32]
    /// Cards whose capture has a time of day.
    public let captureTimed: Bitmap

    public init(dataset: Dataset) {
        let n = dataset.customers.rowCount
        count = n
        let created = dataset.customers.column("created")
        let createdDays = created?.daysOrMax ?? []
        let createdMinutes = created?.minutes
        var timed = Bitmap(count: n)
        if let createdMinutes, createdMinutes.count == n, createdDays.count == n {
            for card in 0..<n where createdMinutes[card] >= 0 && createdDays[card] != .max { timed.insert(card) }
        }
        captureTimed = timed

        // The earliest follow-up of each card, one pass over the table.
        let date = dataset.followups.column("date")
        let days = date?.daysOrMax ?? []
        let times = date?.minutes
        let cardOfRow = dataset.links.followupCard
        var firstDay = [Int32](repeating: .max, count: n)
        var firstMinute = [Int16](repeating: TimeOfDay.none, count: n)
        for row in 0..<min(days.count, cardOfRow.count) {
            let card = Int(cardOfRow[row])
            let day = days[row]
            guard card >= 0, card < n, day != .max else { continue }
            let minute = times.map { row < $0.count ? $0[row] : TimeOfDay.none } ?? TimeOfDay.none
            if (day, minute) < (firstDay[card], firstMinute[card]) {
                firstDay[card] = day
                firstMinute[card] = minute
            }
        }
        var minutes = [Int32](repeating: FirstResponses.unknown, count: n)
        for card in 0..<n where firstDay[card] != .max && firstMinute[card] >= 0 && timed[card] {
            guard let captureMinute = createdMinutes?[card] else { continue }
            let elapsed = TimeOfDay.minutes(from: (createdDays[card], captureMinute),
                                            to: (firstDay[card], firstMinute[card]))
            minutes[card] = Int32(clamping: elapsed)
        }
        self.firstDay = firstDay
        self.minutes = minutes
    }

    /// As of T, the cards whose first response can be told (`known`: a timed capture,
    /// and either a timed first follow-up by T or none yet, which is not a response in
    /// time) and those of them first contacted within the hour (`onTime`).
    public func sets(asOf day: Day) -> (known: Bitmap, onTime: Bitmap) {
        let t = day.rawValue
        var known = Bitmap(count: count)
        var onTime = Bitmap(count: count)
        captureTimed.forEachRow { card in
            guard card < count else { return }
            if firstDay[card] > t {
                known.insert(card)  // not contacted by T
            } else if minutes[card] != FirstResponses.unknown {
                known.insert(card)
                if minutes[card] <= Int32(FirstResponses.limit) { onTime.insert(card) }
            }
        }
        return (known, onTime)
    }

    /// Minutes from a card's capture to its first follow-up, when both have times.
    public func responseMinutes(ofCard card: Int) -> Int? {
        guard card >= 0, card < count, minutes[card] != FirstResponses.unknown else { return nil }
        return Int(minutes[card])
    }
}
