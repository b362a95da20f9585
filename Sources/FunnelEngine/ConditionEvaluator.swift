import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Evaluates a `where` condition to a bitmap of the table's rows, a whole column at a
/// time: numbers and days are compared in tight loops, strings once per dictionary
/// entry (then by code), enums as small integers, and `and`/`or`/`not` combine
/// bitmaps 64 rows to a word.
///
/// Logic is two-valued: a comparison is false on a row whose field is missing, and
/// `not` takes every row the inner condition did not select (documented in docs/language.md).
struct ConditionEvaluator {
    let scope: TableScope
    let binder: ValueBinder

    /// Date fields that are plans, not events: `in PERIOD` is not cut at T for them.
    static let plannedDateFields: Set<String> = ["next_followup", "customer.next_followup"]

    func evaluate(_ condition: Condition) throws(EvaluationError) -> Bitmap {
        switch condition {
        case .and, .or:
            // A chain of terms one after the other, not recursively: a line of
            // thousands of terms is a tree thousands deep.
            let isAnd = if case .and = condition { true } else { false }
            var result: Bitmap?
            for term in condition.chainedTerms {
                let bits = try evaluate(term)
                result = result.map { isAnd ? $0 & bits : $0 | bits } ?? bits
            }
            return result ?? Bitmap(count: scope.rowCount)
        case .not(let inner, _):
            return ~(try evaluate(inner))
        case .compare(let path, let op, let value):
            let field = try scope.resolve(path)
            return try compare(field, op, try binder.bind(value, for: field), at: value.range)
        case .inList(let path, let values, let negated):
            let field = try scope.resolve(path)
            var result = Bitmap(count: scope.rowCount)
            for value in values {
                result = result | (try compare(field, .equal, try binder.bind(value, for: field), at: value.range))
            }
            return negated ? present(field) - result : result
        case .inPeriod(let path, let value, let negated):
            let field = try scope.resolve(path)
            guard case .date = field.column.type else {
                throw EvaluationError("'in' with a period needs a date field; \(field.name) is "
                                      + "\(field.column.type) — for a list write \(field.name) in (a, b)", at: path.range)
            }
            let period = try binder.period(value)
            var end = period.end
            if !ConditionEvaluator.plannedDateFields.contains(field.name) {
                // An event period after T holds nothing yet: refused as KPIs refuse it,
                // rather than an empty answer that looks like a quiet month.
                do {
                    end = try AsOfPeriod(period: period, today: scope.asOf).asOf
                } catch {
                    throw EvaluationError(error.message, at: value.range)
                }
            }
            let result = dayRange(field, from: period.start, to: end)
            return negated ? present(field) - result : result
        case .between(let path, let low, let high, let negated):
            let field = try scope.resolve(path)
            let a = try binder.bind(low, for: field), b = try binder.bind(high, for: field)
            let result = try compare(field, .greaterEqual, a, at: low.range)
                & compare(field, .lessEqual, b, at: high.range)
            return negated ? present(field) - result : result
        case .contains(let path, let value, let negated):
            let field = try scope.resolve(path)
            let needle = try text(value, for: field).lowercased()
            let result = try stringMatch(field, at: path.range) { $0.lowercased().contains(needle) }
            return negated ? present(field) - result : result
        case .like(let path, let value, let negated):
            let field = try scope.resolve(path)
            let pattern = LikePattern(try text(value, for: field))
            let result = try stringMatch(field, at: path.range) { pattern.matches($0) }
            return negated ? present(field) - result : result
        case .isNull(let path, let negated):
            let field = try scope.resolve(path)
            let has = present(field)
            return negated ? has : ~has
        case .isTrue(let path):
            let field = try scope.resolve(path)
            guard case .bool(let bits) = field.column.values else {
                throw EvaluationError("'\(field.name)' is not a yes/no field: compare it, e.g. \(field.name) = ...",
                                      at: path.range)
            }
            return bits & present(field)
        }
    }

    /// Rows where the field has a value.
    func present(_ field: ResolvedField) -> Bitmap {
        field.column.present ?? Bitmap(count: field.column.count, allSet: true)
    }

    private func text(_ value: Value, for field: ResolvedField) throws(EvaluationError) -> String {
        switch try binder.dereference(value) {
        case .string(let s, _), .number(let s, _), .date(let s, _), .period(let s, _): return s
        case .word(let n): return n.text
        default: throw EvaluationError("expected text in quotes", at: value.range)
        }
    }

    // MARK: - Comparisons by column type

