import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Evaluates a bound `where` condition to a bitmap of a table's rows, a whole column
/// at a time: numbers and days are compared in tight loops, strings once per
/// dictionary entry (then by code), enums as small integers, and `and`/`or`/`not`
/// combine bitmaps 64 rows to a word.
///
/// Logic is two-valued: a comparison is false on a row whose field is missing, and
/// `not` takes every row the inner condition did not select (documented in docs/language.md).
struct ConditionEvaluator {
    let columns: FieldColumns
    let rowCount: Int

    init(columns: FieldColumns, table: TableKind) {
        self.columns = columns
        rowCount = columns.context.dataset.table(table).rowCount
    }

    func evaluate(_ condition: BoundCondition) -> Bitmap {
        switch condition {
        case .all(let terms):
            var result = Bitmap(count: rowCount, allSet: true)
            for term in terms { result = result & evaluate(term) }
            return result
        case .any(let terms):
            var result = Bitmap(count: rowCount)
            for term in terms { result = result | evaluate(term) }
            return result
        case .not(let inner):
            return ~evaluate(inner)
        case .predicate(let predicate):
            return evaluate(predicate)
        }
    }

    private func evaluate(_ predicate: BoundPredicate) -> Bitmap {
        if case .compareComputed(let left, let op, let right) = predicate { return compare(left, op, right) }
        guard let field = predicate.fields.first else { return Bitmap(count: rowCount) }
        let column = columns.column(field)
        switch predicate {
        case .compare(_, let op, let literal):
            return compare(column, op, literal)
        case .oneOf(_, let literals, let negated):
            var result = Bitmap(count: column.count)
            for literal in literals { result = result | compare(column, .equal, literal) }
            return negated ? present(column) - result : result
        case .days(_, let from, let to, let negated):
            let result = dayRange(column, from: from, to: to)
            return negated ? present(column) - result : result
        case .between(_, let low, let high, let negated):
            let result = compare(column, .greaterEqual, low) & compare(column, .lessEqual, high)
            return negated ? present(column) - result : result
        case .contains(_, let needle, let negated):
            let result = stringMatch(column) { $0.lowercased().contains(needle) }
            return negated ? present(column) - result : result
        case .like(_, let pattern, let negated):
            let result = stringMatch(column) { pattern.matches($0) }
            return negated ? present(column) - result : result
        case .isNull(_, let negated):
            let has = present(column)
            return negated ? has : ~has
        case .isTrue:
            guard case .bool(let bits) = column.values else { return Bitmap(count: column.count) }
            return bits & present(column)
        case .compareComputed:
            return Bitmap(count: column.count)
        }
    }

    // MARK: - Two sides worked out per row

    /// One side of a computed comparison for every row: its numbers (a date as its day
    /// number) and the rows that have one; a constant is the same for all rows.
    private enum Side {
        case values([Double], present: Bitmap)
        case constant(Double)
    }

    private func side(_ operand: BoundOperand) -> Side {
        switch operand {
        case .constant(let x):
            return .constant(x)
        case .field(let field, let plus):
            let column = columns.column(field)
            return .values(numbers(column, plus: plus), present: present(column))
        case .difference(let a, let b, let plus):
            let first = columns.column(a), second = columns.column(b)
            var values = numbers(first, plus: plus)
            let taken = numbers(second, plus: 0)
            for row in values.indices where row < taken.count { values[row] -= taken[row] }
            return .values(values, present: present(first) & present(second))
        }
    }

    /// A date or number column as numbers plus a constant (zero for a missing value,
    /// which the column's presence leaves out).
    private func numbers(_ column: Column, plus: Double) -> [Double] {
        switch column.values {
        case .int(let values): values.map { Double($0) + plus }
        case .double(let values): values.map { $0 + plus }
        case .date(let days): days.map { Double($0) + plus }
        default: [Double](repeating: 0, count: column.count)
        }
    }

