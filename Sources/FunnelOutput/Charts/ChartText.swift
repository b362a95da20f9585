import FunnelDomain
import FunnelEngine
import FunnelText

/// The words of a chart: its title, the lines under it, the axis names and ticks,
/// its notes, and the file it goes to when the statement names none. Numbers in a
/// chart are its table's cells (`CellText.shown`); only the ticks of an axis, which
/// no table has, are worded here.
public enum ChartText {
    /// `销售漏斗 Sales funnel`, `总体进店率 overall_visit_rate`.
    static func title(_ chart: Chart) -> String {
        switch chart.subject {
        case .funnel, .funnelByGroup: "销售漏斗 Sales funnel"
        case .trend(let kpi, _, _), .groups(let kpi, _, _): kpi.chineseName + " " + kpi.name
        }
    }

    /// What was charted: `funnel for 2010-10`, `2010 by month · total 67.2%`.
    static func subtitle(_ result: ChartResult) -> String {
        let chart = result.chart
        switch chart.subject {
        case .funnel(let window):
            return PhraseText.text(.funnelHeading(window, by: []))
        case .funnelByGroup(let window, let field):
            return PhraseText.text(.funnelHeading(window, by: [field]))
        case .trend(_, let window, let grain):
            return "\(window) by \(grain.rawValue)" + total(result)
        case .groups(_, let window, let field):
            return "\(window) by \(field)" + total(result)
        }
    }

    /// ` · total 67.2%`: the total row's value as the table shows it.
    private static func total(_ result: ChartResult) -> String {
        guard let row = result.chart.totalRow, let column = result.chart.valueColumns.first else { return "" }
        return " · total " + result.shown(row: row, column: column)
    }

    /// A rate's or an average's formula in its terms' names, under the title (a
    /// count's is only the name of what it counts).
    static func formula(_ chart: Chart) -> String? {
        switch chart.subject {
        case .funnel, .funnelByGroup: nil
        case .trend(let kpi, _, _), .groups(let kpi, _, _): kpi.kind == .count ? nil : kpi.formula
        }
    }

    /// The value axis: the KPI, with `%` for a rate.
    static func valueAxis(_ kpi: KPIDefinition) -> String {
        kpi.name + (kpi.kind == .rate ? " (%)" : "")
    }

    /// A tick of a value axis: a rate as a percentage, as the tables show rates, with
    /// a decimal only where the steps need one.
    static func tick(_ value: Double, kind: KPIKind, step: Double) -> String {
        switch kind {
        case .rate:
            let places = (step * 100).rounded() == step * 100 ? 0 : 1
            return NumberText.decimal(value * 100, places: places) + "%"
        case .average:
            return NumberText.term(value)
        case .count:
            return NumberText.decimal(value, places: 0)
        }
    }

    /// The chart's notes (counted as of T, what skipped means, how a SQL spelling
    /// was read), as the table shows them under it.
    static func notes(_ result: ChartResult) -> [String] { PhraseText.lines(result.table.notes) }

    /// The chart's `<title>`: what a file browser or screen reader says it is.
    static func documentTitle(_ result: ChartResult) -> String {
        title(result.chart) + " — " + subtitle(result)
    }

    /// The file a chart is written to when the statement names none, in the current
    /// directory: the statement's words, `funnel-2010-10.svg`,
    /// `overall_visit_rate-2010-by-month.svg`.
    public static func fileName(_ result: ChartResult, extension suffix: String = "svg") -> String {
        var parts: [String]
        let window: AsOfPeriod
        var by: String?
        switch result.chart.subject {
        case .funnel(let w):
            parts = ["funnel"]
            window = w
        case .funnelByGroup(let w, let field):
            parts = ["funnel"]
            window = w
            by = field
        case .trend(let kpi, let w, let grain):
            parts = [kpi.name]
            window = w
            by = grain.rawValue
        case .groups(let kpi, let w, let field):
            parts = [kpi.name]
            window = w
            by = field
        }
        parts.append(window.period.label)
        if window.isCohort { parts += ["through", window.asOf.description] }
        if let by { parts += ["by", by] }
        return String(parts.joined(separator: "-").map { character in
            character.isLetter || character.isNumber || "-_.".contains(character) ? character : "_"
        }) + "." + suffix
    }

    /// `text` in lines no wider than `width` at `size`, broken at blanks (and inside
    /// a word too long for a line, such as Chinese written without blanks).
    static func wrapped(_ text: String, width: Double, size: Double) -> [String] {
        var lines: [String] = []
        var line = ""
        func fits(_ candidate: String) -> Bool { SVGCanvas.estimatedWidth(candidate, size: size) <= width }
        for word in text.split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
            let candidate = line.isEmpty ? word : line + " " + word
            if fits(candidate) {
                line = candidate
                continue
            }
            if !line.isEmpty { lines.append(line) }
            line = ""
            for character in word {
                if !fits(line + String(character)), !line.isEmpty {
                    lines.append(line)
                    line = ""
                }
                line.append(character)
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }
}

extension ChartResult {
    /// A cell as the table shows it: a rate as a percentage, `n/a`, a group's `(none)`.
    func shown(row: Int, column: Int) -> String {
        guard row >= 0, row < table.rowCount, table.columns.indices.contains(column) else { return "" }
        return CellText.shown(table, row: row, column: column)
    }

    /// A cell's number, for drawing; `nil` for an empty or undefined cell.
    func number(row: Int, column: Int) -> Double? {
        guard row >= 0, row < table.rowCount, table.columns.indices.contains(column) else { return nil }
        let values = table.columns[column]
        guard !values.isNull(row) else { return nil }
        switch values.values {
        case .int(let v): return row < v.count ? Double(v[row]) : nil
        case .double(let v): return row < v.count && v[row].isFinite ? v[row] : nil
        default: return nil
        }
    }

    /// The name of a mark: its label cell, or `total` on the total row.
    func label(row: Int) -> String {
        row == chart.totalRow ? "total" : shown(row: row, column: chart.labelColumn)
    }
}
