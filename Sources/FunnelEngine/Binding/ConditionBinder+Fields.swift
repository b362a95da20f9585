import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Comparing a field with another field, and day arithmetic on fields:
/// `delivered < created`, `ordered - created > 30`, `last_contact < created + 3`.
/// Both sides must be dates or both numbers; a date moves by whole days, and two dates
/// taken from each other give the days between them.
extension ConditionBinder {
    /// One side of a computed comparison, with how it was written and its type (`int`
    /// for the days between two dates).
    struct Side {
        let operand: BoundOperand
        let text: String
        let type: ColumnType
        /// Where the first field's values come from.
        let source: BoundField.Source
    }

    /// The side a value names when it is a field of the table compared with a date or
    /// number field (`created`, `created + 3`, `customer.created - 1`, `ordered -
    /// created`); `nil` for any other value (a literal, a period said in words, a
    /// variable). A bare word that names a field is the field: write `$NAME` for a
    /// variable of the same name.
    func operand(_ value: Value, comparedWith field: BoundField) throws(BindingError) -> Side? {
        guard ConditionBinder.isDateOrNumber(field.type) else { return nil }
        switch value {
        case .word(let name):
            guard let other = fields.lookUp(name.text) else {
                try refuseCardField(name)
                return nil
            }
            return Side(operand: .field(other, plus: 0), text: name.text, type: other.type, source: other.source)
        case .phrase(let tokens):
            return try side(of: tokens)
        default:
            return nil
        }
    }

    /// `field op value` where field is an arithmetic: `ordered - created > 30`.
    func compare(_ arithmetic: FieldArithmetic, _ op: ComparisonOperator, _ value: Value) throws(BindingError)
        -> BoundCondition {
        let left = try side(arithmetic.field, subtracts: arithmetic.subtracts, arithmetic.operand,
                            range: arithmetic.range)
        // The left side as a field of its type, for reading the value it is compared with.
        let asField = BoundField(name: left.text, type: left.type, source: left.source)
        if let right = try operand(value, comparedWith: asField) {
            return try compare(left.operand, side: left.text, type: left.type, op, right,
                               at: arithmetic.range.union(value.range))
        }
        switch try values.bind(value, for: asField) {
        case .int(let n): return .predicate(.compareComputed(left.operand, op, .constant(Double(n))))
        case .double(let x): return .predicate(.compareComputed(left.operand, op, .constant(x)))
        case .day(let day): return .predicate(.compareComputed(left.operand, op, .constant(Double(day.rawValue))))
        case .period(let period): return ConditionBinder.compare(left.operand, op, period)
        default: throw BindingError(.cannotCompare(field: left.text, type: left.type), at: value.range)
        }
    }

    /// Two sides of the same kind compared, or the error naming both types.
    func compare(_ left: BoundOperand, side text: String, type: ColumnType, _ op: ComparisonOperator,
                 _ right: Side, at range: SourceRange) throws(BindingError) -> BoundCondition {
        guard ConditionBinder.sameKind(type, right.type) else {
            throw BindingError(.cannotCompareTypes(left: text, leftType: type, right: right.text, rightType: right.type),
                               at: range)
        }
        return .predicate(.compareComputed(left, op, right.operand))
    }

    // MARK: - Pieces

    /// `field (+|-) (field | NUMBER)`, resolved and checked.
    private func side(_ path: FieldPath, subtracts: Bool, _ operand: FieldArithmetic.Operand,
                      range: SourceRange) throws(BindingError) -> Side {
        let field = try fields.resolve(path)
        guard ConditionBinder.isDateOrNumber(field.type) else {
            throw BindingError(.arithmeticNeedsDateOrNumber(field: field.name, type: field.type), at: path.range)
        }
        switch operand {
        case .number(let text, let numberRange):
            let written = path.text + (subtracts ? " - " : " + ") + text
            guard let amount = Double(text), amount.isFinite else { throw BindingError(.wholeDays(text), at: numberRange) }
            if field.type == .date, amount.rounded() != amount { throw BindingError(.wholeDays(text), at: numberRange) }
            return Side(operand: .field(field, plus: subtracts ? -amount : amount), text: written, type: field.type,
                        source: field.source)
        case .field(let otherPath):
            let other = try fields.resolve(otherPath)
            let written = path.text + (subtracts ? " - " : " + ") + otherPath.text
            guard ConditionBinder.sameKind(field.type, other.type) else {
                throw BindingError(.cannotCompareTypes(left: field.name, leftType: field.type, right: other.name,
                                                       rightType: other.type), at: range)
            }
            guard subtracts else { throw BindingError(.cannotAddFields(written), at: range) }
            return Side(operand: .difference(field, other, plus: 0), text: written,
                        type: field.type == .date ? .int : field.type, source: field.source)
        }
    }

