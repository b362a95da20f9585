import FunnelDomain
import FunnelStore
import FunnelSyntax
import FunnelText

/// Binds a `where` condition on one table: every field resolved, every value made a
/// literal of its field's type, every operator checked against the type, and each
/// `in PERIOD` on an event date cut at T.
struct ConditionBinder {
    let fields: FieldResolver
    let values: ValueBinder
    /// Where a value that matched nothing but is near one goes.
    let notes: BindingNotes

    var asOf: Day { values.asOf }

    func bind(_ condition: Condition) throws(BindingError) -> BoundCondition {
        switch condition {
        case .and, .or:
            // A chain of terms one after the other, not recursively: a line of
            // thousands of terms is a tree thousands deep.
            var terms: [BoundCondition] = []
            for term in condition.chainedTerms { terms.append(try bind(term)) }
            if case .and = condition { return .all(terms) }
            return .any(terms)
        case .not(let inner, _):
            return .not(try bind(inner))
        case .compare(let path, let op, let value):
            let field = try fields.resolve(path)
            if let other = try operand(value, comparedWith: field) {
                return try compare(.field(field, plus: 0), side: path.text, type: field.type, op, other,
                                   at: path.range.union(value.range))
            }
            let literal = try values.bind(value, for: field)
            try check(field, op, literal, at: value.range)
            if op == .equal || op == .notEqual { try checkFound(literal, of: field, at: value.range) }
            return .predicate(.compare(field, op, literal))
        case .compareArithmetic(let arithmetic, let op, let value):
            return try compare(arithmetic, op, value)
        case .inList(let path, let written, let negated):
            let field = try fields.resolve(path)
            var literals: [Literal] = []
            for value in written {
                let literal = try values.bind(value, for: field)
                try check(field, .equal, literal, at: value.range)
                try checkFound(literal, of: field, at: value.range)
                literals.append(literal)
            }
            return .predicate(.oneOf(field, literals, negated: negated))
        case .inPeriod(let path, let value, let negated):
            let field = try fields.resolve(path)
            guard field.isDate else {
                throw BindingError(.periodNeedsDate(field: field.name, type: field.type), at: path.range)
            }
            let period = try values.period(value)
            var end = period.end
            if !field.isPlan {
                // An event period after T holds nothing yet: refused as KPIs refuse it,
                // rather than an empty answer that looks like a quiet month.
                do {
                    end = try AsOfPeriod(period: period, today: asOf).asOf
                } catch {
                    throw BindingError(.period(error), at: value.range)
                }
            }
            return .predicate(.days(field, from: period.start, to: end, negated: negated))
        case .between(let path, let low, let high, let negated):
            let field = try fields.resolve(path)
            let a = try values.bind(low, for: field), b = try values.bind(high, for: field)
            try check(field, .greaterEqual, a, at: low.range)
            try check(field, .lessEqual, b, at: high.range)
            return .predicate(.between(field, a, b, negated: negated))
        case .contains(let path, let value, let negated):
            let field = try fields.resolve(path)
            let needle = try values.text(value).lowercased()
            try checkText(field, at: path.range)
            return .predicate(.contains(field, needle, negated: negated))
        case .like(let path, let value, let negated):
            let field = try fields.resolve(path)
            let pattern = LikePattern(try values.text(value))
            try checkText(field, at: path.range)
            return .predicate(.like(field, pattern, negated: negated))
        case .isNull(let path, let negated):
            return .predicate(.isNull(try fields.resolve(path), negated: negated))
        case .isTrue(let path):
            let field = try fields.resolve(path)
            guard field.type == .bool else { throw BindingError(.notYesNo(field: field.name), at: path.range) }
            return .predicate(.isTrue(field))
        }
    }

    /// Whether `field op literal` can be asked: yes/no and enum fields only by equality.
    private func check(_ field: BoundField, _ op: ComparisonOperator, _ literal: Literal,
                       at range: SourceRange) throws(BindingError) {
        switch (field.type, literal) {
        case (.int, .int), (.int, .double), (.double, .double), (.double, .int), (.date, .day), (.date, .period),
             (.string, .string):
            return
        case (.bool, .bool):
            guard op == .equal || op == .notEqual else {
                throw BindingError(.yesNoComparison(field: field.name), at: range)
            }
        case (.enumeration, .codes):
            guard op == .equal || op == .notEqual else {
                throw BindingError(.enumHasNoOrder(field: field.name), at: range)
            }
        default:
            throw BindingError(.cannotCompare(field: field.name, type: field.type), at: range)
        }
    }

    /// A text value compared for equality must be one the data has. For a field of
    /// few values that repeat (a consultant, a model, a source) one that no row has is
    /// a mistake, refused with the values nearest to it: a typo must never quietly
    /// answer zero. For an id, a name or a phone the empty answer may be the true one,
    /// so it stands, with a note when a value differs only in case or by one edit.
    private func checkFound(_ literal: Literal, of field: BoundField, at range: SourceRange) throws(BindingError) {
        guard case .string(let text) = literal, let own = fields.storedTexts(field) else { return }
        let known = fields.knownValues(field)
        if known.contains(where: { $0.contains(text) }) { return }
        let distinct = own.distinctCount
        if distinct <= ConditionBinder.categoryLimit, distinct * 2 <= own.presentCount {
            var values: [String] = []
            for texts in known { values += texts.values.filter { !values.contains($0) } }
            throw BindingError(.noSuchValue(text, field: field.name, values: values), at: range)
        }
        guard distinct <= ConditionBinder.nearScanLimit else { return }
        // A value equal but for case first, else the first one edit away.
        let lowered = text.lowercased(), target = Array(lowered)
        var oneEdit: String?
        for value in own.values {
            let candidate = value.lowercased()
            if candidate == lowered {
                oneEdit = value
                break
            }
            if oneEdit == nil, abs(candidate.count - target.count) <= 1,
               Suggestion.editDistance(target, Array(candidate)) == 1 {
                oneEdit = value
            }
        }
        if let near = oneEdit { notes.add(.nearValue(text, field: field.name, near: near)) }
    }

    /// Fields with at most this many distinct values, each used twice on average,
    /// are categories whose every value the data knows.
    static let categoryLimit = 5_000
    /// An id-like field is searched for a near value up to this many distinct values.
    static let nearScanLimit = 200_000

    private func checkText(_ field: BoundField, at range: SourceRange) throws(BindingError) {
        switch field.type {
        case .string, .enumeration: return
        default: throw BindingError(.notText(field: field.name, type: field.type), at: range)
        }
    }

    /// The fields a condition names, in order (for the columns `select TABLE` adds).
    static func fields(of condition: BoundCondition) -> [BoundField] {
        var found: [BoundField] = []
        var pending = [condition]
        while let next = pending.popLast() {
            switch next {
            case .all(let terms), .any(let terms): pending += terms.reversed()
            case .not(let inner): pending.append(inner)
            case .predicate(let predicate): found += predicate.fields
            }
        }
        return found
    }
}

extension BoundPredicate {
    /// The fields the predicate is about: one, or the two sides of a computed comparison.
    var fields: [BoundField] {
        switch self {
        case .compare(let f, _, _), .oneOf(let f, _, _), .days(let f, _, _, _), .between(let f, _, _, _),
             .contains(let f, _, _), .like(let f, _, _), .isNull(let f, _), .isTrue(let f):
            [f]
        case .compareComputed(let left, _, let right):
            left.fields + right.fields
        }
    }
}
