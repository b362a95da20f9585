import FunnelDomain
import FunnelEngine
import FunnelStore
import FunnelSyntax
import FunnelText

/// The words of every error a statement can get, in one place: the stages give
/// facts (the name as written, what it could have been), this says them, and works
/// out "did you mean" from the candidates.
public enum ErrorText {
    public static func message(_ error: StatementError) -> String { message(error, in: .english) }

    public static func message(_ error: StatementError, in language: DisplayLanguage) -> String {
        switch (error, language) {
        case (.syntax(let error), _): error.message(in: language)
        case (.binding(let error), .english): message(error.kind)
        case (.binding(let error), .chinese): chinese(error.kind)
        case (.evaluation(let error), .english): message(error.kind)
        case (.evaluation(let error), .chinese): chinese(error.kind)
        }
    }

    /// " — did you mean 'grade'?" for the nearest candidate, if one is near enough:
    /// the one place every error works out what was meant. `showing` words the
    /// candidate found (a keyword as the phrase it opens: `order` as `order by`).
    /// `keywords`: the candidates are keywords (see `Suggestion.nearest`).
    public static func didYouMean(_ text: String, in candidates: [String], keywords: Bool = false,
                                  showing: (String) -> String = { $0 }) -> String? {
        Suggestion.nearest(to: text, in: candidates, keywords: keywords).map { " — did you mean '\(showing($0))'?" }
    }

