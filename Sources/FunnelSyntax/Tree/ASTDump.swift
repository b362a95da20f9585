/// A stable text form of the syntax tree, one statement per line, used as the
/// golden oracle in parser tests. Ranges are left out so the dump reads as the
/// statement's structure.
public enum ASTDump {
    public static func dump(_ statements: [Statement]) -> String {
        statements.map(dump).joined(separator: "\n")
    }

    public static func dump(_ statement: Statement) -> String {
        switch statement.kind {
        case .select(let table, let fields, let clauses):
            let list: String
            switch fields {
            case .view: list = ""
            case .all: list = "*"
            case .named(let paths): list = paths.map(\.text).joined(separator: ", ")
            }
            return "(select \(table.text) [\(list)]\(dump(clauses)))"
        case .aggregate(let table, let items, let clauses):
            let list = items.map { item in
                item.field.map { "\(item.function.rawValue) \($0.text)" } ?? item.function.rawValue
            }.joined(separator: ", ")
            return "(aggregate \(table.text) [\(list)]\(dump(clauses)))"
        case .letBinding(let name, let value):
            return "(let \(name.text) \(dump(value)))"
        case .help(let topic):
            return topic.map { "(help \($0.text))" } ?? "(help)"
        case .kpi(let names, let period, let clauses):
            return "(kpi [\(names.map(\.text).joined(separator: ", "))] \(dump(period))\(dump(clauses)))"
        case .explain(let name, let period, let term, let clauses):
            let part = term.map { " term:\($0.text)" } ?? ""
            return "(explain \(name.text) \(dump(period))\(part)\(dump(clauses)))"
        case .report(let kind, _, let period, let day, let clauses):
            var parts = ["report", kind.rawValue.replacingSpaces()]
            if let period { parts.append("for " + dump(period)) }
            if let day { parts.append("day " + dump(day)) }
            return "(" + parts.joined(separator: " ") + dump(clauses) + ")"
        case .plan(let plan):
            var parts = ["plan", dump(plan.deliveries)]
            if let rate = plan.closeRate { parts.append("rate \(dump(rate.sales)):\(dump(rate.prospects))") }
            if let period = plan.period { parts.append("for " + dump(period)) }
            if let reference = plan.reference { parts.append("using " + dump(reference)) }
            return "(" + parts.joined(separator: " ") + dump(plan.clauses) + ")"
        case .score(let score):
            var parts = ["score", score.kpi.text, dump(score.period), "target", dump(score.target)]
            if let up = score.up, let down = score.down { parts += ["up", dump(up), "down", dump(down)] }
            return "(" + parts.joined(separator: " ") + dump(score.clauses) + ")"
        case .compare(let kpi, let period, let other, let clauses):
            return "(compare \(kpi.text) \(dump(period)) vs \(dump(other))\(dump(clauses)))"
        case .callbacks(let request):
            var parts = ["callbacks"]
            if let day = request.day { parts.append("day " + dump(day)) }
            if request.missed != nil { parts.append("missed") }
            if let period = request.period { parts.append("for " + dump(period)) }
            if !request.days.isEmpty { parts.append("at " + request.days.map { dump($0) }.joined(separator: ",")) }
            if let grace = request.grace { parts.append("grace " + dump(grace)) }
            return "(" + parts.joined(separator: " ") + dump(request.clauses) + ")"
        case .chart(let request):
            return "(chart \(dump(request.subject)))"
        }
    }

    static func dump(_ clauses: Clauses) -> String {
        var parts: [String] = []
        if let condition = clauses.condition { parts.append("(where \(dump(condition)))") }
        if !clauses.groups.isEmpty {
            parts.append("(by " + clauses.groups.map { group in
                switch group {
                case .field(let f): f.text
                case .grain(let g, let f?): "\(g.text.lowercased())(\(f.text))"
                case .grain(let g, nil): g.text.lowercased()
                }
            }.joined(separator: ", ") + ")")
        }
        if clauses.pivot != nil { parts.append("(pivot)") }
        if !clauses.order.isEmpty {
            parts.append("(order " + clauses.order.map { "\($0.field.text)\($0.descending ? " desc" : "")" }
                .joined(separator: ", ") + ")")
        }
        if let limit = clauses.limit { parts.append("(limit \(limit.count))") }
        if let through = clauses.through { parts.append("(through \(dump(through)))") }
        if let asOf = clauses.asOf { parts.append("(as-of \(dump(asOf)))") }
        if let file = clauses.file { parts.append("(to \(dump(file)))") }
        return parts.isEmpty ? "" : " " + parts.joined(separator: " ")
    }

    public static func dump(_ condition: Condition) -> String {
        switch condition {
        case .compare(let f, let op, let v): "(\(op.rawValue) \(f.text) \(dump(v)))"
        case .compareArithmetic(let a, let op, let v): "(\(op.rawValue) (\(a.text)) \(dump(v)))"
        case .inList(let f, let vs, let n): "(\(n ? "not-in" : "in") \(f.text) [\(vs.map(dump).joined(separator: ", "))])"
        case .inPeriod(let f, let v, let n): "(\(n ? "not-in-period" : "in-period") \(f.text) \(dump(v)))"
        case .between(let f, let a, let b, let n): "(\(n ? "not-between" : "between") \(f.text) \(dump(a)) \(dump(b)))"
        case .contains(let f, let v, let n): "(\(n ? "not-contains" : "contains") \(f.text) \(dump(v)))"
        case .like(let f, let v, let n): "(\(n ? "not-like" : "like") \(f.text) \(dump(v)))"
        case .isNull(let f, let n): "(\(n ? "is-not-null" : "is-null") \(f.text))"
        case .isTrue(let f): "(true \(f.text))"
        case .and(let a, let b): "(and \(dump(a)) \(dump(b)))"
        case .or(let a, let b): "(or \(dump(a)) \(dump(b)))"
        case .not(let c, _): "(not \(dump(c)))"
        }
    }

    public static func dump(_ value: Value) -> String {
        switch value {
        case .word(let n): n.text
        case .string(let s, _): "\"\(s)\""
        case .number(let s, _): s
        case .date(let s, _): "date:\(s)"
        case .period(let s, _): "period:\(s)"
        case .variable(let n): "$\(n.text)"
        case .range(let a, let b): "\(dump(a))..\(dump(b))"
        case .percent(let s, _): "\(s)%"
        case .phrase(let tokens): "phrase:[" + tokens.map(\.text).joined(separator: " ") + "]"
        }
    }
}

extension String {
    fileprivate func replacingSpaces() -> String { String(map { $0 == " " ? "-" : $0 }) }
}
