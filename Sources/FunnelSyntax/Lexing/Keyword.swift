/// Every keyword of the language, once, with what it is. The parser, the rule that
/// lets a line continue the statement above, completion and the prompt's note on a
/// line that ran on its own all read this table, so they cannot disagree.
///
/// Keywords are recognised in any case. Words the parser checks only in one place
/// and that play none of these roles (`deliveries`, `term`, `kpi` after `explain`)
/// are not listed: the parser names them where it checks them.
public struct Keyword: Hashable, Sendable {
    /// What a keyword is; one word can be several of these.
    public struct Roles: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Starts a statement: select, count, kpi, a report's first word, ...
        public static let statement = Roles(rawValue: 1 << 0)
        /// Opens a clause after the statement's head: where, by, pivot, order, limit, as.
        public static let clause = Roles(rawValue: 1 << 1)
        /// A line opening with it continues the statement above it.
        public static let continuation = Roles(rawValue: 1 << 2)
        /// Cannot be a field, table, KPI or variable name.
        public static let reserved = Roles(rawValue: 1 << 3)
        /// A date's day, week, month, quarter or year, or its hour or weekday, for `by`.
        public static let grain = Roles(rawValue: 1 << 4)
        /// A word that stands for a day where a date goes (`as of today`).
        public static let day = Roles(rawValue: 1 << 5)
    }

    /// The word, lowercase.
    public let word: String
    public let roles: Roles
    /// What completion inserts for it: the word, or the phrase it always opens
    /// (`order by`, `as of`, `lost reasons`, `close rate`, `age band`).
    public let phrase: String

    init(_ word: String, _ roles: Roles, phrase: String? = nil) {
        self.word = word
        self.roles = roles
        self.phrase = phrase ?? ReportKind.allCases.first { $0.words.count > 1 && $0.words.first == word }?.rawValue
            ?? word
    }

    /// The table. Order matters where completion lists keywords of one role: the
    /// statements in the order `help` and Tab show them, the clauses in the order
    /// they are usually written.
    public static let all: [Keyword] = [
        Keyword("select", [.statement, .reserved]),
        Keyword("count", .statement),
        Keyword("sum", .statement),
        Keyword("avg", .statement),
        Keyword("min", .statement),
        Keyword("max", .statement),
        Keyword("kpi", .statement),
        Keyword("explain", .statement),
        Keyword("funnel", .statement),
        Keyword("inventory", .statement),
        Keyword("lost", .statement),
        Keyword("structure", .statement),
        Keyword("capture", .statement),
        Keyword("followup", .statement),
        Keyword("conversion", .statement),
        // Not `due tomorrow` and `overdue by cycle`: the one-word lists come first.
        Keyword("due", .statement, phrase: "due"),
        Keyword("overdue", .statement, phrase: "overdue"),
        Keyword("contacted", .statement),
        Keyword("dormant", .statement),
        Keyword("duplicate", .statement),
        // The reports of domain.md §8.2: key report, prospect progress, callbacks.
        Keyword("key", .statement),
        Keyword("prospect", .statement),
        Keyword("callbacks", .statement),
        Keyword("plan", .statement),
        Keyword("score", .statement),
        Keyword("compare", .statement),
        // chart funnel ..., chart kpi ...: the statement's result drawn (to "FILE").
        Keyword("chart", .statement),
        Keyword("let", [.statement, .reserved]),
        Keyword("help", .statement),

        Keyword("where", [.clause, .continuation, .reserved]),
        Keyword("by", [.clause, .continuation, .reserved]),
        Keyword("pivot", [.clause, .continuation, .reserved]),
        Keyword("order", [.clause, .continuation, .reserved], phrase: "order by"),
        Keyword("limit", [.clause, .continuation, .reserved]),
        Keyword("as", [.clause, .continuation, .reserved], phrase: "as of"),
        Keyword("through", [.clause, .continuation, .reserved]),
        // A chart's file: to "funnel.svg" (after a period, `to` joins a range: 2010-09 to 2010-10).
        Keyword("to", [.clause, .continuation]),

        Keyword("and", [.continuation, .reserved]),
        Keyword("or", [.continuation, .reserved]),
        Keyword("from", [.continuation, .reserved]),
        Keyword("of", [.continuation, .reserved]),
        Keyword("for", [.continuation, .reserved]),
        Keyword("using", [.continuation, .reserved]),
        Keyword("vs", [.continuation, .reserved]),
        Keyword("target", .continuation),
        // SQL's `group by`, read as `by`.
        Keyword("group", .continuation, phrase: "group by"),
        Keyword("up", .continuation),
        Keyword("down", .continuation),
        // callbacks' options: at 1, 7, 30 grace 2.
        Keyword("at", .continuation),
        Keyword("grace", .continuation),

        Keyword("not", .reserved),
        Keyword("in", .reserved),
        Keyword("between", .reserved),
        Keyword("is", .reserved),
        Keyword("null", .reserved),
        Keyword("like", .reserved),
        Keyword("contains", .reserved),
        Keyword("asc", .reserved),
        Keyword("desc", .reserved),

        Keyword("day", .grain),
        Keyword("week", .grain),
        Keyword("month", .grain),
        Keyword("quarter", .grain),
        Keyword("year", .grain),
        Keyword("hour", .grain),
        Keyword("weekday", .grain),

        Keyword("today", .day),
        Keyword("close", [], phrase: "close rate"),
        Keyword("age", [], phrase: "age band"),
    ]

    private static let byWord: [String: Keyword] = Dictionary(all.map { ($0.word, $0) }) { first, _ in first }

    /// The keyword `word` is (any case), if it is one.
    public static func named(_ word: some StringProtocol) -> Keyword? { byWord[word.lowercased()] }

    /// The words with this role, in table order.
    public static func words(_ role: Roles) -> [String] { all.filter { $0.roles.contains(role) }.map(\.word) }

    /// Whether `word` (any case) has this role.
    public static func `is`(_ word: some StringProtocol, _ role: Roles) -> Bool {
        named(word)?.roles.contains(role) ?? false
    }

    /// What completion inserts where the parser looks for `word`.
    public static func phrase(for word: String) -> String { named(word)?.phrase ?? word }

    /// The statement words, for "did you mean" on a mistyped first word.
    public static let statements = words(.statement)
    /// day, week, month, quarter, year, hour, weekday.
    public static let grains = words(.grain)
}
