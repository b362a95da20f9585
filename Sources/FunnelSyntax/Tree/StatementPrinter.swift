/// Source text for a syntax tree: one statement on one line, in the grammar's
/// canonical spelling (English keywords, clauses in a fixed order, brackets only
/// where precedence needs them), so that parsing the text gives the same tree.
/// Property tests hold it to that; the front end may use it to echo a statement.
public enum StatementPrinter {
    public static func text(_ statement: Statement) -> String {
        switch statement.kind {
        case .select(let table, let fields, let clauses):
            let head: String
            switch fields {
            case .view: head = "select \(table.text)"
            case .all: head = "select * from \(table.text)"
            case .named(let paths): head = "select \(paths.map(\.text).joined(separator: ", ")) from \(table.text)"
            }
            return head + text(clauses)
        case .aggregate(let table, let items, let clauses):
            if items.count == 1, let only = items.first, only.function == .count, only.field == nil {
                return "count \(table.text)" + text(clauses)
            }
            let list = items.map { item in
                item.field.map { "\(item.function.rawValue) \($0.text)" } ?? item.function.rawValue
            }
            return list.joined(separator: ", ") + " from \(table.text)" + text(clauses)
        case .letBinding(let name, let value):
            return "let \(name.text) = \(text(value))"
        case .help(let topic):
            return topic.map { "help \($0.text)" } ?? "help"
        case .kpi(let names, let period, let clauses):
            return "kpi \(names.map(\.text).joined(separator: ", ")) for \(text(period))" + text(clauses)
        case .explain(let name, let period, let term, let clauses):
            let part = term.map { " term \($0.text)" } ?? ""
            return "explain kpi \(name.text) for \(text(period))\(part)" + text(clauses)
        case .report(let kind, _, let period, let day, let clauses):
            var head = kind.rawValue
            if let period { head += " for " + text(period) }
            if let day { head += " " + text(day) }
            return head + text(clauses)
        case .plan(let plan):
            var head = "plan deliveries \(text(plan.deliveries))"
            if let rate = plan.closeRate { head += " close rate \(text(rate.sales)):\(text(rate.prospects))" }
            if let period = plan.period { head += " for " + text(period) }
            if let reference = plan.reference { head += " using " + text(reference) }
            return head + text(plan.clauses)
        case .score(let score):
            var head = "score \(score.kpi.text) for \(text(score.period)) target \(text(score.target))"
            if let up = score.up, let down = score.down { head += " up \(text(up)) down \(text(down))" }
            return head + text(score.clauses)
        case .compare(let kpi, let period, let other, let clauses):
            return "compare \(kpi.text) for \(text(period)) vs \(text(other))" + text(clauses)
        case .callbacks(let request):
            var head = ReportKind.callbacks.rawValue
            if let day = request.day { head += " " + text(day) }
            if request.missed != nil { head += " missed" }
            if let period = request.period { head += " for " + text(period) }
            if !request.days.isEmpty { head += " at " + request.days.map { text($0) }.joined(separator: ", ") }
            if let grace = request.grace { head += " grace " + text(grace) }
            return head + text(request.clauses)
        case .chart(let request):
            return "chart " + text(request.subject)
        }
    }

    /// The clauses, each with a leading space; `by` first, because `structure` must
    /// be followed by it.
    static func text(_ clauses: Clauses) -> String {
        var result = ""
        if !clauses.groups.isEmpty {
            result += " by " + clauses.groups.map { group in
                switch group {
                case .field(let field): field.text
                case .grain(let grain, let field?): "\(grain.text)(\(field.text))"
                case .grain(let grain, nil): grain.text
                }
            }.joined(separator: ", ")
        }
        if clauses.pivot != nil { result += " pivot" }
        if let condition = clauses.condition { result += " where " + text(condition) }
        if !clauses.order.isEmpty {
            result += " order by " + clauses.order.map { $0.field.text + ($0.descending ? " desc" : "") }
                .joined(separator: ", ")
        }
        if let limit = clauses.limit { result += " limit \(limit.count)" }
        if let through = clauses.through { result += " through " + text(through) }
        if let asOf = clauses.asOf { result += " as of " + text(asOf) }
        if let file = clauses.file { result += " to " + text(file) }
        return result
    }

    /// How tightly a condition binds: `or` loosest, then `and`, then `not` and predicates.
    private static func precedence(_ condition: Condition) -> Int {
        switch condition {
        case .or: 0
        case .and: 1
        default: 2
        }
    }

    /// `condition` in brackets when it binds more loosely than `minimum` allows.
    private static func text(_ condition: Condition, atLeast minimum: Int) -> String {
        precedence(condition) < minimum ? "(" + text(condition) + ")" : text(condition)
    }

    public static func text(_ condition: Condition) -> String {
        func not(_ negated: Bool) -> String { negated ? "not " : "" }
        switch condition {
        case .compare(let f, let op, let v): return "\(f.text) \(op.rawValue) \(text(v))"
        case .compareArithmetic(let a, let op, let v): return "\(a.text) \(op.rawValue) \(text(v))"
        case .inList(let f, let vs, let n): return "\(f.text) \(not(n))in (\(vs.map(text).joined(separator: ", ")))"
        case .inPeriod(let f, let v, let n): return "\(f.text) \(not(n))in \(text(v))"
        case .between(let f, let a, let b, let n): return "\(f.text) \(not(n))between \(text(a)) and \(text(b))"
        case .contains(let f, let v, let n): return "\(f.text) \(not(n))contains \(text(v))"
        case .like(let f, let v, let n): return "\(f.text) \(not(n))like \(text(v))"
        case .isNull(let f, let n): return "\(f.text) is \(not(n))null"
        case .isTrue(let f): return f.text
        // The parser builds `a or b or c` leaning left, so only a right operand of
        // the same strength needs brackets.
        case .or(let a, let b): return text(a, atLeast: 0) + " or " + text(b, atLeast: 1)
        case .and(let a, let b): return text(a, atLeast: 1) + " and " + text(b, atLeast: 2)
        case .not(let inner, _): return "not " + text(inner, atLeast: 2)
        }
    }

    public static func text(_ value: Value) -> String {
        switch value {
        case .word(let name): name.text
        case .string(let s, _): quote(s)
        case .number(let s, _): s
        case .date(let s, _), .period(let s, _): s
        case .variable(let name): "$" + name.text
        case .range(let low, let high): text(low) + ".." + text(high)
        case .percent(let s, _): s + "%"
        case .phrase(let tokens): phrase(tokens)
        }
    }

    /// A phrase's tokens as they lex again: spaced, except around the `.` of `customer.created`.
    private static func phrase(_ tokens: [Token]) -> String {
        var result = ""
        for (n, token) in tokens.enumerated() {
            let glued = token.kind == .symbol(.dot) || (n > 0 && tokens[n - 1].kind == .symbol(.dot))
            if n > 0, !glued { result += " " }
            result += token.kind == .string ? quote(token.text) : token.text
        }
        return result
    }

    /// A double-quoted string with the lexer's escapes.
    static func quote(_ s: String) -> String {
        var result = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
