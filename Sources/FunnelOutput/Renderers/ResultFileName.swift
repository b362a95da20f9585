import FunnelSyntax

/// The names `--output-dir` gives the files of a run: `NN-WHAT.csv`, NN the
/// statement's place among the run's results (01, 02, ...; three digits past 99),
/// WHAT the statement's kind and subject (`count-traffic`, `kpi-close_rate`,
/// `prospect-progress`). A result in several parts gives a file per part, numbered
/// and named by its title: `05-inventory-1-inventory.csv`,
/// `05-inventory-2-deliveries_came_from.csv`. Names sort in the order of the run.
public enum ResultFileName {
    /// The file of result `number` (from 1), or of its part `part` (from 1) when
    /// the result has several; `title` is the part's title.
    public static func name(number: Int, statement: Statement, part: Int? = nil, title: String? = nil,
                            extension suffix: String = "csv") -> String {
        let digits = String(number)
        var name = String(repeating: "0", count: max(0, 2 - digits.count)) + digits + "-" + subject(of: statement)
        if let part {
            name += "-\(part)"
            if let title, !slug(title).isEmpty { name += "-" + slug(title) }
        }
        return name + "." + suffix
    }

    /// `count-traffic`, `kpi-close_rate-new_cards`, `explain-overall_visit_rate`.
    static func subject(of statement: Statement) -> String {
        let words: [String]
        switch statement.kind {
        case .select(let table, _, _): words = ["select", table.text]
        case .aggregate(let table, let items, _): words = [items.first?.function.rawValue ?? "count", table.text]
        case .letBinding(let name, _): words = ["let", name.text]
        case .help(let topic): words = ["help"] + (topic.map { [$0.text] } ?? [])
        case .kpi(let names, _, _): words = ["kpi"] + names.map(\.text)
        case .explain(let name, _, _, _): words = ["explain", name.text]
        case .report(let kind, _, _, _, _): words = [kind.rawValue]
        case .plan: words = ["plan", "deliveries"]
        case .score(let score): words = ["score", score.kpi.text]
        case .compare(let kpi, _, _, _): words = ["compare", kpi.text]
        case .callbacks: words = [ReportKind.callbacks.rawValue]
        case .chart(let request): words = ["chart", subject(of: request.subject)]
        }
        let text = slug(words.joined(separator: "-"))
        return text.isEmpty ? "result" : text
    }

    /// Letters, digits and `_` kept (Chinese included), lowercased; any other run of
    /// characters one `-`; at most 48 characters, cut between words, so a long list of
    /// KPIs stays a name.
    static func slug(_ text: String) -> String {
        var result = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        if result.count > 48 {
            // Cut between words where there is a word to cut after.
            let cut = result.prefix(49)
            result = String(cut.lastIndex(of: "-").map { cut[..<$0] } ?? cut.prefix(48))
        }
        return result
    }
}
