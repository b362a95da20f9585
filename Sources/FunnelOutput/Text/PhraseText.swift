import FunnelDomain
import FunnelEngine
import FunnelStore
import FunnelSyntax

/// The words of every phrase a result carries — notes, headings, text cells made of
/// facts — in one place, with their numbers formatted here.
public enum PhraseText {
    /// Phrases as lines: each its text, but an explanation's arithmetic that only
    /// repeats its value (`new_cards = new = 100`) is left out.
    /// In Chinese, an explanation's English definition line is left out too: the
    /// Chinese one follows it.
    public static func lines(_ phrases: [ResultPhrase], in language: DisplayLanguage = .current) -> [String] {
        let hasChineseDefinition = phrases.contains {
            if case .definitionLine(let line) = $0 { return line.contains(where: ChineseNames.isHan) }
            return false
        }
        return phrases.compactMap { phrase in
            if case .arithmetic(let explanation) = phrase,
               ExplanationText.arithmetic(explanation) == ExplanationText.value(explanation) {
                return nil
            }
            if language == .chinese, hasChineseDefinition, case .definitionLine(let line) = phrase,
               !line.contains(where: ChineseNames.isHan) {
                return nil
            }
            return text(phrase, in: language)
        }
    }

    /// A phrase in the language being rendered (`DisplayLanguage.current`).
    public static func text(_ phrase: ResultPhrase) -> String { text(phrase, in: .current) }

    public static func text(_ phrase: ResultPhrase, in language: DisplayLanguage) -> String {
        switch language {
        case .english: english(phrase)
        case .chinese: chinese(phrase)
        }
    }

    /// An undefined computed value in a cell (a rate over 0): `n/a`, 不适用.
    public static var undefinedValue: String { DisplayLanguage.current == .chinese ? "不适用" : "n/a" }

