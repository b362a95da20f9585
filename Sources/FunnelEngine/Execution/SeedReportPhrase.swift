import FunnelDomain
import FunnelStore

/// Headings and notes of the reports of domain.md §8.2 (the key management report, the
/// prospect progress sheet, callbacks), as facts; `FunnelOutput`'s `SeedReportText`
/// words them.
public enum SeedReportPhrase: Sendable {
    /// The key report's heading: P against the period before (as of their days), and
    /// the field it is broken down by.
    case keyReportHeading(current: AsOfPeriod, previous: AsOfPeriod, by: String?)
    /// What the change columns are.
    case keyReportChange
    /// The period before, counted up to the same day of its own as P so far.
    case previousLikeForLike(previous: AsOfPeriod, current: AsOfPeriod)

    /// The progress sheet's levels table: the level day, and the grades the levels are.
    case levelsHeading(levelDay: Day, period: String)
    /// The new cards table.
    case sourcesHeading(period: String)
    /// The data has no `source` field, so new cards are one column.
    case noSourceField
    /// The expected-and-achieved table: its heading, and what expected means.
    case expectationsHeading(period: String)
    case expectationsMeaning(levelDay: Day)

    /// A list of callbacks to make on a day: how many are open then, how many of those
    /// were already made, how many fall due that very day; and the rule.
    case callbacksToMake(listed: Int, tally: DeliveryCallbacks.Tally, day: Day, rule: CallbackRule)
    /// The callbacks missed in a period: how many, out of how many whose window closed in it.
    case callbacksMissed(listed: Int, tally: DeliveryCallbacks.Tally, window: AsOfPeriod, rule: CallbackRule)
}