    /// A phrase that starts with a field: `created + 3`, `customer.created - 1 day`,
    /// `ordered - created`. `nil` when its first word is no field of the table.
    private func side(of tokens: [Token]) throws(BindingError) -> Side? {
        var i = 0
        func path() -> FieldPath? {
            guard i < tokens.count, tokens[i].kind == .word else { return nil }
            var parts = [Name(tokens[i].text, tokens[i].range)]
            i += 1
            while i + 1 < tokens.count, tokens[i].kind == .symbol(.dot), tokens[i + 1].kind == .word {
                parts.append(Name(tokens[i + 1].text, tokens[i + 1].range))
                i += 2
            }
            return FieldPath(parts)
        }
        guard let first = path(), let head = first.parts.first else { return nil }
        guard first.parts.count > 1 || fields.lookUp(head.text) != nil else {
            try refuseCardField(head)
            return nil
        }
        let range = tokens.first.map { $0.range.union(tokens[tokens.count - 1].range) } ?? first.range
        guard i < tokens.count else {
            let field = try fields.resolve(first)
            return Side(operand: .field(field, plus: 0), text: first.text, type: field.type, source: field.source)
        }
        // One `+` or `-` and what follows it (`-3` lexes as one number).
        let sign = tokens[i]
        var subtracts = sign.kind == .symbol(.minus)
        let operand: FieldArithmetic.Operand
        if sign.kind == .number, sign.text.hasPrefix("-") {
            operand = .number(String(sign.text.dropFirst()), sign.range)
            subtracts = true
            i += 1
        } else if sign.kind == .symbol(.plus) || sign.kind == .symbol(.minus), i + 1 < tokens.count {
            i += 1
            if tokens[i].kind == .number {
                operand = .number(tokens[i].text, tokens[i].range)
                i += 1
            } else if let other = path() {
                operand = .field(other)
            } else {
                return nil
            }
        } else {
            return nil
        }
        if i < tokens.count, tokens[i].kind == .word, Parser.dayWords.contains(tokens[i].text.lowercased()) { i += 1 }
        guard i == tokens.count else { return nil }
        return try side(first, subtracts: subtracts, operand, range: range)
    }

    /// A card field named on follow-ups or traffic is the card's: say so rather than
    /// reading the name as a day.
    private func refuseCardField(_ name: Name) throws(BindingError) {
        guard fields.table != .customers,
              FieldResolver(table: .customers, catalog: fields.catalog).lookUp(name.text) != nil else { return }
        throw BindingError(.cardFieldHere(name.text, table: fields.table), at: name.range)
    }

    /// A date or number field compared with a period: with its days, as `created < 2010-10` is.
    static func compare(_ left: BoundOperand, _ op: ComparisonOperator, _ period: Period) -> BoundCondition {
        let start = Double(period.start.rawValue), end = Double(period.end.rawValue)
        func side(_ op: ComparisonOperator, _ x: Double) -> BoundCondition {
            .predicate(.compareComputed(left, op, .constant(x)))
        }
        switch op {
        case .equal: return .all([side(.greaterEqual, start), side(.lessEqual, end)])
        case .notEqual: return .any([side(.less, start), side(.greater, end)])
        case .less: return side(.less, start)
        case .lessEqual: return side(.lessEqual, end)
        case .greater: return side(.greater, end)
        case .greaterEqual: return side(.greaterEqual, start)
        }
    }

    static func isDateOrNumber(_ type: ColumnType) -> Bool {
        type == .date || type == .int || type == .double
    }

    /// Dates with dates, numbers (whole or not) with numbers.
    static func sameKind(_ a: ColumnType, _ b: ColumnType) -> Bool {
        (a == .date) == (b == .date) && isDateOrNumber(a) && isDateOrNumber(b)
    }
}
