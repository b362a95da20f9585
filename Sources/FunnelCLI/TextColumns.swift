import FunnelText

/// Rows of words lined up in columns by display width (汉字 take two columns), for
/// the listings dot-commands print and the choices Tab shows.
enum TextColumns {
    /// Each row's cells padded to their column's widest; the last cell is not padded.
    static func aligned(_ rows: [[String]], gap: Int = 2) -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (i, cell) in row.enumerated() {
                let w = DisplayWidth.of(cell)
                if i < widths.count { widths[i] = max(widths[i], w) } else { widths.append(w) }
            }
        }
        return rows.map { row in
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 {
                    line += String(repeating: " ", count: widths[i] - DisplayWidth.of(cell) + gap)
                }
            }
            return line
        }
    }

    /// Words in as many columns as fit in `width`, filled top to bottom as `ls` does.
    static func grid(_ words: [String], width: Int) -> [String] {
        guard !words.isEmpty else { return [] }
        let cell = (words.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let columns = max(1, min(words.count, width / max(1, cell)))
        let rows = (words.count + columns - 1) / columns
        var lines: [String] = []
        for r in 0..<rows {
            var line = ""
            for c in 0..<columns {
                let i = c * rows + r
                guard i < words.count else { break }
                let word = words[i]
                line += word
                if c < columns - 1, i + rows < words.count {
                    line += String(repeating: " ", count: cell - DisplayWidth.of(word))
                }
            }
            lines.append(line)
        }
        return lines
    }
}
