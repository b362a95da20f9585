import FunnelDomain
import FunnelEngine
import FunnelStore

/// A result as a Chinese reader sees it (`--lang zh`), made before any renderer runs,
/// so every renderer that shows text to people shows it the same way without knowing
/// about languages:
///
/// - headers in Chinese (`HeaderText`); a pivot's value columns as values of its field;
/// - enum values as their Chinese words, yes/no as 是/否, KPI names and funnel stages
///   by their Chinese names (`ValueText`); other text (names, models) as it is;
/// - a report's `中文` (or `来源`) column, which gives the Chinese beside an English
///   label, is folded into that label's column: the label is in Chinese already;
/// - a total row's label written in as `合计` (the renderers would write `total`);
/// - the funnel's bars labelled by the stages' Chinese names.
///
/// Phrases (`(none)`, notes, headings) stay facts: the renderer words them in the
/// language it renders in (`DisplayLanguage.current`). Numbers, dates and periods are
/// untouched. CSV and JSON never get here: programs read the same keys and values in
/// every language.
enum ChineseTable {
    /// The names of the columns reports add beside an English label for its Chinese.
    static let companionNames: Set<String> = ["中文", "来源"]

    static func shown(_ table: ResultTable) -> ResultTable {
        let columns = table.columns
        let totalLabels = CellText.totalLabels(table)
        var kept: [Column] = []
        var formats: [ValueFormat] = []
        var phrases: [ResultCell: ResultPhrase] = [:]
        var columnPhrases: [Int: ResultPhrase] = [:]
        for (c, column) in columns.enumerated() {
            if c > 0, companionNames.contains(column.name) { continue }
            let companion = c + 1 < columns.count && companionNames.contains(columns[c + 1].name) ? columns[c + 1] : nil
            let header = header(table, column: c)
            let labelled = totalLabels.filter { $0.value == c }.map(\.key)
            let rebuilt = values(of: column, named: header, in: table, at: c, companion: companion,
                                 totalLabels: Set(labelled))
            for (cell, phrase) in table.phrases where cell.column == c {
                phrases[ResultCell(row: cell.row, column: kept.count)] = phrase
            }
            if let phrase = table.columnPhrases[c] { columnPhrases[kept.count] = phrase }
            kept.append(rebuilt)
            formats.append(c < table.formats.count ? table.formats[c] : .plain)
        }
        var shown = ResultTable(columns: kept, formats: formats, totalRows: table.totalRows, notes: table.notes)
        shown.preamble = table.preamble
        shown.title = table.title
        shown.chart = table.chart.map(chart)
        shown.phrases = phrases
        shown.columnPhrases = columnPhrases
        shown.pivotField = table.pivotField
        return shown
    }

    /// A column's Chinese header: a pivot's value column is a value of the pivot's field.
    private static func header(_ table: ResultTable, column c: Int) -> String {
        let column = table.columns[c]
        if let field = table.pivotField, c > 0, c < table.columns.count - 1, table.columnPhrases[c] == nil {
            return ValueText.chinese(column.name, column: field) ?? column.name
        }
        return HeaderText.chinese(column.name, type: column.type) ?? column.name
    }

    /// The column with its values in Chinese, under its Chinese header. Columns of
    /// numbers and dates keep their values (and so their alignment and formats).
    private static func values(of column: Column, named header: String, in table: ResultTable, at c: Int,
                               companion: Column?, totalLabels: Set<Int>) -> Column {
        let totals = table.totalRows
        switch column.values {
        case .enumeration(let codes, let vocabulary):
            let words = vocabulary.tokens.indices.map { vocabulary.chineseWord(UInt8($0)) ?? vocabulary.tokens[$0] }
            let newCodes = codes.map { $0 == EnumVocabulary.nullCode || Int($0) >= words.count ? -1 : Int32($0) }
            return relabelled(Column(name: header, values: .string(codes: newCodes, dictionary: StringDictionary(words)),
                                     present: column.present, count: column.count),
                              table: table, at: c, companion: companion, totalLabels: totalLabels)
        case .bool(let bits):
            let codes = (0..<column.count).map { column.isNull($0) ? Int32(-1) : (bits[$0] ? 0 : 1) }
            return relabelled(Column(name: header, values: .string(codes: codes, dictionary: StringDictionary(["是", "否"])),
                                     present: column.present, count: column.count),
                              table: table, at: c, companion: companion, totalLabels: totalLabels)
        case .string(let codes, let dictionary):
            var words = dictionary
            if ValueText.translates(column: column.name) {
                words = StringDictionary(dictionary.values.map { ValueText.chinese($0, column: column.name) ?? $0 })
            }
            let renamed = Column(name: header, values: .string(codes: codes, dictionary: words), present: column.present,
                                 count: column.count)
            guard companion != nil || !totals.isEmpty else { return renamed }
            return relabelled(renamed, table: table, at: c, companion: companion, totalLabels: totalLabels)
        default:
            return column.with(present: column.present, name: header)
        }
    }

    /// A text column with, row by row: a total row's label `合计` (and the total row's
    /// other empty cells made empty text, so no renderer labels a second one), a
    /// `total` cell as `合计`, and where the column has no Chinese of its own, the
    /// companion column's. Small tables only (reports): results with companions or
    /// totals.
    private static func relabelled(_ column: Column, table: ResultTable, at c: Int, companion: Column?,
                                   totalLabels: Set<Int>) -> Column {
        var texts: [String?] = []
        texts.reserveCapacity(column.count)
        for row in 0..<column.count {
            let isPhrase = table.phrases[ResultCell(row: row, column: c)] != nil
            var text = column.text(at: row)
            if totalLabels.contains(row) {
                text = "合计"
            } else if table.totalRows.contains(row), !isPhrase, text == nil || text == "total" {
                text = text == nil ? "" : "合计"
            } else if !isPhrase, let companion, let chinese = companion.text(at: row),
                      text == original(table.columns[c], row: row) {
                text = chinese
            }
            texts.append(isPhrase ? nil : text)
        }
        var dictionary = StringDictionary()
        var index: [String: Int32] = [:]
        let codes = texts.map { text -> Int32 in
            guard let text else { return -1 }
            if let code = index[text] { return code }
            let code = dictionary.append(text)
            index[text] = code
            return code
        }
        let present = Bitmap(count: texts.count, rows: texts.indices.filter { texts[$0] != nil })
        return Column(name: column.name, values: .string(codes: codes, dictionary: dictionary), present: present,
                      count: texts.count)
    }

    /// A cell's text before translation: where it is unchanged, nothing translated it,
    /// and the companion's Chinese is the better label.
    private static func original(_ column: Column, row: Int) -> String? {
        if case .string = column.values, let text = column.text(at: row),
           ValueText.chinese(text, column: column.name) == nil {
            return text
        }
        return nil
    }

    /// The funnel's bars under the stages' Chinese names.
    private static func chart(_ chart: BarChart) -> BarChart {
        BarChart(bars: chart.bars.map { bar in
            BarChart.Bar(label: ValueText.chinese(bar.label, column: "stage") ?? bar.label, count: bar.count,
                         ofPrevious: bar.ofPrevious, ofNew: bar.ofNew)
        })
    }
}