    static func english(_ phrase: ResultPhrase) -> String {
        switch phrase {
        case .group(.missing): "(none)"
        case .group(.noCard): "(no card)"
        case .countedAsOf(let period, let asOf, let nothingAfter):
            "\(period) counted as of \(asOf)" + (nothingAfter ? ": nothing dated after it counts" : "")
        case .lastPieceAsOf(let grain, let period, let asOf):
            "the last \(grain), \(period), is counted as of \(asOf)"
        case .noTarget(let kpi, let reason):
            "\(kpi) has no target: \(TargetText.shortfall(reason))"
        case .noTargetPerGroup(let kpi, let reason):
            "\(kpi) has no target per group: \(TargetText.absence(reason))"
        case .explainHeading(let definition, let window):
            "\(definition.name) (\(definition.chineseNames.joined(separator: ", "))) for \(window)"
        case .definitionLine(let line):
            "  " + line
        case .formula(let explanation):
            "  = " + explanation.formula
        case .arithmetic(let explanation):
            "  = " + ExplanationText.arithmetic(explanation)
        case .value(let explanation):
            "  = " + ExplanationText.value(explanation)
        case .term(let term):
            (term.subtracted ? "− " : "") + term.name
        case .explanationNote(let note):
            "note: " + ExplanationText.note(note)
        case .source(let source):
            "source: \(source)"
        case .termRows(let count, let term, let kpi, let window):
            "\(count) \(count == 1 ? "row" : "rows"): \(term.name) (\(term.chineseName)) of \(kpi) for \(window)"
        case .termEvents(let events, let cards, let term, let kpi, let window):
            "\(events) due \(events == 1 ? "event" : "events") of \(cards) \(cards == 1 ? "card" : "cards"): "
                + "\(term.name) (\(term.chineseName)) of \(kpi) for \(window)"
        case .scoreHeading(let kpi, let score):
            "\(kpi) \(NumberText.value(score.actual, kind: score.kind)) against "
                + "\(NumberText.value(score.target, kind: score.kind)): \(ScoreText.arithmetic(score))"
        case .scoringRule(let up, let down, let isRate):
            "each percentage point above target adds \(NumberText.term(up)), each below takes "
                + "\(NumberText.term(down)) (seed 000)" + (isRate ? "" : "; for a count, 1% of the target is one point")
        case .noScore(let kpi, let window, let kind):
            "no score: \(kpi) is undefined for \(window)" + (kind == .count ? "" : " (its denominator is 0)")
        case .changeInPoints:
            "change_points: percentage points; relative: (P − Q) ÷ Q"
        case .pivotHeading(let kpi, let window):
            "\(kpi) for \(window):"
        case .pivotCells(let kpi, let isRate):
            "each cell is \(kpi) for its row and column; the totals are \(kpi) over the whole row, column or table"
                + (isRate ? ", not sums or averages of the cells" : "")
        case .oneTargetForEveryGroup:
            "every group is scored against the same target (a target per group is not supported yet)"
        case .funnelHeading(let window, let fields):
            "funnel for \(window)" + (fields.isEmpty ? "" : " by " + fields.joined(separator: ", "))
        case .funnelGroups(let period):
            "each stage counts the new cards that reached it or a later one by T; funnel for \(period) shows the ratios"
        case .funnelSkipped:
            "skipped: cards counted at a stage because they reached a later one, with no record of the step itself "
                + "(an order without a recorded test drive)"
        case .inconsistentCards(let period, let count, let ids, let more):
            "\(period): \(count) cards have dates that break closing = opening + in − out: "
                + ids.joined(separator: ", ") + (more > 0 ? ", … (\(more) more)" : "")
        case .identityCheck(let holds, let inconsistent):
            holds && inconsistent == 0 ? "ok" : "\(inconsistent) inconsistent"
        case .deliveriesOf(let period):
            "deliveries of \(period):"
        case .followingAsOf(let day):
            "cards following as of \(day)"
        case .captureCounts:
            "captures count traffic entries with result captured; new cards count the cards, by channel"
        case .trafficThroughCards(let field, let count, let period):
            "traffic has no \(field) of its own and is kept through its cards: "
                + (count == 1 ? "the 1 entry" : "the \(count) entries") + " of \(period) with no card (result none) "
                + "are not counted"
        case .captureRateLeftOut(let field, let perGroup):
            "no capture_rate" + (perGroup ? " per \(field)" : "") + ": traffic has no \(field) of its own, and the entries that left nothing have no card, "
                + "so through the cards every rate would be 100%"
        case .workList(let kind, let count, let day):
            "\(count) cards: \(kind.rawValue) (\(kind.chineseName)) as of \(day)"
        case .duplicates(let groups, let cards, let day):
            "\(groups) groups, \(cards) cards with the same phone and model as of \(day)"
        case .seedReport(let phrase): SeedReportText.text(phrase)
        case .refillHeading(let deliveries, let sales, let prospects, let period):
            "\(deliveries) deliveries at a close rate of \(sales) in \(prospects)" + (period.map { " for \($0)" } ?? "")
                + ":"
        case .planHeading(let deliveries, let period, let reference):
            "\(deliveries) deliveries in \(period), with the rates of \(reference):"
        case .planStep(let step, .label): PlanText.label(step)
        case .planStep(let step, .arithmetic): PlanText.arithmetic(step)
        case .planStep(let step, .result): PlanText.result(step)
        case .planRemark(let remark): "note: " + PlanText.remark(remark)
        case .planStopped(let stop): "stopped: " + PlanText.stop(stop)
        case .binding(.nearValue(let text, let field, let near)):
            text.lowercased() == near.lowercased()
                ? "no row has \(field) '\(text)'; '\(near)' differs only in case"
                : "no row has \(field) '\(text)'; the nearest is '\(near)'"
        case .binding(.asOfAfterPeriod(let period, let asOf, let end)):
            "as of \(asOf) is after \(period) ends (\(end)): \(period) is counted to \(end) as without it; to follow "
                + "\(period)'s cards to \(asOf), say through \(asOf)"
        case .binding(.followedThrough(let period, let day)):
            "\(period)'s cards followed through \(day): visits, test drives and (in the funnel) orders and deliveries "
                + "count up to \(day); new cards, traffic, events and stocks are \(period)'s"
        case .unknownGrades(let count, let day):
            "the grade of \(count) \(count == 1 ? "card" : "cards") on \(day) is unknown: no follow-up by then records it"
        case .cycleRule(let day, let snapshot, let list):
            "next_followup is the plan recorded on \(snapshot); on \(day), due and overdue follow the follow-up cycles "
                + "instead: cycle_due = last contact + the cycle of the grade then (\(PhraseText.cycles(list)))"
        case .followupCycles(let list):
            "follow-up cycles: " + PhraseText.cycles(list)
        case .withoutResponseTimes(let count): withoutResponseTimes(count)
        case .blank: ""
        case .binding(.readAs(let statement, let readings)):
            "read as: \(statement) (" + readings.map(reading).joined(separator: ", ") + ")"
        }
    }

    /// `O 7, H 2, A 4, B 7, C 15 days, N none`: the follow-up cycles per grade.
    public static func cycles(_ cycles: FollowupCycles) -> String {
        var days: [String] = [], none: [String] = []
        for grade in Grade.allCases {
            if let cycle = cycles[grade] { days.append("\(grade.token) \(cycle)") } else { none.append(grade.token) }
        }
        var text = days.joined(separator: ", ")
        if !days.isEmpty { text += " days" }
        if !none.isEmpty { text += (days.isEmpty ? "" : ", ") + none.joined(separator: ", ") + " none" }
        return text
    }

    /// New cards left out of `first_response_rate`, in an explanation or a note.
    static func withoutResponseTimes(_ count: Int) -> String {
        "\(count) new \(count == 1 ? "card is" : "cards are") left out of first_response_rate: "
            + "no time of day on the capture or on the first follow-up"
    }

    /// What a SQL spelling was read as.
    static func reading(_ reading: Reading) -> String {
        switch reading {
        case .groupBy: "'group by' is 'by'"
        case .countStar: "'count(*)' is 'count'"
        case .selectAggregate: "no 'select' before count"
        }
    }
}
