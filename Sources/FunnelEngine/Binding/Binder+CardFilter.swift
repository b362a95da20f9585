import FunnelDomain
import FunnelStore
import FunnelSyntax

extension Binder {
    /// The `where` of a KPI, report or plan as the cards, traffic and targets it keeps.
    ///
    /// The condition is on the cards. Traffic is kept by the same condition on its own
    /// fields when every field the condition names is a party traffic names too (the
    /// consultant or dealer: who received the visitor), else by its card. Targets are
    /// set per dealer and consultant only, so a condition on anything else leaves a KPI
    /// with a target (`plan_achievement`) without one.
    func filter(_ input: Analysis) throws(BindingError) -> BoundCardFilter {
        guard let written = input.clauses.condition else { return .everything }
        let cards = try ConditionBinder(fields: fields(.customers), values: input.values, notes: notes).bind(written)
        let named = ConditionBinder.fields(of: cards)
        let traffic: BoundCardFilter.Traffic
        if named.allSatisfy({ trafficField(for: $0) != nil }) {
            traffic = .own(cards.replacingFields { trafficField(for: $0) ?? $0 })
        } else {
            traffic = .byCard(firstFieldTrafficLacks(in: written))
        }
        return BoundCardFilter(cards: cards, traffic: traffic, targets: Binder.targets(of: cards), written: written)
    }

    /// The first field of a condition that traffic has no counterpart of (`channel`,
    /// `model`), as written, for the message refusing a traffic rate through cards.
    private func firstFieldTrafficLacks(in condition: Condition) -> FieldPath? {
        let resolver = fields(.customers)
        for predicate in condition.predicates {
            for path in Binder.paths(of: predicate) {
                guard let field = try? resolver.resolve(path) else { continue }
                if trafficField(for: field) == nil { return path }
            }
        }
        return nil
    }

    private static func paths(of predicate: Condition) -> [FieldPath] {
        switch predicate {
        case .compare(let path, _, _), .inList(let path, _, _), .inPeriod(let path, _, _), .between(let path, _, _, _),
             .contains(let path, _, _), .like(let path, _, _), .isNull(let path, _), .isTrue(let path):
            return [path]
        case .compareArithmetic(let arithmetic, _, _):
            if case .field(let other) = arithmetic.operand { return [arithmetic.field, other] }
            return [arithmetic.field]
        case .and, .or, .not:
            return []
        }
    }

    /// A rate over traffic (`capture_rate`) counts the entries that left nothing in its
    /// denominator, and those have no card: kept through their cards (a `where` or `by`
    /// on a field traffic lacks, such as `channel` or `model`), every such rate would be
    /// its captured entries over themselves, 100%. Refused, naming the field; counts of
    /// traffic are kept, with a note (`trafficThroughCards`).
    func checkTrafficRates(_ kpis: [KPIDefinition], filter: BoundCardFilter, groups: [BoundGroupField])
        throws(BindingError) {
        guard let rate = kpis.first(where: \.isRateOverTraffic) else { return }
        if case .byCard(let path) = filter.traffic {
            let range = path?.range ?? SourceRange(0, 0)
            throw BindingError(.trafficRateThroughCards(kpi: rate.name, field: path?.text ?? "", grouped: false), at: range)
        }
        if let group = groups.first(where: { $0.traffic == nil }) {
            throw BindingError(.trafficRateThroughCards(kpi: rate.name, field: group.field.name, grouped: true),
                               at: group.range)
        }
    }

    /// The traffic field naming the same party as a card field stored on the cards.
    func trafficField(for field: BoundField) -> BoundField? {
        guard field.isStoredOnCards, let party = field.party,
              let spec = TableSchema.traffic.field(naming: party) else { return nil }
        return fields(.traffic).lookUp(spec.name)
    }

    /// Whose targets the condition leaves: consultants and dealers named by `=` or
    /// `in (...)`, joined by `and`; anything else has none.
    static func targets(of condition: BoundCondition) -> TargetSelection {
        var consultants: [String]?
        var dealers: [String]?
        var other: String?
        var notSimple = false
        func note(_ field: BoundField, _ literals: [Literal]) {
            let texts = literals.compactMap { literal -> String? in
                if case .string(let text) = literal { return text }
                return nil
            }
            switch field.isStoredOnCards ? field.party : nil {
            case .consultant?: consultants = consultants.map { Set($0).intersection(texts).sorted() } ?? texts
            case .dealer?: dealers = dealers.map { Set($0).intersection(texts).sorted() } ?? texts
            case nil: other = other ?? field.name
            }
        }
        // An `and` chain is walked as a list (see Condition+Chains).
        var pending = [condition]
        while let next = pending.popLast() {
            switch next {
            case .all(let terms):
                pending += terms.reversed()
            case .any, .not:
                notSimple = true
            case .predicate(.compare(let field, .equal, let literal)):
                note(field, [literal])
            case .predicate(.oneOf(let field, let literals, negated: false)):
                note(field, literals)
            case .predicate(let predicate):
                other = other ?? predicate.fields.first?.name ?? ""
            }
        }
        if notSimple { return .notApplicable(.conditionNotSimple) }
        if let other { return .notApplicable(.notSetPer(field: other)) }
        if let consultants { return .consultants(consultants, dealers: dealers) }
        return .dealerWide(dealers: dealers)
    }
}

extension BoundCondition {
    /// The same condition about other fields (the traffic's own consultant for the card's).
    func replacingFields(_ replace: (BoundField) -> BoundField) -> BoundCondition {
        switch self {
        case .all(let terms): return .all(terms.map { $0.replacingFields(replace) })
        case .any(let terms): return .any(terms.map { $0.replacingFields(replace) })
        case .not(let inner): return .not(inner.replacingFields(replace))
        case .predicate(let predicate): return .predicate(predicate.replacingFields(replace))
        }
    }
}

extension BoundPredicate {
    func replacingFields(_ replace: (BoundField) -> BoundField) -> BoundPredicate {
        if case .compareComputed(let left, let op, let right) = self {
            return .compareComputed(left.replacingFields(replace), op, right.replacingFields(replace))
        }
        guard let old = fields.first else { return self }
        let field = replace(old)
        switch self {
        case .compare(_, let op, let literal): return .compare(field, op, literal)
        case .oneOf(_, let literals, let negated): return .oneOf(field, literals, negated: negated)
        case .days(_, let from, let to, let negated): return .days(field, from: from, to: to, negated: negated)
        case .between(_, let low, let high, let negated): return .between(field, low, high, negated: negated)
        case .contains(_, let needle, let negated): return .contains(field, needle, negated: negated)
        case .like(_, let pattern, let negated): return .like(field, pattern, negated: negated)
        case .isNull(_, let negated): return .isNull(field, negated: negated)
        case .isTrue: return .isTrue(field)
        case .compareComputed: return self
        }
    }
}
