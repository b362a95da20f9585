import FunnelDomain
import FunnelStore
import FunnelSyntax

/// `explain kpi NAME for PERIOD [term TERM]`: for trainers, a KPI's definition, its
/// formula with this dataset's numbers, what each term counts, and for each term the
/// statement that lists the rows behind it; with `term`, those rows.
struct ExplainExecutor {
    let context: ExecutionContext
    let statement: BoundExplain

    func run() -> ResultTable {
        let window = statement.window
        let scope = context.scope(statement.filter, asOf: window.today)
        let explanation = context.kpis.basis(window).explain(statement.kpi.kpi, in: scope)
        if let term = statement.term { return rows(of: term.definition, listing: term.listing, in: explanation) }
        return summary(explanation, definition: statement.kpi)
    }

    private func summary(_ explanation: KPIExplanation, definition: KPIDefinition) -> ResultTable {
        let window = explanation.window
        let preamble: [ResultPhrase] = [
            .explainHeading(definition, window), .definitionLine(definition.definition),
            .definitionLine(definition.chineseDefinition), .blank, .formula(explanation), .arithmetic(explanation),
            .value(explanation), .blank,
        ]

        var term = ResultColumnBuilder("term", .text)
        var chinese = ResultColumnBuilder("中文", .text)
        var part = ResultColumnBuilder("part", .text)
        var count = ResultColumnBuilder("count", .number, format: .compact)
        var meaning = ResultColumnBuilder("counts", .text)
        var listing = ResultColumnBuilder("list_with", .text)
        for (side, items) in [("numerator", explanation.numerator), ("denominator", explanation.denominator)] {
            for item in items {
                term.append(phrase: .term(item.term))
                chinese.append(text: item.term.chineseName)
                part.append(text: side)
                count.append(number: item.value)
                meaning.append(text: item.term.meaning)
                listing.append(text: item.rows.table == nil ? nil : listStatement(for: item.term, explanation))
            }
        }
        var notes = explanation.notes.map(ResultPhrase.explanationNote)
        notes += context.trafficNotes([definition], statement.filter, window)
        notes.append(.source(definition.source))
        var table = ResultTable([term, chinese, part, count, meaning, listing], notes: notes)
        table.preamble = preamble
        return table
    }

    private func listStatement(for term: KPITermDefinition, _ explanation: KPIExplanation) -> String {
        var text = "explain kpi \(explanation.definition.name) for \(explanation.window.period.label) term \(term.key)"
        if let condition = statement.filter.written { text += " where " + StatementPrinter.text(condition) }
        if statement.window.isCohort { text += " through \(statement.window.asOf)" }
        if statement.saidAsOf { text += " as of \(statement.window.today)" }
        return text
    }

    /// The rows behind one term.
    /// For a term of due events the rows are the cards, with a `due_events` column: how
    /// many of the term's events each has (they add up to the term's count).
    private func rows(of term: KPITermDefinition, listing: BoundListing, in explanation: KPIExplanation) -> ResultTable {
        let explained = explanation.terms.first { $0.term.key == term.key }
        let bitmap = explained?.rows.bitmap ?? Bitmap(count: context.dataset.table(listing.table).rowCount)
        guard let perCard = explained?.eventsPerCard else {
            var result = RowListing(context: context).table(bitmap, listing)
            result.notes.append(.termRows(count: bitmap.cardinality, term: term, kpi: explanation.definition.name,
                                          window: explanation.window))
            return result
        }
        let events = Column(name: "due_events", values: .int(perCard.map(Int64.init)), present: nil,
                            count: perCard.count)
        var result = RowListing(context: context).table(bitmap, listing, extra: [events])
        result.notes.append(.termEvents(events: perCard.reduce(0) { $0 + Int($1) }, cards: bitmap.cardinality,
                                        term: term, kpi: explanation.definition.name, window: explanation.window))
        return result
    }
}
