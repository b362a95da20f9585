import FunnelDomain
import FunnelEngine
import FunnelStore

/// The words of the key management report, the prospect progress sheet and callbacks
/// (domain.md §8.2).
enum SeedReportText {
    static func text(_ phrase: SeedReportPhrase) -> String {
        switch phrase {
        case .keyReportHeading(let current, let previous, let field):
            "key management report (关键管理报表) for \(current), against \(previous)"
                + (field.map { " by \($0)" } ?? "")
        case .keyReportChange:
            "change: percentage points for a rate, the difference for a count; relative: (P − Q) ÷ Q"
        case .previousLikeForLike(let previous, let current):
            "\(previous.period.label) is counted as of \(previous.asOf), as far into it as \(current.period.label) "
                + "is into itself"
        case .levelsHeading(let day, let period):
            "cards following on \(day), the day before \(period), by level (seed 001): "
                + ProspectLevel.allCases.map { "\($0.name) = \($0.grade.token)" }.joined(separator: ", ")
                + ", then N and no grade"
        case .sourcesHeading(let period):
            "new cards of \(period) by source:"
        case .noSourceField:
            "the data has no source field: new cards are not split by source"
        case .expectationsHeading(let period):
            "orders and deliveries of \(period), expected and achieved:"
        case .expectationsMeaning(let day):
            "expected: orders from the cards at P1, P2 or P3 on \(day) (an order within a month), deliveries from "
                + "those at P0 (ordered, not delivered); achieved: every card's in the period; target: the targets "
                + "table's deliveries"
        case .callbacksToMake(let listed, let tally, let day, let rule):
            "\(listed) \(callbacks(listed)) to make on \(day) (成交回访): \(tally.considered) open that day, "
                + "\(tally.dueOnDay) due on it, \(tally.made) made already; " + self.rule(rule)
        case .callbacksMissed(let listed, let tally, let window, let rule):
            "\(listed) \(callbacks(listed)) missed in \(window.period.label): of \(tally.considered) whose window "
                + "closed in it before \(window.today), \(tally.made) made in time; " + self.rule(rule)
        }
    }

    private static func callbacks(_ count: Int) -> String { count == 1 ? "callback" : "callbacks" }

    /// `due 1, 7 and 30 days after delivery, made by a follow-up within 2 days of the due day`.
    private static func rule(_ rule: CallbackRule) -> String {
        let days = rule.days.map(String.init)
        let list = days.count > 1 ? days.dropLast().joined(separator: ", ") + " and " + (days.last ?? "")
            : days.joined()
        return "due \(list) \(rule.days == [1] ? "day" : "days") after delivery, made by a follow-up from the due day "
            + "to \(rule.grace) \(rule.grace == 1 ? "day" : "days") after it"
    }
}
