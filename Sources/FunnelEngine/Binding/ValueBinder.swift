import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Turns a value written in a statement into a `Literal` of the type of the field
/// it is compared with, resolving variables, enum spellings (English in any case,
/// or Chinese), periods, and `today`.
struct ValueBinder {
    let variables: [String: Value]
    /// The statement's day T, which `today` stands for.
    let asOf: Day

    /// Follows variables: `$m`, or a bare word that names one.
    func dereference(_ value: Value) throws(BindingError) -> Value {
        var current = value
        for _ in 0..<16 {
            switch current {
            case .variable(let name):
                guard let bound = variables[name.text] else {
                    throw BindingError(.unknownVariable(name.text), at: name.range)
                }
                current = bound
            default:
                return current
            }
        }
        throw BindingError(.variableLoop, at: value.range)
    }

    func bind(_ written: Value, for field: BoundField) throws(BindingError) -> Literal {
        let value = try dereference(written)
        let range = written.range
        switch field.type {
        case .int, .double:
            if case .number(let text, _) = value, let number = Double(text) {
                if case .int = field.type, let whole = Int64(text) { return .int(whole) }
                return .double(number)
            }
            if case .percent(let text, _) = value, let number = Double(text) { return .double(number / 100) }
            if case .word(let name) = value, let bound = variables[name.text] {
                return try bind(bound, for: field)
            }
            throw BindingError(.notANumber(field: field.name, value: value), at: range)
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
                throw BindingError(.needsQuotes(field: field.name), at: range)
            }
        case .bool:
            if case .word(let name) = value {
                switch name.text.lowercased() {
                case "true", "yes", "是", "y": return .bool(true)
                case "false", "no", "否", "n": return .bool(false)
                default: break
                }
            }
            throw BindingError(.notTrueOrFalse(field: field.name, value: value), at: range)
        case .enumeration(let vocabulary):
            let text: String
            switch value {
            case .word(let name): text = name.text
            // Quoted text is kept as typed, but no enum value is full-width: `“Ｈ”` is H.
            case .string(let s, _): text = KeyboardFolding.fold(s)
            default:
                throw BindingError(.notAnEnumWord(field: field.name, allowed: vocabulary.allowedDescription,
                                                  value: value), at: range)
            }
            if let code = vocabulary.code(for: text) { return .codes([code]) }
            let groups = ValueBinder.valueGroups(of: field)
            if let group = groups[text.lowercased()] ?? groups[text] { return .codes(Set(group)) }
            if case .word(let name) = value, let bound = variables[name.text] { return try bind(bound, for: field) }
            let groupNames = groups.keys.sorted()
            throw BindingError(.unknownEnumValue(text, field: field.name, allowed: vocabulary.allowedDescription,
                                                 groups: groupNames, candidates: vocabulary.tokens + groupNames),
                               at: range)
        }
    }

    /// Extra words an enum field accepts standing for several of its values:
    /// `status = following` means order, dormant or active.
    static func valueGroups(of field: BoundField) -> [String: [UInt8]] {
        var derived: DerivedField?
        switch field.source {
        case .derived(let d): derived = d
        case .card(let inner, _): if case .derived(let d) = inner.source { derived = d }
        case .stored: break
        }
        guard derived == .status else { return [:] }
        let following = CardStatus.following.map(\.rawValue)
        var groups: [String: [UInt8]] = [:]
        for word in [CardStatus.followingToken] + CardStatus.followingWords { groups[word] = following }
        return groups
    }

    /// A day or a period for a date field: a day where the value is one (`2010-10-05`,
    /// `today`, `today - 7`), else the period's days.
    func bindDay(_ value: Value, range: SourceRange, field: String) throws(BindingError) -> Literal {
        switch value {
        case .date(let text, _):
            guard let day = Day(parsing: text) else { throw BindingError(.notARealDate(text), at: range) }
            return .day(day)
        case .word(let name):
            if let bound = variables[name.text] { return try bindDay(try dereference(bound), range: range, field: field) }
            do {
                return ValueBinder.literal(try PeriodParser.parse(name.text, today: asOf))
            } catch {
                switch error.kind {
                case .unknownWord(let candidates):
                    throw BindingError(.notADate(field: field, word: name.text, candidates: candidates), at: range)
                case .notAPeriod:
                    throw BindingError(.notADate(field: field, word: name.text, candidates: PeriodParser.words),
                                       at: range)
                default:
                    throw BindingError(.period(error), at: range)
                }
            }
        default:
            return ValueBinder.literal(try period(value, range: range))
        }
    }

    /// A single day as a day, any other period as its days.
    private static func literal(_ period: Period) -> Literal {
        period.kind == .day ? .day(period.start) : .period(period)
    }

    /// A period: `2010-10`, `2010-W41`, `2010-Q4`, `2010`, `2010-10-05`, a range, a
    /// variable, or said (`last month`, `本周`, `last 7 days`, `today - 7`, ...)
    /// relative to the statement's T.
    func period(_ written: Value, range: SourceRange? = nil) throws(BindingError) -> Period {
        let value = try dereference(written)
        let place = range ?? written.range
        switch value {
        case .period(let text, _), .date(let text, _), .number(let text, _), .string(let text, _):
            return try said(text, at: place)
        case .range(let low, let high):
            let a = try period(low), b = try period(high)
            guard let joined = Period.range(from: a.start, to: b.end) else {
                throw BindingError(.rangeBackwards(start: a.start, end: b.end), at: place)
            }
            return joined
        case .word(let name):
            if let bound = variables[name.text] { return try period(bound, range: place) }
            return try said(name.text, at: place)
        case .phrase(let tokens):
            return try said(tokens.map(\.text).joined(separator: " "), at: place, tokens: tokens)
        case .variable, .percent:
            throw BindingError(.expectedPeriod, at: place)
        }
    }

    /// Period text read by the domain relative to T. An error points at the token of a
    /// phrase it is about when it is about one (`Octobr` in `Octobr 2010`).
    private func said(_ text: String, at place: SourceRange, tokens: [Token] = []) throws(BindingError) -> Period {
        do {
            let period = try PeriodParser.parse(text, today: asOf)
            // A range shows its days, as `2010-09..2010-10` written in the language always has.
            guard period.kind == .range else { return period }
            return Period.range(from: period.start, to: period.end) ?? period
        } catch {
            let matching = tokens.filter { $0.text == error.text }
            throw BindingError(.period(error), at: matching.count == 1 ? matching[0].range : place)
        }
    }

    /// The period as of T; one that starts after T is an error that says so.
    func window(_ value: Value) throws(BindingError) -> AsOfPeriod {
        let period = try self.period(value)
        do {
            return try AsOfPeriod(period: period, today: asOf)
        } catch {
            throw BindingError(.period(error), at: value.range)
        }
    }

    /// A day: for `as of` and the day of a work list.
    func day(_ written: Value) throws(BindingError) -> Day {
        switch try bindDay(try dereference(written), range: written.range, field: "as of") {
        case .day(let day): return day
        case .period(let period): return period.end
        default: throw BindingError(.expectedDate, at: written.range)
        }
    }

    /// Text for `contains` and `like`.
    func text(_ value: Value) throws(BindingError) -> String {
        switch try dereference(value) {
        case .string(let s, _), .number(let s, _), .date(let s, _), .period(let s, _): return s
        case .word(let n): return n.text
        default: throw BindingError(.expectedText, at: value.range)
        }
    }
}
