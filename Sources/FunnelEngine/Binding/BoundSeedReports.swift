import FunnelDomain
import FunnelStore

/// `key report for P [by FIELD]`: P against the period before, for all the cards the
/// `where` keeps and per group of a card field.
public struct BoundKeyReport: Sendable {
    public let window: AsOfPeriod
    public let filter: BoundCardFilter
    public let by: BoundGroupField?
}

/// `prospect progress for P [by FIELD]`: per group (consultant unless said) the levels
/// on the day before P, P's new cards by source, orders and deliveries expected and
/// achieved.
public struct BoundProspectProgress: Sendable {
    public let window: AsOfPeriod
    public let filter: BoundCardFilter
    public let by: BoundGroupField
    /// The cards' `source`, when the data has one: new cards are counted by it.
    public let source: BoundGroupField?
}

/// `callbacks [DAY | missed [for P]] [at N, ...] [grace N]`: the callbacks of delivered
/// cards to make on a day, or those missed in a period, as a work list.
public struct BoundCallbacks: Sendable {
    public enum List: Sendable {
        /// Open on the day and not yet made, as known on the statement's T (today or
        /// `as of`; a day after T lists only what was known at T).
        case toMake(on: Day, knownAt: Day)
        /// Whose window closed in P before today without one made.
        case missed(AsOfPeriod)

        /// The day its cards are read as of: the list's day, or T when that is earlier.
        public var asOf: Day {
            switch self {
            case .toMake(let day, let known): min(day, known)
            case .missed(let window): window.asOf
            }
        }
    }

    public let list: List
    public let rule: CallbackRule
    public let filter: BoundCardFilter
    /// The card fields to show before the callback's own columns, `order by` and
    /// `limit`; as of the list's day.
    public let listing: BoundListing
    /// The card fields to show after the callback's columns.
    public let trailing: [BoundField]

    /// The day T the list is counted as of.
    public var asOf: Day { list.asOf }
}
