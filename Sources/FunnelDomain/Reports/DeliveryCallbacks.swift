import FunnelStore

/// When delivered cards are called back (成交回访, domain.md §8.2, ours): a callback is due
/// on each of `days` after the delivery day, and is made by a follow-up of the card (of
/// any kind, by anyone) dated from its due day to the end of its grace window, `grace`
/// days later.
public struct CallbackRule: Hashable, Sendable {
    /// Days after delivery, ascending, without repeats.
    public let days: [Int]
    /// Days after the due day a callback may still be made.
    public let grace: Int

    /// 1, 7 and 30 days after delivery, each with two days' grace (ours).
    public static let standard = CallbackRule(days: [1, 7, 30], grace: 2)

    /// Negative numbers count as 0; an empty list of days is the standard one.
    public init(days: [Int], grace: Int) {
        let sorted = Array(Set(days.map { max(0, $0) })).sorted()
        self.days = sorted.isEmpty ? CallbackRule.standard.days : sorted
        self.grace = max(0, grace)
    }
}

/// One callback of a delivered card.
public struct DeliveryCallback: Hashable, Sendable {
    /// The card's row.
    public let card: Int
    public let delivered: Day
    /// Its day after delivery (1, 7, 30).
    public let daysAfter: Int
    /// `delivered + daysAfter`.
    public let due: Day
    /// The last day of its grace window.
    public let closes: Day
    /// The first follow-up of the card in its window, up to the day the list is for.
    public let made: Day?
}

/// The callbacks of delivered cards on a day, or those missed in a period.
///
/// - `callbacks DAY` (to make): the callbacks whose window is open on the day (due on
///   it or before, closing on it or after) and not yet made by it, the ones due that
///   very day first in importance; those already made are counted, not listed.
/// - `callbacks missed for P`: the callbacks whose window closed in P before today
///   with no follow-up of the card in it. A window that closes today can still be
///   met today, so it is in today's list rather than among the missed. Every callback
///   is judged once, in the period its window closes in, by the follow-ups dated in
///   its window, which all lie on or before T.
public struct DeliveryCallbacks: Sendable {
    /// How many callbacks were looked at, and what became of them.
    public struct Tally: Hashable, Sendable {
        /// Windows open on the day (to make) or closed in the period (missed).
        public var considered = 0
        /// Made in their window (by the day, for those still open).
        public var made = 0
        /// Due on the day itself (to make only).
        public var dueOnDay = 0
    }

    public let rule: CallbackRule
    /// The day of a to-make list; for a missed list, its period's T.
    public let asOf: Day
    /// The period of a missed list.
    public let window: AsOfPeriod?
    /// The listed callbacks, by due day, then card row.
    public let callbacks: [DeliveryCallback]
    public let tally: Tally

    /// The callbacks to make on `day`, as known on `known` (today, or `as of`): a day
    /// after it lists the callbacks of the deliveries made by then, with only the
    /// follow-ups made by then (domain.md §2.1).
    public static func toMake(_ evaluator: KPIEvaluator, on day: Day, knownAt known: Day? = nil,
                              rule: CallbackRule = .standard, cards: Bitmap? = nil) -> DeliveryCallbacks {
        var tally = Tally()
        var listed: [DeliveryCallback] = []
        each(evaluator, rule: rule, upTo: day, knownAt: min(known ?? day, day), cards: cards) { callback in
            guard callback.due <= day, day <= callback.closes else { return }
            tally.considered += 1
            if callback.due == day { tally.dueOnDay += 1 }
            if callback.made != nil { tally.made += 1 } else { listed.append(callback) }
        }
        return DeliveryCallbacks(rule: rule, asOf: day, window: nil, callbacks: sorted(listed), tally: tally)
    }

    /// The callbacks whose window closed in P before today without one made.
    public static func missed(_ evaluator: KPIEvaluator, in window: AsOfPeriod, rule: CallbackRule = .standard,
                              cards: Bitmap? = nil) -> DeliveryCallbacks {
        var tally = Tally()
        var listed: [DeliveryCallback] = []
        let last = min(window.asOf, window.today - 1)
        each(evaluator, rule: rule, upTo: window.asOf, knownAt: window.asOf, cards: cards) { callback in
            guard window.start <= callback.closes, callback.closes <= last else { return }
            tally.considered += 1
            if callback.made != nil { tally.made += 1 } else { listed.append(callback) }
        }
        return DeliveryCallbacks(rule: rule, asOf: window.asOf, window: window, callbacks: sorted(listed),
                                 tally: tally)
    }

    /// Every callback of a card delivered (and captured) by `known`, due by `day`, with
    /// the first follow-up in its window up to `known` (`known <= day`).
    private static func each(_ evaluator: KPIEvaluator, rule: CallbackRule, upTo day: Day, knownAt known: Day,
                             cards: Bitmap?, _ body: (DeliveryCallback) -> Void) {
        let columns = evaluator.fields.cards
        let trail = evaluator.fields.trail
        let t = Int(day.rawValue), knownDay = Int(known.rawValue)
        let n = min(columns.count, columns.delivered.count, columns.created.count)
        let kept = cards.map { Bitmap.resized($0, to: columns.count) }
        for card in 0..<n {
            let delivered = Int(columns.delivered[card])
            guard delivered <= knownDay, Int(columns.created[card]) <= knownDay, kept?[card] ?? true else { continue }
            let from = card < trail.offsets.count - 1 ? Int(trail.offsets[card]) : 0
            let to = card < trail.offsets.count - 1 ? min(Int(trail.offsets[card + 1]), trail.dates.count) : 0
            for after in rule.days {
                let due = delivered + after
                guard due <= t else { break }
                let closes = due + rule.grace
                var made: Int?
                for k in from..<max(from, to) {
                    let date = Int(trail.dates[k])
                    if date >= due && date <= min(closes, knownDay) {
                        made = date
                        break
                    }
                }
                body(DeliveryCallback(card: card, delivered: dayOf(delivered), daysAfter: after, due: dayOf(due),
                                      closes: dayOf(closes), made: made.map(dayOf)))
            }
        }
    }

    private static func dayOf(_ raw: Int) -> Day { Day(rawValue: Int32(clamping: raw)) }

    private static func sorted(_ callbacks: [DeliveryCallback]) -> [DeliveryCallback] {
        callbacks.sorted { ($0.due, $0.card, $0.daysAfter) < ($1.due, $1.card, $1.daysAfter) }
    }
}
