import FunnelDomain
import FunnelStore
import FunnelSyntax

/// A bound `where` in SQL, with the in-memory engine's two-valued logic: every
/// predicate is TRUE or FALSE, never NULL (a comparison with a missing value is false),
/// so `not` takes every row the inner condition did not select.
extension SQLCompiler {
    mutating func condition(_ condition: BoundCondition) throws(SQLRefusal) -> String {
        switch condition {
        case .all(let terms):
            guard !terms.isEmpty else { return "TRUE" }
            var parts: [String] = []
            for term in terms { parts.append(try self.condition(term)) }
            return "(" + parts.joined(separator: " AND ") + ")"
        case .any(let terms):
            guard !terms.isEmpty else { return "FALSE" }
            var parts: [String] = []
            for term in terms { parts.append(try self.condition(term)) }
            return "(" + parts.joined(separator: " OR ") + ")"
        case .not(let inner):
            return "(NOT " + (try self.condition(inner)) + ")"
        case .predicate(let predicate):
            return try self.predicate(predicate)
        }
    }

    /// TRUE where the expression is true, FALSE where false or NULL.
    private func sure(_ expression: String) -> String { "coalesce(\(expression), false)" }

    private mutating func predicate(_ predicate: BoundPredicate) throws(SQLRefusal) -> String {
        switch predicate {
        case .compare(let field, let op, let literal):
            let value = try self.value(field)
            return sure(try compare(value, field.type, op, literal))
        case .oneOf(let field, let literals, let negated):
            let value = try self.value(field)
            var parts: [String] = []
            for literal in literals { parts.append(sure(try compare(value, field.type, .equal, literal))) }
            let any = parts.isEmpty ? "FALSE" : "(" + parts.joined(separator: " OR ") + ")"
            return negated ? "(\(value) IS NOT NULL AND NOT \(any))" : any
        case .days(let field, let from, let to, let negated):
            let value = try self.value(field)
            let within = sure(range(value, from: from, to: to))
            return negated ? "(\(value) IS NOT NULL AND NOT \(within))" : within
        case .between(let field, let low, let high, let negated):
            let value = try self.value(field)
            let within = "(" + sure(try compare(value, field.type, .greaterEqual, low)) + " AND "
                + sure(try compare(value, field.type, .lessEqual, high)) + ")"
            return negated ? "(\(value) IS NOT NULL AND NOT \(within))" : within
        case .contains(let field, let needle, let negated):
            let value = try self.value(field)
            let found = sure("strpos(lower(\(value)), \(dialect.literal(needle))) > 0")
            return negated ? "(\(value) IS NOT NULL AND NOT \(found))" : found
        case .like(let field, let pattern, let negated):
            let value = try self.value(field)
            let found = sure("(lower(\(value)) LIKE \(dialect.literal(pattern.text)) ESCAPE '')")
            return negated ? "(\(value) IS NOT NULL AND NOT \(found))" : found
        case .isNull(let field, let negated):
            let value = try self.value(field)
            return negated ? "(\(value) IS NOT NULL)" : "(\(value) IS NULL)"
        case .isTrue(let field):
            return sure(try self.value(field))
        case .compareComputed(let left, let op, let right):
            return sure("(\(try operand(left)) \(symbol(op)) \(try operand(right)))")
        }
    }

    /// A side of a computed comparison as a number: a date as its day number.
    private mutating func operand(_ operand: BoundOperand) throws(SQLRefusal) -> String {
        func number(_ field: BoundField) throws(SQLRefusal) -> String {
            let value = try self.value(field)
            switch field.type {
            case .date: return dialect.dayNumber(value)
            case .int, .double: return "(\(value))::double precision"
            default: throw SQLRefusal("comparing \(field.name) as a number")
            }
        }
        switch operand {
        case .constant(let x):
            return "(\(dialect.number(x)))::double precision"
        case .field(let field, let plus):
            return "(\(try number(field)) + \(dialect.number(plus)))"
        case .difference(let a, let b, let plus):
            return "(\(try number(a)) - \(try number(b)) + \(dialect.number(plus)))"
        }
    }

    func symbol(_ op: ComparisonOperator) -> String {
        switch op {
        case .equal: "="
        case .notEqual: "<>"
        case .less: "<"
        case .lessEqual: "<="
        case .greater: ">"
        case .greaterEqual: ">="
        }
    }

    /// Days within `[from, to]`, either end open.
    private func range(_ value: String, from: Day?, to: Day?) -> String {
        var parts: [String] = []
        if let from { parts.append("\(value) >= \(dialect.date(from))") }
        if let to { parts.append("\(value) <= \(dialect.date(to))") }
        return parts.isEmpty ? "(\(value) IS NOT NULL)" : "(" + parts.joined(separator: " AND ") + ")"
    }

    private func compare(_ value: String, _ type: ColumnType, _ op: ComparisonOperator,
                         _ literal: Literal) throws(SQLRefusal) -> String {
        switch (type, literal) {
        case (.int, .int(let x)):
            return "(\(value) \(symbol(op)) \(x))"
        case (.int, .double(let x)), (.double, .double(let x)):
            guard x.isFinite else { throw SQLRefusal("comparing with \(x)") }
            return "((\(value))::double precision \(symbol(op)) (\(dialect.number(x)))::double precision)"
        case (.double, .int(let x)):
            return "(\(value) \(symbol(op)) \(x))"
        case (.date, .day(let day)):
            return "(\(value) \(symbol(op)) \(dialect.date(day)))"
        case (.date, .period(let period)):
            switch op {
            case .equal: return range(value, from: period.start, to: period.end)
            case .notEqual: return "(\(value) IS NOT NULL AND NOT \(sure(range(value, from: period.start, to: period.end))))"
            case .less: return range(value, from: nil, to: period.start - 1)
            case .lessEqual: return range(value, from: nil, to: period.end)
            case .greater: return range(value, from: period.end + 1, to: nil)
            case .greaterEqual: return range(value, from: period.start, to: nil)
            }
        case (.bool, .bool(let x)):
            let wanted = (op == .equal) == x
            return "(\(value) = \(wanted ? "TRUE" : "FALSE"))"
        case (.enumeration(let vocabulary), .codes(let set)):
            let tokens = set.sorted().compactMap { vocabulary.token($0) }
            let list = tokens.isEmpty ? "NULL" : tokens.map(dialect.literal).joined(separator: ", ")
            return op == .equal ? "(\(value) IN (\(list)))" : "(\(value) NOT IN (\(list)))"
        case (.string, .string(let x)):
            switch op {
            case .equal, .notEqual: return "(\(value) \(symbol(op)) \(dialect.literal(x)))"
            default: return "(\(dialect.textOrder(value)) \(symbol(op)) \(dialect.textOrder(dialect.literal(x))))"
            }
        default:
            throw SQLRefusal("this comparison")
        }
    }
}
