import FunnelDomain
import FunnelStore

/// How one database spells what the compiler needs: quoting, dates and day numbers,
/// text order, filtered counts, date grains. One compiler writes every statement; a
/// dialect is the few words that differ between databases (PostgreSQL now; Spark SQL
/// is the next to add, docs/engines.md).
public struct SQLDialect: Sendable {
    public enum Kind: String, Sendable {
        case postgresql
    }

    public let kind: Kind

    public static let postgresql = SQLDialect(kind: .postgresql)

    /// The engine's name as `.engine` and messages say it.
    public var name: String {
        switch kind {
        case .postgresql: "PostgreSQL"
        }
    }

    /// `"name"`, with quotes inside doubled.
    public func identifier(_ name: String) -> String {
        "\"" + SQLDialect.doubling(name, "\"") + "\""
    }

    /// `'text'`, with quotes inside doubled (standard-conforming strings: a backslash is itself).
    public func literal(_ text: String) -> String {
        "'" + SQLDialect.doubling(text, "'") + "'"
    }

    /// The text with every `quote` doubled (and NUL, which no SQL text may hold, dropped).
    static func doubling(_ text: String, _ quote: Character) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 2)
        for character in text where character != "\u{0}" {
            out.append(character)
            if character == quote { out.append(quote) }
        }
        return out
    }

    public func date(_ day: Day) -> String { "DATE '\(day)'" }

    /// A date expression as its day number (days since 1970-01-01), the number
    /// `Day.rawValue` holds, so day arithmetic and comparisons are on integers.
    public func dayNumber(_ expression: String) -> String { "(\(expression) - DATE '1970-01-01')" }

    /// A date plus whole days (a number expression).
    public func plusDays(_ expression: String, _ days: String) -> String { "(\(expression) + \(days))" }

    /// Text compared by its code points, as Swift compares strings.
    public func textOrder(_ expression: String) -> String { "(\(expression) COLLATE \"C\")" }

    public func lower(_ expression: String) -> String { "lower(\(expression))" }

    /// Rows of a group where `condition` holds.
    public func countWhere(_ condition: String) -> String { "count(*) FILTER (WHERE \(condition))" }

    /// Distinct values of an expression among the rows where `condition` holds.
    public func countDistinctWhere(_ expression: String, _ condition: String) -> String {
        "count(DISTINCT \(expression)) FILTER (WHERE \(condition))"
    }

    public func boolOr(_ expression: String) -> String { "bool_or(\(expression))" }

    /// Whether a text matches a regular expression.
    public func matches(_ expression: String, regex: String) -> String { "(\(expression) ~ \(literal(regex)))" }

    /// A text with the given characters trimmed from both ends.
    public func trim(_ expression: String, characters: String) -> String {
        "btrim(\(expression), \(literal(characters)))"
    }

    /// The first day of the period of `grain` holding a date (ISO weeks start on Monday).
    public func periodStart(_ expression: String, _ grain: PeriodGrain) -> String {
        switch grain {
        case .day: expression
        case .week: "(date_trunc('week', \(expression))::date)"
        case .month: "(date_trunc('month', \(expression))::date)"
        case .quarter: "(date_trunc('quarter', \(expression))::date)"
        case .year: "(date_trunc('year', \(expression))::date)"
        }
    }

    /// ISO weekday of a date, Monday 1 ... Sunday 7.
    public func isoWeekday(_ expression: String) -> String { "(EXTRACT(ISODOW FROM \(expression))::int)" }

    /// `strpos`: whether `needle` occurs in the text.
    public func containsText(_ expression: String, _ needle: String) -> String {
        "(strpos(\(expression), \(literal(needle))) > 0)"
    }

    /// SQL LIKE with no escape character, as Funnel's `like` has none.
    public func like(_ expression: String, _ pattern: String) -> String {
        "(\(expression) LIKE \(literal(pattern)) ESCAPE '')"
    }

    /// A number as SQL text.
    public func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// A value of the list's position (1-based) in an array, for ordering enum tokens
    /// by their vocabulary.
    public func position(_ expression: String, in tokens: [String]) -> String {
        "array_position(ARRAY[\(tokens.map(literal).joined(separator: ", "))]::text[], \(expression))"
    }
}
