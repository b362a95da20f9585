/// How a table meets the width of the screen, in steps that lose nothing first:
/// 1. as it is, columns two spaces apart;
/// 2. one space apart;
/// 3. free text (names, models, notes: `TableSchema.freeTextFields`) shortened, the
///    widest first, down to a width that still reads; codes, numbers, dates and enum
///    values are never cut;
/// 4. one field per line instead of a table, as psql's `\x auto` does, so nothing a
///    reader needs whole is ever lost.
enum TableFit: Equatable {
    /// A table with these column widths (the natural ones, or some free text
    /// narrowed), `gap` spaces apart.
    case table(widths: [Int], gap: Int)
    /// One field per line, each record under a rule.
    case vertical

    /// The narrowest a shortened column becomes: its header, or this many columns.
    static let shortestText = 10

    /// - Parameters:
    ///   - widths: each column's natural width (its widest cell or header).
    ///   - headers: each header's width; a shortened column keeps room for it.
    ///   - cuttable: whether a column holds free text.
    ///   - maxWidth: the screen's width; nil: no limit.
    ///   - gap: the spaces between columns where there is room.
    static func fit(widths: [Int], headers: [Int], cuttable: [Bool], maxWidth: Int?, gap: Int = 2) -> TableFit {
        func total(_ widths: [Int], gap: Int) -> Int { widths.reduce(0, +) + gap * max(0, widths.count - 1) }
        guard let maxWidth, total(widths, gap: gap) > maxWidth else { return .table(widths: widths, gap: gap) }
        let narrowGap = min(gap, 1)
        var widths = widths
        var excess = total(widths, gap: narrowGap) - maxWidth
        if excess <= 0 { return .table(widths: widths, gap: narrowGap) }
        let floors = widths.indices.map { c in
            cuttable[c] ? min(widths[c], max(headers[c], shortestText)) : widths[c]
        }
        let room = widths.indices.reduce(0) { $0 + widths[$1] - floors[$1] }
        guard room >= excess else { return .vertical }
        // Narrow the widest free text a column at a time, so a long note gives way
        // before a short name does.
        while excess > 0 {
            guard let widest = widths.indices.filter({ widths[$0] > floors[$0] })
                .max(by: { widths[$0] < widths[$1] }) else { return .vertical }
            widths[widest] -= 1
            excess -= 1
        }
        return .table(widths: widths, gap: narrowGap)
    }
}
