import FunnelDomain
import FunnelStore

/// The derived card fields (domain.md §3) in SQL, as `CardFactsKernel` computes them:
/// a card's follow-ups dated on or before T summed up once per card (`f`), and each
/// field an expression over the card and those sums. A card captured after T has no
/// value for any of them.
extension SQLCompiler {
    /// Per card (`_card`): follow-ups by T, test drives, the latest date, visit days
    /// (a walk-in's capture day counted once, with the card), whether intro,
    /// negotiation and a test drive were all done, the grade set last by T and whether
    /// one was set after T.
    var factsQuery: String {
        let has = { (name: String) in self.catalog.hasColumn(.followups, name) }
        let byT = "u.\(dialect.identifier("date")) <= \(t)"
        func flag(_ name: String) -> String { has(name) ? "coalesce(u.\(dialect.identifier(name)), false)" : "false" }
        let visit = has("kind") ? "u.\(dialect.identifier("kind")) = 'visit'" : "false"
        let walkin = catalog.hasColumn(.customers, "channel") ? "c.\(dialect.identifier("channel")) = 'walkin'" : "false"
        let grade = has("grade") ? "u.\(dialect.identifier("grade"))" : "NULL::text"
        let date = "u.\(dialect.identifier("date"))"
        // A follow-up's day and time as one number: day * 2000 + minute + 1 (0 without a time).
        let firstMinute = catalog.hasMinutes(.followups, "date")
            ? "coalesce(u.\(dialect.identifier("date__minute")), -1) + 1" : "0"
        return """
            SELECT u._card, count(*) FILTER (WHERE \(byT)) AS n, \
            count(*) FILTER (WHERE \(byT) AND \(flag("test_drive"))) AS drives, \
            max(\(date)) FILTER (WHERE \(byT)) AS latest, \
            count(DISTINCT \(date)) FILTER (WHERE \(byT) AND \(visit) AND NOT (\(walkin) AND \(date) = c.created)) \
            AS visit_days, \
            coalesce(bool_or(\(flag("intro"))) FILTER (WHERE \(byT)), false) \
            AND coalesce(bool_or(\(flag("negotiation"))) FILTER (WHERE \(byT)), false) \
            AND coalesce(bool_or(\(flag("test_drive"))) FILTER (WHERE \(byT)), false) AS worked, \
            (array_agg(\(grade) ORDER BY \(date) DESC, u._seq DESC) FILTER (WHERE \(grade) IS NOT NULL AND \(byT)))[1] \
            AS grade_then, \
            coalesce(bool_or(\(grade) IS NOT NULL AND NOT (\(byT))), false) AS grade_later, \
            min(\(dialect.dayNumber(date))::bigint * 2000 + \(firstMinute)) AS first_packed \
            FROM \(catalog.table(.followups)) AS u JOIN \(catalog.table(.customers)) AS c ON c._row = u._card \
            GROUP BY u._card
            """
    }

    /// `card.created <= T`.
    func exists(_ card: String) -> String { "\(column(card, "created")) <= \(t)" }

    /// Only for cards that exist at T.
    private func whenExists(_ card: String, _ value: String) -> String {
        "(CASE WHEN \(exists(card)) THEN \(value) END)"
    }

    func status(_ card: String) -> String {
        func dated(_ name: String) -> String {
            catalog.hasColumn(.customers, name) ? "\(column(card, name)) <= \(t)" : "false"
        }
        return "(CASE WHEN \(dated("delivered")) THEN 'won' WHEN \(dated("lost")) THEN 'lost' "
            + "WHEN \(dated("ordered")) THEN 'order' WHEN \(dated("dormant")) THEN 'dormant' ELSE 'active' END)"
    }

    private func visits(_ card: String) -> String {
        let walkin = catalog.hasColumn(.customers, "channel")
            ? "(CASE WHEN \(column(card, "channel")) = 'walkin' THEN 1 ELSE 0 END)" : "0"
        return "(\(walkin) + coalesce(f.visit_days, 0))"
    }