    /// Rows where both sides have a value and compare as asked; a row missing either is
    /// not selected (two-valued logic).
    private func compare(_ left: BoundOperand, _ op: ComparisonOperator, _ right: BoundOperand) -> Bitmap {
        let n = rowCount
        var words = [UInt64](repeating: 0, count: (n + 63) >> 6)
        func fill(_ test: (Int) -> Bool) {
            for w in words.indices {
                var word: UInt64 = 0
                let base = w << 6
                for bit in 0..<min(64, n - base) where test(base + bit) { word |= 1 << UInt64(bit) }
                words[w] = word
            }
        }
        var mask = Bitmap(count: n, allSet: true)
        switch (side(left), side(right)) {
        case (.values(let a, let pa), .values(let b, let pb)):
            guard a.count >= n, b.count >= n else { return Bitmap(count: n) }
            fill { compareOrdered(a[$0], b[$0], op) }
            mask = pa & pb
        case (.values(let a, let pa), .constant(let x)):
            guard a.count >= n else { return Bitmap(count: n) }
            fill { compareOrdered(a[$0], x, op) }
            mask = pa
        case (.constant(let x), .values(let b, let pb)):
            guard b.count >= n else { return Bitmap(count: n) }
            fill { compareOrdered(x, b[$0], op) }
            mask = pb
        case (.constant(let x), .constant(let y)):
            return Bitmap(count: n, allSet: compareOrdered(x, y, op))
        }
        return Bitmap(words: words, count: n) & mask
    }

    /// Rows where the column has a value.
    private func present(_ column: Column) -> Bitmap {
        column.present ?? Bitmap(count: column.count, allSet: true)
    }

    // MARK: - Comparisons by column type (the binder checked the pairs)

    private func compare(_ column: Column, _ op: ComparisonOperator, _ literal: Literal) -> Bitmap {
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
            case .equal: return dayRange(column, from: period.start, to: period.end)
            case .notEqual: return present(column) - dayRange(column, from: period.start, to: period.end)
            case .less: return dayRange(column, from: nil, to: period.start - 1)
            case .lessEqual: return dayRange(column, from: nil, to: period.end)
            case .greater: return dayRange(column, from: period.end + 1, to: nil)
            case .greaterEqual: return dayRange(column, from: period.start, to: nil)
            }
        case (.bool(let bits), .bool(let x)):
            let wanted = (op == .equal) == x
            return wanted ? bits & present(column) : present(column) - bits
        case (.enumeration(let codes, _), .codes(let set)):
            var table = [Bool](repeating: false, count: 256)
            for code in set { table[Int(code)] = true }
            let wanted = op == .equal
            return scan(column) { table[Int(codes[$0])] == wanted }
        case (.string, .string(let x)):
            return stringMatch(column) { compareOrdered($0, x, op) }
        default:
            return Bitmap(count: column.count)
        }
    }

    /// Rows whose day lies in `[from, to]` (either end open when nil).
    private func dayRange(_ column: Column, from: Day?, to: Day?) -> Bitmap {
        guard case .date(let values) = column.values else { return Bitmap(count: column.count) }
        let low = from?.rawValue ?? .min, high = to?.rawValue ?? .max
        return scan(column) { values[$0] >= low && values[$0] <= high }
    }

    /// A predicate on text, decided once per distinct value and then looked up by code.
    private func stringMatch(_ column: Column, _ predicate: (String) -> Bool) -> Bitmap {
        switch column.values {
        case .string(let codes, let dictionary):
            var decided = [Bool](repeating: false, count: dictionary.count)
            for code in 0..<dictionary.count {
                decided[code] = predicate(dictionary[Int32(code)] ?? "")
            }
            return scan(column) { codes[$0] >= 0 && decided[Int(codes[$0])] }
        case .enumeration(let codes, let vocabulary):
            let decided = vocabulary.tokens.map(predicate)
            return scan(column) { Int(codes[$0]) < decided.count && decided[Int(codes[$0])] }
        default:
            return Bitmap(count: column.count)
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
