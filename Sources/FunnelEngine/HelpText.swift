import FunnelSyntax
import FunnelText

/// `help` and `help STATEMENT`: every statement with what it does and an example.
/// The examples are parsed by the test suite, so they cannot go stale.
public enum HelpText {
    public struct Topic: Sendable {
        public let name: String
        public let usage: String
        public let summary: String
        public let examples: [String]
    }

    public static let topics: [Topic] = [
        Topic(name: "select", usage: "select [FIELD, ... from | * from] TABLE [where CONDITION] [order by FIELD [asc|desc], ...] [limit N] [as of DATE]",
              summary: "List rows. `select customers` shows each card's id, name, phone, model, channel, consultant, created, grade and status, plus any derived field the condition uses; `select * from` shows every stored field.",
              examples: ["select customers where grade = H and card_age > 60",
                         "select name, phone, card_age from customers where overdue order by card_age desc limit 20",
                         "select followups where customer.grade = H and date in 2010-10"]),
        Topic(name: "count", usage: "count TABLE [where CONDITION] [by FIELD|GRAIN|GRAIN(FIELD), ...] [order by ...] [limit N] [as of DATE]",
              summary: "Count rows, in all or per group. Group by any field, by the table's own date as day, week, month, quarter or year, or by another date field with week(delivered) and the like.",
              examples: ["count customers where status = following by consultant",
                         "count followups where kind = visit and date in 2010-10 by consultant, week",
                         "count traffic by week, result"]),
        Topic(name: "sum", usage: "count | sum FIELD | avg FIELD | min FIELD | max FIELD, ... from TABLE [where ...] [by ...]",
              summary: "Aggregate numbers and dates: sum and avg of numbers, avg, min and max of numbers and dates, min and max of text. Columns are named count, sum_FIELD, avg_FIELD, ...",
              examples: ["avg card_age, max created from customers where status = following by grade",
                         "count, sum key_questions from customers by month(created)"]),
        Topic(name: "let", usage: "let NAME = VALUE",
              summary: "Name a value or period for the rest of the session or script; use it as NAME or $NAME.",
              examples: ["let m = 2010-10", "count customers where created in $m by channel"]),
        Topic(name: "help", usage: "help [STATEMENT]", summary: "This text, or one statement's.",
              examples: ["help select"]),
    ]

    /// Conditions, values and periods: shared by every statement.
    public static let conditions = """
        Conditions:  = != < <= > >=   in (a, b)   not in (...)   in PERIOD   between A and B
                     contains "text"   like "明%"   is null   is not null   a boolean field alone (visited)
                     combined with and, or, not and parentheses.
        Values:      bare words (H, walkin, 进店), "quoted text", numbers, dates 2010-10-05, today.
        Periods:     2010-10-05  2010-W41  2010-10  2010-Q4  2010  2010-10-01..2010-10-15
        Fields:      stored fields, their Chinese names (渠道, 意向级别, ...), derived card fields
                     (status, card_age, visits, ...), and customer.FIELD from followups and traffic.
        Statements end at ';' or at the end of a line; a line that starts with where, and, or,
        order, by, limit or as continues the statement above it. Comments start with -- or #.
        """

    static func text(for topic: Name?) throws(EvaluationError) -> String {
        guard let topic else {
            var lines = ["Statements (help STATEMENT for more):", ""]
            for t in topics { lines.append("  " + t.usage) }
            lines += ["", conditions]
            return lines.joined(separator: "\n")
        }
        let word = topic.text.lowercased()
        let aliases = ["avg": "sum", "min": "sum", "max": "sum"]
        guard let found = topics.first(where: { $0.name == (aliases[word] ?? word) }) else {
            var message = "no help on '\(topic.text)'"
            if let guess = Suggestion.nearest(to: topic.text, in: topics.map(\.name)) {
                message += " — did you mean '\(guess)'?"
            } else {
                message += ": try " + topics.map(\.name).joined(separator: ", ")
            }
            throw EvaluationError(message, at: topic.range)
        }
        var lines = [found.usage, "", found.summary, "", "Examples:"]
        lines += found.examples.map { "  " + $0 }
        return lines.joined(separator: "\n")
    }
}