    // swiftlint:disable:next cyclomatic_complexity function_body_length
    static func message(_ kind: BindingError.Kind) -> String {
        switch kind {
        case .unknownTable(let name, let candidates):
            return "unknown table '\(name)'" + (didYouMean(name, in: candidates)
                ?? ": the tables are " + TableSchema.all.map(\.name).joined(separator: ", "))
        case .unknownField(let name, let table, let candidates):
            return "unknown field '\(name)' in \(table.rawValue)" + (didYouMean(name, in: candidates)
                ?? "; its fields are " + candidates.prefix(40).joined(separator: ", "))
        case .cardFieldHere(let name, let table):
            return "unknown field '\(name)' in \(table.rawValue): it is a card field, write customer.\(name)"
        case .notAFieldPath(let text, let table):
            return "'\(text)' is not a field of \(table.rawValue)"
                + (table == .customers ? "" : " (write customer.FIELD for the card's fields)")
        case .unknownKPI(let name, let candidates):
            return "unknown KPI '\(name)'" + (didYouMean(name, in: candidates) ?? "") + " (help kpis lists them all)"
        case .partialKPIName(let name, let kpis):
            return "'\(name)' is part of the name of "
                + (kpis.count == 1 ? "one KPI: " : "\(kpis.count) KPIs: ")
                + kpis.map { "\($0.name) (\($0.chineseNames.joined(separator: "/")))" }.joined(separator: ", ")
        case .unknownTerm(let name, let kpi, let terms):
            return "\(kpi) has no term '\(name)': its terms are " + terms.joined(separator: ", ")
        case .termIsDays(let term):
            return "\(term) is a number of days, not rows to list"
        case .noHelp(let topic, let topics):
            return "no help on '\(topic)'" + (didYouMean(topic, in: topics) ?? ": try " + topics.joined(separator: ", "))
        case .unknownVariable(let name):
            return "no variable named '\(name)': define it with let \(name) = ..."
        case .variableLoop:
            return "variables refer to each other in a loop"

        case .notANumber(let field, let value):
            return "\(field) holds numbers; \(describe(value)) is not a number"
        case .needsQuotes(let field):
            return "\(field) holds text; write the value in quotes"
        case .notTrueOrFalse(let field, let value):
            return "\(field) is true or false; \(describe(value)) is neither"
        case .notAnEnumWord(let field, let allowed, let value):
            return "\(field) is one of \(allowed); \(describe(value)) is not"
        case .unknownEnumValue(let text, let field, let allowed, let groups, let candidates):
            if let guess = didYouMean(text, in: candidates) { return "'\(text)' is not a value of \(field)" + guess }
            return "'\(text)' is not a value of \(field): allowed are \(allowed)"
                + (groups.isEmpty ? "" : ", " + groups.joined(separator: ", "))
        case .noSuchValue(let text, let field, let values):
            let nearest = Suggestion.closest(to: text, in: values)
            if nearest.count == 1, let only = nearest.first {
                return "no row has \(field) '\(text)' — did you mean '\(only)'?"
            }
            if !nearest.isEmpty {
                return "no row has \(field) '\(text)': the nearest are " + nearest.map { "'\($0)'" }.joined(separator: ", ")
            }
            let shown = values.sorted().prefix(12).map { "'\($0)'" }.joined(separator: ", ")
            return "no row has \(field) '\(text)': its values are \(shown)" + (values.count > 12 ? ", …" : "")
        case .notADate(let field, let word, let candidates):
            return "\(field) holds dates; '\(word)' is not a date" + (didYouMean(word, in: candidates)
                ?? ": write YYYY-MM-DD, a period such as 2010-10, or today")
        case .notARealDate(let text):
            return "\(text) is not a real date"
        case .expectedDate:
            return "expected a date YYYY-MM-DD"
        case .expectedText:
            return "expected text in quotes"
        case .period(let error):
            return error.message
        case .notAPeriod(let word):
            return "'\(word)' is not a period: " + PeriodError.forms
        case .expectedPeriod:
            return "expected a period"
        case .rangeBackwards(let start, let end):
            return "this range ends (\(end)) before it starts (\(start))"
        case .asOfBeforeData(let asOf, let first):
            return "as of \(asOf) is before the data begins (its first day is \(first)): nothing had happened yet"

        case .periodNeedsDate(let field, let type):
            return "'in' with a period needs a date field; \(field) is \(type) — for a list write \(field) in (a, b)"
        case .yesNoComparison(let field):
            return "\(field) is true or false: compare it with = or !="
        case .enumHasNoOrder(let field):
            return "\(field) has no order: use = != or in (...)"
        case .notText(let field, let type):
            return "\(field) is not text (it is \(type))"
        case .notYesNo(let field):
            return "'\(field)' is not a yes/no field: compare it, e.g. \(field) = ..."
        case .cannotCompare(let field, let type):
            return "cannot compare \(field) (\(type)) with this value"
        case .cannotCompareTypes(let left, let leftType, let right, let rightType):
            return "cannot compare \(left) (\(leftType)) with \(right) (\(rightType)): compare dates with dates "
                + "and numbers with numbers"
        case .arithmeticNeedsDateOrNumber(let field, let type):
            return "\(field) is \(type): only dates and numbers take + and -"
        case .cannotAddFields(let text):
            return "\(text): a field can be taken from another (ordered - created: the days between), not added to it"
        case .wholeDays(let text):
            return "\(text) is not a whole number of days: a date moves by whole days"

        case .selectCannotGroup:
            return "select lists rows and cannot group: use count ... by instead"
        case .notAGrain(let word):
            return "'\(word)' is not a grain: use day, week, month, quarter, year, hour or weekday"
        case .grainIsNoPeriod(let grain):
            return "a KPI or report splits its period by day, week, month, quarter or year; by \(grain) groups rows "
                + "of a table: count traffic by \(grain)"
        case .grainNeedsDate(let grain, let field, let type):
            return "\(grain)( ) needs a date field; \(field) is \(type)"
        case .cannotSumDates(let field):
            return "dates cannot be summed: use min, max or avg of \(field)"
        case .needsNumberOrDate(let function, let field, let type):
            return "\(function) needs a number or a date; \(field) is \(type)"
        case .needsNumberNotYesNo(let function, let field):
            return "\(function) needs a number or a date; \(field) is true/false (count it with a where condition instead)"
        case .notAResultColumn(let name, let columns):
            return "'\(name)' is not a column of this result; order by one of " + columns.joined(separator: ", ")
        case .kpiGrainOfField(let grain):
            return "a KPI is grouped by the time of P itself: write by \(grain)"
        case .tooManyGroupFields(let limit):
            return "group by at most " + (limit == 1 ? "one card field" : "\(limit) card fields")
                + " (and one of day, week, month, quarter, year)"
        case .twoGrains:
            return "group by one grain of time at most"
        case .tooManyValuesToGroup(let field, let limit):
            return "cannot group by \(field): it has \(limit) values or more (a value per card is not a group)"
        case .cannotGroupKPIByDate(let field):
            return "cannot group a KPI by the date \(field): group by a grain of P (by week, by month) or by a field "
                + "of text, a choice or yes/no"
        case .cannotGroupKPIByNumber(let field):
            return "cannot group a KPI by the number \(field): group by a field of text, a choice or yes/no"

        case .pivotNeedsTwoGroups(let found):
            return "pivot needs a by of two items, the rows' and the columns' (by consultant, grade pivot); "
                + (found == 0 ? "there is no by" : found == 1 ? "there is one" : "there are \(found)")
        case .cannotPivot(let statement):
            return "\(statement) has no pivot: pivot works with count ... by and kpi ... by"
        case .pivotNeedsNumbers(let column):
            return "a pivot's cells are numbers; \(column) is not a number (pivot count, sum, avg, min or max of a "
                + "number)"

        case .cannotOrder(let statement):
            return "\(statement) cannot be ordered: its rows come in their own order"
        case .takesNoLimit(let statement):
            return "\(statement) takes no limit"
        case .cannotGroup(let statement):
            return "\(statement) cannot be grouped"
        case .needsPeriod(let statement):
            return "\(statement) needs a period: \(statement) for 2010-10"
        case .funnelByTime:
            return "funnel is by a card field (consultant, model, channel, ...); for a funnel per month, run it once "
                + "per month"
        case .byCardFieldOnly(let statement, let grain):
            return "\(statement) is by a card field (consultant, model, channel, ...); for time, use kpi ... by \(grain)"
        case .trafficRateThroughCards(let kpi, let field, let grouped):
            let how = grouped ? "broken down" : "filtered"
            return "\(kpi) cannot be \(how) by \(field): traffic has no \(field), and an entry that left nothing "
                + "(result none) has no card to take one from, so \(kpi) would be 100%. \(grouped ? "Group" : "Filter") "
                + "it by consultant (who received the visitor); traffic counts (showroom_traffic, new_traffic) can be "
                + "\(how) by \(field)"
        case .dayAfterAsOf(let statement, let day, let asOf):
            return "\(statement) \(day) is after the day counted as of (\(asOf)): what happened after it is not known "
                + "then; drop as of, or ask about \(asOf) or before"
        case .cannotWriteFile(let statement):
            return "\(statement) writes no file: to \"FILE\" is for chart (chart funnel for 2010-10 to \"funnel.svg\"); "
                + ".output FILE sends any result to a file"
        case .chartOneKPI(let count):
            return "a chart draws one KPI, not \(count): chart each on its own "
                + "(chart kpi overall_visit_rate for 2010 by month)"
        case .chartKPIBy(let found):
            let what = "a grain of the period for a trend (by month, by week) or a card field for bars (by consultant)"
            return found == 0 ? "chart kpi needs by: " + what : "a chart draws a KPI by one thing, not \(found): " + what
        case .chartFileType(let name):
            return "a chart is written to an .svg file, or an .html page: '\(name)' ends in neither (to \"funnel.svg\")"
        case .cannotFollowThrough(let statement):
            return "\(statement) cannot follow cards through a later day: through is for kpi, explain, score and "
                + "funnel (kpi new_overall_visit_rate for 2010-09 through 2010-10-31); for a past day, say as of"
        case .structureDimension(let name, let candidates):
            let rule = "structure is by age band or a card field (grade, channel, model, source, consultant, ...)"
            guard let name else { return rule }
            return "'\(name)' is no card field: " + rule + (didYouMean(name, in: candidates) ?? "")
        case .structureTooManyBreakdowns:
            return "structure is by at most two breakdowns: a card field, then another or the age band "
                + "(structure by consultant, grade)"
        case .ageBandComesLast:
            return "the age band comes last: structure by consultant, age band breaks each consultant's cards down "
                + "by age"
        case .workListCannotGroup:
            return "a work list lists cards and cannot be grouped"
        case .overdueByCycleMeant(let found):
            return "a work list lists cards and cannot be grouped by \(found); 'overdue by cycle' lists the cards "
                + "overdue by the follow-up cycles"
        case .duplicatesCannotGroup:
            return "duplicate cards come in their own groups"

        case .notAWholeNumber(let what):
            return "expected \(name(what)) as a whole number"
        case .wholeNumberOutOfRange(let what, let value):
            return "\(name(what)) must be a whole number from 0 to 10000000, not \(value)"
        case .badCloseRate:
            return "a close rate is sales in prospects, both above 0 and sales no more than prospects (1:5 is one "
                + "sale in five)"
        case .closeRateWithReference:
            return "with a close rate given there is no reference period to use"
        case .planNeedsPeriod:
            return "plan needs a period (plan deliveries 30 for 2010-11) or a close rate (close rate 1:5)"
        case .noReferencePeriod(let period, let asOf):
            return "no period before \(period) has ended by \(asOf) to take rates from: add using PERIOD"
        case .notANumberOrPercent(let what):
            return "expected \(name(what)) as a number or a percentage (15% or 0.15)"
        }
    }

