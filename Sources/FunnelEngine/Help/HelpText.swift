import FunnelDomain
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
        Topic(name: "count", usage: "count TABLE [where CONDITION] [by FIELD|GRAIN|GRAIN(FIELD), ... [pivot]] [order by ...] [limit N] [as of DATE]",
              summary: "Count rows, in all or per group. Group by any field, by the table's own date as day, week, month, quarter or year, by its hour (0-23, where the data has times of day) or weekday, or by another date field with week(delivered), hour(created) and the like. By two with pivot, the second's values are columns, with a total column and a total row.",
              examples: ["count customers where status = following by consultant",
                         "count followups where kind = visit and date in 2010-10 by consultant, week",
                         "count traffic by week, result",
                         "count traffic where time in 2010-10 by hour",
                         "count customers where status = following by consultant, grade pivot"]),
        Topic(name: "sum", usage: "count | sum FIELD | avg FIELD | min FIELD | max FIELD, ... from TABLE [where ...] [by ...]",
              summary: "Aggregate numbers and dates: sum and avg of numbers, avg, min and max of numbers and dates, min and max of text. Columns are named count, sum_FIELD, avg_FIELD, ...",
              examples: ["avg card_age, max created from customers where status = following by grade",
                         "count, sum key_questions from customers by month(created)"]),
        Topic(name: "kpi", usage: "kpi NAME[, NAME...] for PERIOD [by FIELD[, FIELD] | by GRAIN[, FIELD] [pivot]] [where CONDITION] [through DATE] [as of DATE]",
              summary: "KPIs of the catalog (help kpis), by English or Chinese name: one row per group, then a total row (null group values in csv and json, 'total' in a table), each with numerator, denominator and value. By a card field, or by week, month, ... inside P (each piece its own period and base). By two with pivot, the second's values are columns: each cell the KPI's value, the totals the KPI over the row or column. through DATE follows P's cards to a later day: of September's new cards, how many had visited by October 31.",
              examples: ["kpi first_visit_rate for 2010-10 by consultant",
                         "kpi overall_visit_rate, new_overall_visit_rate for 2010-10",
                         "kpi 总体进店率 for 2010 by month where channel = walkin",
                         "kpi new_cards for 2010 by consultant, month pivot",
                         "kpi new_overall_visit_rate for 2010-09 through 2010-10-31"]),
        Topic(name: "explain", usage: "explain kpi NAME for PERIOD [term TERM] [where CONDITION] [through DATE] [as of DATE]",
              summary: "For trainers: the KPI's definition, its formula with this dataset's numbers, what each term counts, and for each term the statement that lists its rows (add term TERM).",
              examples: ["explain kpi overall_visit_rate for 2010-10",
                         "explain kpi overall_visit_rate for 2010-10 term visited_in_opening"]),
        Topic(name: "funnel", usage: "funnel [for PERIOD [through DATE]] [by FIELD] [where CONDITION] [as of DATE]",
              summary: "The sales funnel (漏斗): showroom traffic → new cards → visited → test-driven → ordered → delivered, with each stage's ratio to the one before and to the new cards, drawn as bars in a table. Without a period, the month of today.",
              examples: ["funnel for 2010-10", "funnel for 2010-10 by consultant", "funnel for 2010-09 through 2010-10-31"]),
        Topic(name: "inventory", usage: "inventory for PERIOD [by month|week][, FIELD] [where CONDITION]",
              summary: "进销存: opening, in (new cards), deliveries, losses, out, closing and the identity check, per piece, per group of a card field (in each piece) and in total; then where the deliveries came from.",
              examples: ["inventory for 2010-10", "inventory for 2010-Q3 by month", "inventory for 2010-10 by consultant"]),
        Topic(name: "lost", usage: "lost reasons for PERIOD [by FIELD] [where CONDITION]",
              summary: "战败原因: the cards lost in P by reason, with count and share; by a card field, each group's reasons with shares of the group's losses, and the group's total.",
              examples: ["lost reasons for 2010-10", "lost reasons for 2010-10 by consultant"]),
        Topic(name: "structure", usage: "structure by FIELD|age band [, FIELD|age band] [where CONDITION] [as of DATE]",
              summary: "客户结构: the cards following at T broken down by grade, channel, model, source, the age band or any card field, with count and share; by two, the second within each group of the first.",
              examples: ["structure by grade as of 2010-10-31", "structure by age band", "structure by consultant, grade"]),
        Topic(name: "capture", usage: "capture progress for PERIOD [by day|week|month][, FIELD] [where CONDITION]",
              summary: "集客进度: traffic, new traffic, captures and capture rate, and new cards by channel, per day (or week, month) of P, or per group of a card field (traffic by who received it), with a total.",
              examples: ["capture progress for 2010-10 by week", "capture progress for 2010-10 by consultant"]),
        Topic(name: "followup", usage: "followup effect for PERIOD [by consultant|FIELD]",
              summary: "跟进效果: overall, first and return visit rates and test-drive rate per consultant (or another card field).",
              examples: ["followup effect for 2010-10 by consultant"]),
        Topic(name: "conversion", usage: "conversion for PERIOD [by consultant|model|channel]",
              summary: "订单/成交转化: orders, order rate, deliveries and close rate per group.",
              examples: ["conversion for 2010-10 by model"]),
        Topic(name: "due", usage: "due [DATE] | overdue [as of DATE] | overdue by cycle | due tomorrow | contacted [DATE] | dormant eligible | duplicate cards",
              summary: "Work lists: cards due for a follow-up on the day (今日待跟进), overdue (逾期未跟进), contacted on the day (今日接触), that may be set dormant (可休眠), and cards with the same phone and model (重复客户). due and overdue follow the planned next_followup, recorded when the data was taken; on an earlier day they follow the follow-up cycles, and say so. overdue by cycle (按周期逾期) and due tomorrow (明日待跟进) always follow the cycles: last contact + the cycle of the grade (O 7, H 2, A 4, B 7, C 15 days; .cycles shows or sets them), with days_late. Each takes where, order by and limit.",
              examples: ["due 2010-10-31", "overdue as of 2010-10-15", "overdue by cycle order by days_late desc",
                         "due tomorrow", "contacted 2010-10-30", "dormant eligible", "duplicate cards"]),
        Topic(name: "plan", usage: "plan deliveries N for PERIOD [using PERIOD] | plan deliveries N close rate S:P",
              summary: "Funnel math backwards from a delivery target: the base, new cards per channel and showroom traffic needed at a reference period's rates (by default the last whole period of the same kind), every step with its arithmetic; or seed 001's refill rule at a given close rate.",
              examples: ["plan deliveries 30 for 2010-11 using 2010-10", "plan deliveries 5 close rate 1:5"]),
        Topic(name: "score", usage: "score KPI for PERIOD target X [up A down B] [by FIELD|GRAIN] [where CONDITION] [through DATE]",
              summary: "Seed 000's scoring: 100 at target, each percentage point above adds A (1.3), each below takes B (0.3); for a count, 1% of the target is a point. A rate's target is 15% or 0.15. By a field or a grain, a score per group, every group against the one target.",
              examples: ["score close_rate for 2010-10 target 15%",
                         "score deliveries for 2010-10 target 25 up 1.3 down 0.3",
                         "score close_rate for 2010-10 target 12% by consultant"]),
        Topic(name: "compare", usage: "compare KPI for PERIOD vs PERIOD [where CONDITION]",
              summary: "A KPI in two periods: both values, the change (percentage points for a rate) and the relative change.",
              examples: ["compare close_rate for 2010-10 vs 2010-09"]),
        Topic(name: "chart", usage: "chart funnel [for PERIOD] [by FIELD] [where ...] [to \"FILE\"] | chart kpi NAME for PERIOD by GRAIN|FIELD [where ...] [to \"FILE\"]",
              summary: "For trainers' slides: the funnel as bars with each stage's count, ratios and skipped cards, or one KPI by month, week, day or quarter as a trend (by a card field, a bar per group), with the KPI's Chinese and English name and the period. The numbers are exactly those of funnel and kpi. A self-contained SVG (no web fonts: Chinese shows with the viewer's own); to \"FILE.svg\" writes it there, to \"FILE.html\" a page with the SVG and its table. Without to: with --format html (.format html) the page goes where results go; otherwise the SVG goes to a file named after the statement in the current directory (funnel-2010-10.svg), and a note on stderr names it.",
              examples: ["chart funnel for 2010-10", "chart kpi overall_visit_rate for 2010 by month",
                         "chart kpi first_visit_rate for 2010-10 by consultant to \"first-visit.html\""]),
    ] + seedReportTopics + [
        Topic(name: "let", usage: "let NAME = VALUE",
              summary: "Name a value or period for the rest of the session or script; use it as NAME or $NAME.",
              examples: ["let m = 2010-10", "count customers where created in $m by channel"]),
        Topic(name: "help", usage: "help [STATEMENT]", summary: "This text, or one statement's.",
              examples: ["help select"]),
    ]

    /// `help periods`: the periods and days people say, which go wherever a period or a
    /// day does. Its examples run on the demo data in the tests, as every topic's do.
    public static let periods = Topic(
        name: "periods",
        usage: "PERIOD: 2010-10 | last month | 上月 | last 7 days | Oct 2010 | 2010年10月 | A to B | today - 7 ...",
        summary: """
            Say a period wherever one goes (for, in, vs, using, let) and a day wherever one goes (as of, due, \
            a date compared), in English or Chinese. Each is counted from today: the day of as of when the \
            statement says so, else --today, else the data's as_of. A result shows what the words resolved \
            to (last month shows 2010-09), never the words.

              today, yesterday, tomorrow — 今天, 昨天, 明天, 前天: that day
              this week, last week, next week — 本周, 上周, 下周: the whole ISO week, Monday to Sunday
              this month, last month, next month — 本月, 上月 (上个月), 下月: the whole month
              this quarter, last quarter, next quarter — 本季度, 上季度, 下季度: the whole quarter
              this year, last year, next year — 今年, 去年, 明年: the whole year
              last 7 days (past 7 days) — 近7天, 最近7天: the 7 days ending today
              Oct 2010, October 2010, 2010q4 — 2010年10月, 2010年10月5日, 2010年第41周, 2010年Q4, 2010年第4季度
              A to B, A..B, from A to B — A 至 B, A 到 B: from the start of A to the end of B
              today - 7, 2010-10-05 + 30, yesterday - 1: a day moved by whole days

            This month is the whole month counted up to today, as 2010-10 is, so for this month and \
            for 2010-10 give the same numbers. A period that starts after today is refused for events \
            (next month has nothing in it yet); a plan may be for next month.
            """,
        examples: ["kpi new_cards for last month", "kpi new_cards for 本月 by week", "funnel for 上周",
                   "count customers where created in last 7 days by channel",
                   "count customers where created >= today - 7", "inventory for 2010年第41周",
                   "kpi close_rate for Oct 2010 by consultant", "compare close_rate for this month vs last month",
                   "kpi new_cards from 2010-10-01 to 2010-10-15", "count customers where created = 上月",
                   "plan deliveries 30 for next month using last month", "overdue as of yesterday"])

    /// Every topic `help NAME` answers: the statements, then periods.
    public static var allTopics: [Topic] { topics + [periods] }

    /// Conditions, values and periods: shared by every statement. The words that
    /// continue a statement come from the keyword table, as the parser reads them.
    public static let conditions = """
        Conditions:  = != < <= > >=   in (a, b)   not in (...)   in PERIOD   between A and B
                     contains "text"   like "明%"   is null   is not null   a boolean field alone (visited)
                     combined with and, or, not and parentheses. A date or number field compares with
                     another field too, moved by days or less another: delivered < created,
                     last_contact < created + 3, ordered - created > 30 (the days between).
        Values:      bare words (H, walkin, 进店), "quoted text", numbers, dates 2010-10-05, today, today - 7.
        Periods:     2010-10-05  2010-W41  2010-10  2010-Q4  2010  2010-10-01..2010-10-15, or said:
                     last month  上月  this week  last 7 days  Oct 2010  2010年10月  A to B (help periods)
        Fields:      stored fields, their Chinese names (渠道, 意向级别, ...), derived card fields
                     (status, card_age, visits, ...), and customer.FIELD from followups and traffic.
        Statements end at ';' or at the end of a line. A line that ends where more must follow
        (after where, and, a comma, inside brackets) goes on to the next. In a script, a line that
        starts with \(Keyword.words(.continuation).joined(separator: ", ")) also continues
        the statement above it; at the prompt that statement has already run. Comments start with
        -- or #.
        """

    /// What `help` was asked for.
    public enum Request: Sendable {
        case overview
        case kpis
        case statement(Topic)
    }

    /// The help a topic word asks for; `nil` for a word no help is about.
    static func request(for word: String) -> Request? {
        let word = word.lowercased()
        if ["kpis", "catalog", "指标"].contains(word) { return .kpis }
        if ["periods", "period", "dates", "时间", "期间"].contains(word) { return .statement(periods) }
        let aliases = ["avg": "sum", "min": "sum", "max": "sum", "overdue": "due", "contacted": "due",
                       "dormant": "due", "duplicate": "due", "reports": "funnel"]
        return topics.first { $0.name == (aliases[word] ?? word) }.map(Request.statement)
    }

    public static func text(for request: Request) -> String {
        switch request {
        case .overview:
            var lines = ["Statements (help STATEMENT for more):", ""]
            for t in topics { lines.append("  " + t.usage) }
            lines += ["", conditions, "", "help kpis lists the KPI catalog with each definition in English and Chinese.",
                      "help periods lists the ways to say a period: last month, 上周, last 7 days, today - 7, ...",
                      "",
                      ".lang zh (funnel --lang zh) shows tables and errors in Chinese: headers, values, KPI names,",
                      "stages and notes, for a dealer's own staff. Statements are typed the same; csv and json stay English."]
            return lines.joined(separator: "\n")
        case .kpis:
            return kpiCatalog
        case .statement(let found):
            var lines = [found.usage, "", found.summary, "", "Examples:"]
            lines += found.examples.map { "  " + $0 }
            return lines.joined(separator: "\n")
        }
    }

    /// `help kpis`: every KPI with its names, kind, definition in English and Chinese,
    /// and source.
    public static var kpiCatalog: String {
        var lines = ["KPIs (kpi NAME for PERIOD; explain kpi NAME for PERIOD shows the formula):", ""]
        for definition in KPICatalog.all {
            lines.append("\(definition.name)  \(definition.chineseNames.joined(separator: ", "))  "
                         + "[\(definition.kind.rawValue); \(definition.source)]")
            lines.append("    " + definition.formula)
            lines.append("    " + definition.definition)
            lines.append("    " + definition.chineseDefinition)
        }
        return lines.joined(separator: "\n")
    }

    /// `.kpis`: one line per KPI, its names and kind.
    public static var kpiList: String {
        let width = KPICatalog.all.map(\.name.count).max() ?? 0
        return KPICatalog.all.map { definition in
            definition.name + String(repeating: " ", count: width - definition.name.count + 2)
                + definition.chineseNames.joined(separator: ", ") + "  (\(definition.kind.rawValue))"
        }.joined(separator: "\n")
    }
}
