import FunnelDomain
import FunnelSyntax

/// `chart`: the statement it draws is bound as it binds alone (a chart's numbers are
/// that statement's), then held to what a drawing needs: one KPI, by one grain or
/// card field, and a file it knows how to write.
extension Binder {
    // chart ::= "chart" ( "funnel" ( "for" period )? | "kpi" kpi_name "for" period ) clause*
    func chart(_ request: ChartRequest) throws(BindingError) -> BoundChart {
        let subject = request.subject
        switch subject.kind {
        case .kpi(let names, let period, let clauses):
            let bound = try kpi(names, period, clauses)
            guard names.count == 1, let definition = bound.kpis.first else {
                let extra = names.dropFirst()
                let range = (extra.first?.range ?? subject.range).union(extra.last?.range ?? subject.range)
                throw BindingError(.chartOneKPI(count: names.count), at: range)
            }
            let items = clauses.groups.count
            guard items == 1 else {
                let range = items > 1 ? Binder.range(of: clauses.groups[1]) : subject.range
                throw BindingError(.chartKPIBy(found: items), at: range)
            }
            return BoundChart(subject: .kpi(bound, definition), file: try chartFile(clauses.file))
        case .report(.funnel, let keyword, let period, let day, let clauses):
            guard case .funnel(let window, let filter, let field) = try report(.funnel, keyword: keyword,
                                                                               period: period, day: day, clauses)
            else { throw BindingError(.chartKPIBy(found: 0), at: subject.range) }
            return BoundChart(subject: .funnel(window, filter, by: field), file: try chartFile(clauses.file))
        default:
            // The parser makes a chart of a funnel or a KPI only.
            throw BindingError(.chartKPIBy(found: 0), at: request.keyword)
        }
    }

    /// `to "FILE"`: a name ending in .svg, or .html (.htm) for the page.
    private func chartFile(_ written: Value?) throws(BindingError) -> String? {
        guard let written else { return nil }
        let value = try ValueBinder(variables: variables, asOf: today).dereference(written)
        guard case .string(let name, _) = value else {
            throw BindingError(.chartFileType(StatementPrinter.text(value)), at: written.range)
        }
        let lowered = name.lowercased()
        guard [".svg", ".html", ".htm"].contains(where: { lowered.hasSuffix($0) }) else {
            throw BindingError(.chartFileType(name), at: written.range)
        }
        return name
    }
}