    static func message(_ kind: EvaluationError.Kind) -> String {
        switch kind {
        case .cancelled:
            "cancelled"
        case .tooManyValuesToGroup(let field, let limit):
            "cannot group by \(field): it has more than \(limit) values"
        case .arithmeticOverflow:
            "the numbers of this plan are too large to work out"
        case .notSupported(let what, let engine):
            "\(what) is not yet supported on \(engine): run it on the in-memory engine (funnel --data FILE)"
        case .database(let message, let engine):
            "\(engine) did not answer: \(message)"
        }
    }

    /// What a plan's or a score's number is.
    static func name(_ number: BindingError.Number) -> String {
        switch number {
        case .deliveries: "the number of deliveries"
        case .closeRateSales: "the sales of the close rate"
        case .closeRateProspects: "the prospects of the close rate"
        case .target: "the target"
        case .pointsAbove: "the points per point above target"
        case .pointsBelow: "the points per point below target"
        case .callbackDays: "the days after delivery"
        case .graceDays: "the days of grace"
        }
    }

    /// A value as a message quotes it: `'old'`, `"王伟"`, `60`.
    static func describe(_ value: Value) -> String {
        switch value {
        case .word(let n): "'\(n.text)'"
        case .string(let s, _): "\"\(s)\""
        case .number(let s, _), .date(let s, _), .period(let s, _): s
        case .variable(let n): "$\(n.text)"
        case .range: "a range"
        case .percent(let s, _): s + "%"
        case .phrase(let tokens): "'" + tokens.map(\.text).joined(separator: " ") + "'"
        }
    }
}
