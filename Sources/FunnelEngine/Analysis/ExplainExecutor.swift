import FunnelDomain
import FunnelStore
import FunnelSyntax

/// `explain kpi NAME for PERIOD [term TERM]`: for trainers, a KPI's definition, its
/// formula with this dataset's numbers, what each term counts, and for each term the
/// statement that lists the rows behind it; with `term`, those rows.
struct ExplainExecutor {
    let input: AnalysisInput

    func run(name: Name, period: Value, term: Name?) throws(EvaluationError) -> StatementResult {
        let definition = try AnalysisInput.kpi(named: name)
        let window = try input.window(period)
        let scope = try input.scope()
        let explanation = input.evaluator.basis(window).explain(definition.kpi, in: scope)
        if let term { return .table(try rows(of: term, in: explanation)) }
        try input.reject(groups: true, statement: "explain")
        return .table(summary(explanation, definition: definition))
    }

    private func summary(_ explanation: KPIExplanation, definition: KPIDefinition) -> ResultTable {
        let window = explanation.window
        var preamble = ["\(definition.name) (\(definition.chineseNames.joined(separator: ", "))) for \(window)",
                        "  " + definition.definition,
                        "  " + definition.chineseDefinition,
                        "",
                        "  = " + explanation.formula]
        if explanation.arithmetic != explanation.result { preamble.append("  = " + explanation.arithmetic) }
        preamble += ["  = " + explanation.result, ""]

        var term = ResultColumnBuilder("term", .text)
        var chinese = ResultColumnBuilder("中文", .text)
        var part = ResultColumnBuilder("part", .text)
        var count = ResultColumnBuilder("count", .number, format: .compact)
        var meaning = ResultColumnBuilder("counts", .text)
        var listing = ResultColumnBuilder("list_with", .text)
        for (side, items) in [("numerator", explanation.numerator), ("denominator", explanation.denominator)] {
            for item in items {
                term.append(text: (item.term.subtracted ? "− " : "") + item.term.name)
                chinese.append(text: item.term.chineseName)
                part.append(text: side)
                count.append(number: item.value)
                meaning.append(text: item.term.meaning)
                listing.append(text: item.rows.tableName == nil ? nil : statement(for: item.term, explanation))
            }
        }
        var notes = explanation.notes.map { "note: " + $0 }
        notes.append("source: \(definition.source)")
        var table = ResultTable([term, chinese, part, count, meaning, listing], notes: notes)
        table.preamble = preamble
        return table
    }

    private func statement(for term: KPITermDefinition, _ explanation: KPIExplanation) -> String {
        var text = "explain kpi \(explanation.definition.name) for \(explanation.window.period.label) term \(term.key)"
        if let condition = input.clauses.condition { text += " where " + StatementPrinter.text(condition) }
        if input.clauses.asOf != nil { text += " as of \(input.asOf)" }
        return text
    }

    /// The rows behind one term.
    private func rows(of name: Name, in explanation: KPIExplanation) throws(EvaluationError) -> ResultTable {
        let wanted = ExplainExecutor.normalised(name.text)
        guard let item = explanation.terms.first(where: {
            ExplainExecutor.normalised($0.term.key) == wanted || ExplainExecutor.normalised($0.term.name) == wanted
                || $0.term.chineseName == name.text
        }) else {
            let keys = explanation.terms.map(\.term.key)
            throw EvaluationError("\(explanation.definition.name) has no term '\(name.text)': its terms are "
                                  + keys.joined(separator: ", "), at: name.range)
        }
        guard let table = item.rows.tableName, let bitmap = item.rows.bitmap else {
            throw EvaluationError("\(item.term.name) is a number of days, not rows to list", at: name.range)
        }
        var result = try RowListing(input: input).table(bitmap, of: table)
        let count = bitmap.cardinality
        result.notes.append("\(count) \(count == 1 ? "row" : "rows"): \(item.term.name) (\(item.term.chineseName)) of "
                            + "\(explanation.definition.name) for \(explanation.window)")
        return result
    }

    private static func normalised(_ text: String) -> String {
        String(text.lowercased().map { $0 == " " || $0 == "-" ? "_" : $0 })
    }
}