    private func lastContact(_ card: String) -> String {
        "greatest(\(column(card, "created")), f.latest)"
    }

    /// The grade at T on a day before the snapshot (`CardGrades.before`): set by the
    /// latest follow-up by T, else the stored one unless a later follow-up set one or
    /// the stored O's order came after T.
    func gradeThen(card: String) -> String {
        guard catalog.hasColumn(.customers, "grade") else { return "NULL::text" }
        let stored = column(card, "grade")
        let orderedLater = catalog.hasColumn(.customers, "ordered") ? "\(column(card, "ordered")) > \(t)" : "false"
        return whenExists(card, "coalesce(f.grade_then, CASE WHEN \(stored) IS NULL OR coalesce(f.grade_later, false) "
                          + "OR (\(stored) = 'O' AND coalesce(\(orderedLater), false)) THEN NULL ELSE \(stored) END)")
    }

    /// Last contact plus the cycle of the grade at T, for following cards not dormant.
    private mutating func cycleDue(_ card: String) -> String {
        let grade = beforeSnapshot ? gradeThen(card: card)
            : (catalog.hasColumn(.customers, "grade") ? column(card, "grade") : "NULL::text")
        let arms = Grade.allCases.compactMap { g -> String? in
            guard let days = cycles[g], let token = Grade.vocabulary.token(g.rawValue) else { return nil }
            return "WHEN \(dialect.literal(token)) THEN \(days)"
        }
        let cycle = arms.isEmpty ? "NULL::int" : "(CASE \(grade) \(arms.joined(separator: " ")) END)"
        return whenExists(card, "(CASE WHEN \(status(card)) IN ('order', 'active') "
                          + "THEN \(lastContact(card)) + \(cycle) END)")
    }

    /// The next follow-up `due` and `overdue` compare with T: the stored plan, or before
    /// the snapshot the cycle due date.
    private mutating func nextFollowup(_ card: String) -> String {
        if beforeSnapshot { return cycleDue(card) }
        return catalog.hasColumn(.customers, "next_followup") ? column(card, "next_followup") : "NULL::date"
    }

    /// A derived field of the card `card` as of T.
    mutating func derived(_ field: DerivedField, card: String) throws(SQLRefusal) -> String {
        switch field {
        case .status:
            return whenExists(card, status(card))
        case .following:
            return whenExists(card, "\(status(card)) IN ('order', 'dormant', 'active')")
        case .cardAge:
            return whenExists(card, "(\(t) - \(column(card, "created")))")
        case .visits:
            return whenExists(card, visits(card))
        case .visited:
            return whenExists(card, "\(visits(card)) >= 1")
        case .testDrives:
            return whenExists(card, "coalesce(f.drives, 0)")
        case .followupCount:
            return whenExists(card, "coalesce(f.n, 0)")
        case .lastContact:
            return whenExists(card, lastContact(card))
        case .complete:
            return whenExists(card, "coalesce(\(column(card, "_complete")), false)")
        case .due, .overdue:
            readsDuePlans = true
            let next = nextFollowup(card)
            let op = field == .due ? "=" : "<"
            return whenExists(card, "coalesce(\(status(card)) IN ('order', 'active') AND \(next) \(op) \(t), false)")
        case .cycleDue:
            return cycleDue(card)
        case .daysLate:
            let due = cycleDue(card)
            return "(CASE WHEN \(due) IS NOT NULL THEN greatest(0, \(t) - \(due)) END)"
        case .dormantEligible:
            let channel = catalog.hasColumn(.customers, "channel") ? column(card, "channel") : "NULL::text"
            let cold = "(\(channel) IN ('phone', 'outreach') AND \(t) - \(column(card, "created")) > 15 "
                + "AND \(visits(card)) = 0)"
            let worked = "(\(visits(card)) >= 1 AND coalesce(f.worked, false))"
            return whenExists(card, "coalesce(\(status(card)) = 'active' AND (\(cold) OR \(worked)), false)")
        }
    }
}
