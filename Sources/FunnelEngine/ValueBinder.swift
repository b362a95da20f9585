import FunnelDomain
import FunnelStore
import FunnelSyntax
import FunnelText

/// Turns a value written in a statement into a `Literal` of the type of the field
/// it is compared with, resolving variables, enum spellings (English in any case,
/// or Chinese), periods, and `today`.
struct ValueBinder {
    let variables: [String: Value]
    /// The statement's day T, which `today` stands for in conditions.
    let asOf: Day

    /// Follows variables: `$m`, or a bare word that names one.
    func dereference(_ value: Value) throws(EvaluationError) -> Value {
        var current = value
        for _ in 0..<16 {
            switch current {
            case .variable(let name):
                guard let bound = variables[name.text] else {
                    throw EvaluationError("no variable named '\(name.text)': define it with let \(name.text) = ...",
                                          at: name.range)
                }
                current = bound
            default:
                return current
            }
        }
        throw EvaluationError("variables refer to each other in a loop", at: value.range)
    }

    func bind(_ written: Value, for field: ResolvedField) throws(EvaluationError) -> Literal {
        let value = try dereference(written)
        let range = written.range
        switch field.column.type {
        case .int, .double:
            if case .number(let text, _) = value, let number = Double(text) {
                if case .int = field.column.type, let whole = Int64(text) { return .int(whole) }
                return .double(number)
            }
            if case .percent(let text, _) = value, let number = Double(text) { return .double(number / 100) }
            if case .word(let name) = value, let bound = variables[name.text] {
                return try bind(bound, for: field)
            }
            throw EvaluationError("\(field.name) holds numbers; \(describe(value)) is not a number", at: range)
        case .date:
            return try bindDay(value, range: range, field: field.name)
        case .string:
            switch value {
            case .string(let text, _), .number(let text, _), .date(let text, _), .period(let text, _):
                return .string(text)
            case .word(let name):
                if let bound = variables[name.text] { return try bind(bound, for: field) }
                return .string(name.text)
            default:
                throw EvaluationError("\(field.name) holds text; write the value in quotes", at: range)
            }
        case .bool:
            if case .word(let name) = value {
                switch name.text.lowercased() {
                case "true", "yes", "是", "y": return .bool(true)
                case "false", "no", "否", "n": return .bool(false)
                default: break
                }
            }
            throw EvaluationError("\(field.name) is true or false; \(describe(value)) is neither", at: range)
        case .enumeration(let vocabulary):
            let text: String
            switch value {
            case .word(let name): text = name.text
            case .string(let s, _): text = s
            default:
                throw EvaluationError("\(field.name) is one of \(vocabulary.allowedDescription); "
                                      + "\(describe(value)) is not", at: range)
            }
            if let code = vocabulary.code(for: text) { return .codes([code]) }
            if let group = field.valueGroups[text.lowercased()] ?? field.valueGroups[text] { return .codes(Set(group)) }
            if case .word(let name) = value, let bound = variables[name.text] { return try bind(bound, for: field) }
            var message = "'\(text)' is not a value of \(field.name): allowed are \(vocabulary.allowedDescription)"
            let groups = field.valueGroups.keys.sorted()
            if !groups.isEmpty { message += ", " + groups.joined(separator: ", ") }
            if let guess = Suggestion.nearest(to: text, in: vocabulary.tokens + groups) {
                message = "'\(text)' is not a value of \(field.name) — did you mean '\(guess)'?"
            }
            throw EvaluationError(message, at: range)
        }
    }

    /// A day or a period for a date field.
    func bindDay(_ value: Value, range: SourceRange, field: String) throws(EvaluationError) -> Literal {
        switch value {
        case .date(let text, _):
            guard let day = Day(parsing: text) else {
                throw EvaluationError("\(text) is not a real date", at: range)
            }
            return .day(day)
        case .word(let name) where name.text.lowercased() == "today" || name.text == "今天":
            return .day(asOf)
        case .word(let name):
            if let bound = variables[name.text] { return try bindDay(try dereference(bound), range: range, field: field) }
            throw EvaluationError("\(field) holds dates; '\(name.text)' is not a date: write YYYY-MM-DD, a period "
                                  + "such as 2010-10, or today", at: range)
        default:
            return .period(try period(value, range: range))
        }
    }

    /// A period: `2010-10`, `2010-W41`, `2010-Q4`, `2010`, `2010-10-05`, a range, a variable.
    func period(_ written: Value, range: SourceRange? = nil) throws(EvaluationError) -> Period {
        let value = try dereference(written)
        let where_ = range ?? written.range
        switch value {
        case .period(let text, _), .date(let text, _), .number(let text, _), .string(let text, _):
            do {
                return try PeriodParser.parse(text)
            } catch {
                throw EvaluationError(error.message, at: where_)
            }
        case .range(let low, let high):
            let a = try period(low), b = try period(high)
            guard let joined = Period.range(from: a.start, to: b.end) else {
                throw EvaluationError("this range ends (\(b.end)) before it starts (\(a.start))", at: where_)
            }
            return joined
        case .word(let name):
            if let bound = variables[name.text] { return try period(bound, range: where_) }
            if name.text.lowercased() == "today" || name.text == "今天" { return Period.day(asOf) }
            throw EvaluationError("'\(name.text)' is not a period: write a day (2010-10-05), a week (2010-W41), a month "
                                  + "(2010-10), a quarter (2010-Q4), a year (2010) or a range (2010-10-01..2010-10-15)",
                                  at: where_)
        case .variable, .percent:
            throw EvaluationError("expected a period", at: where_)
        }
    }

    /// A day: for `as of`.
    func day(_ written: Value) throws(EvaluationError) -> Day {
        switch try bindDay(try dereference(written), range: written.range, field: "as of") {
        case .day(let day): return day
        case .period(let period): return period.end
        default: throw EvaluationError("expected a date YYYY-MM-DD", at: written.range)
        }
    }

    private func describe(_ value: Value) -> String {
        switch value {
        case .word(let n): "'\(n.text)'"
        case .string(let s, _): "\"\(s)\""
        case .number(let s, _), .date(let s, _), .period(let s, _): s
        case .variable(let n): "$\(n.text)"
        case .range: "a range"
        case .percent(let s, _): s + "%"
        }
    }
}