    private func compare(_ field: ResolvedField, _ op: ComparisonOperator, _ literal: Literal,
                         at range: SourceRange) throws(EvaluationError) -> Bitmap {
        let column = field.column
        switch (column.values, literal) {
        case (.int(let values), .int(let x)):
            return scan(column) { compareOrdered(values[$0], x, op) }
        case (.int(let values), .double(let x)):
            return scan(column) { compareOrdered(Double(values[$0]), x, op) }
        case (.double(let values), .double(let x)):
            return scan(column) { compareOrdered(values[$0], x, op) }
        case (.double(let values), .int(let x)):
            return scan(column) { compareOrdered(values[$0], Double(x), op) }
        case (.date(let values), .day(let day)):
            let x = day.rawValue
            return scan(column) { compareOrdered(values[$0], x, op) }
        case (.date, .period(let period)):
            // A period stands for its days: before it, within it, after it.
            switch op {
            case .equal: return dayRange(field, from: period.start, to: period.end)
            case .notEqual: return present(field) - dayRange(field, from: period.start, to: period.end)
            case .less: return dayRange(field, from: nil, to: period.start - 1)
            case .lessEqual: return dayRange(field, from: nil, to: period.end)
            case .greater: return dayRange(field, from: period.end + 1, to: nil)
            case .greaterEqual: return dayRange(field, from: period.start, to: nil)
            }
        case (.bool(let bits), .bool(let x)):
            guard op == .equal || op == .notEqual else {
                throw EvaluationError("\(field.name) is true or false: compare it with = or !=", at: range)
            }
            let wanted = (op == .equal) == x
            return wanted ? bits & present(field) : present(field) - bits
        case (.enumeration(let codes, _), .codes(let set)):
            guard op == .equal || op == .notEqual else {
                throw EvaluationError("\(field.name) has no order: use = != or in (...)", at: range)
            }
            var table = [Bool](repeating: false, count: 256)
            for code in set { table[Int(code)] = true }
            let wanted = op == .equal
            return scan(column) { table[Int(codes[$0])] == wanted }
        case (.string, .string(let x)):
            return try stringMatch(field, at: range) { compareOrdered($0, x, op) }
        default:
            throw EvaluationError("cannot compare \(field.name) (\(field.column.type)) with this value", at: range)
        }
    }

    /// Rows whose day lies in `[from, to]` (either end open when nil).
    func dayRange(_ field: ResolvedField, from: Day?, to: Day?) -> Bitmap {
        guard case .date(let values) = field.column.values else { return Bitmap(count: scope.rowCount) }
        let low = from?.rawValue ?? .min, high = to?.rawValue ?? .max
        return scan(field.column) { values[$0] >= low && values[$0] <= high }
    }

    /// A predicate on text, decided once per distinct value and then looked up by code.
    private func stringMatch(_ field: ResolvedField, at range: SourceRange,
                             _ predicate: (String) -> Bool) throws(EvaluationError) -> Bitmap {
        switch field.column.values {
        case .string(let codes, let dictionary):
            var decided = [Bool](repeating: false, count: dictionary.count)
            for code in 0..<dictionary.count {
                decided[code] = predicate(dictionary[Int32(code)] ?? "")
            }
            return scan(field.column) { codes[$0] >= 0 && decided[Int(codes[$0])] }
        case .enumeration(let codes, let vocabulary):
            let decided = vocabulary.tokens.map(predicate)
            return scan(field.column) { Int(codes[$0]) < decided.count && decided[Int(codes[$0])] }
        default:
            throw EvaluationError("\(field.name) is not text (it is \(field.column.type))", at: range)
        }
    }

    /// Rows with a value for which `test` holds, 64 rows to a word.
    private func scan(_ column: Column, _ test: (Int) -> Bool) -> Bitmap {
        let n = column.count
        var words = [UInt64](repeating: 0, count: (n + 63) >> 6)
        for w in words.indices {
            var word: UInt64 = 0
            let base = w << 6
            for bit in 0..<min(64, n - base) where test(base + bit) {
                word |= 1 << UInt64(bit)
            }
            words[w] = word
        }
        let result = Bitmap(words: words, count: n)
        return column.present.map { result & $0 } ?? result
    }
}

@inline(__always)
private func compareOrdered<T: Comparable>(_ a: T, _ b: T, _ op: ComparisonOperator) -> Bool {
    switch op {
    case .equal: a == b
    case .notEqual: a != b
    case .less: a < b
    case .lessEqual: a <= b
    case .greater: a > b
    case .greaterEqual: a >= b
    }
}
