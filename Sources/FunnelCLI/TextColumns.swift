import FunnelText

/// Rows of words lined up in columns by display width (汉字 take two columns), for
/// the listings dot-commands print and the choices Tab shows.
enum TextColumns {
    /// The display width of each column's widest cell.
    static func widths(_ rows: [[String]]) -> [Int] {
        var widths: [Int] = []
        for row in rows {
            for (i, cell) in row.enumerated() {
                let w = DisplayWidth.of(cell)
                if i < widths.count { widths[i] = max(widths[i], w) } else { widths.append(w) }
            }
        }
        return widths
    }

    /// Each row's cells padded to their column's widest (or to `widths`, to line up
    /// with other rows); the last cell is not padded. With a `width`, a last cell that
    /// would run past it is wrapped at spaces onto lines indented to its column, so
    /// long definitions stay readable.
    static func aligned(_ rows: [[String]], widths given: [Int]? = nil, gap: Int = 2, width: Int? = nil) -> [String] {
        let widths = given ?? self.widths(rows)
        return rows.flatMap { row -> [String] in
            var line = ""
            for (i, cell) in row.enumerated().dropLast() {
                let column = i < widths.count ? widths[i] : DisplayWidth.of(cell)
                line += cell + String(repeating: " ", count: max(0, column - DisplayWidth.of(cell)) + gap)
            }
            let indent = DisplayWidth.of(line)
            guard let last = row.last else { return [line] }
            guard let width, width - indent >= 20 else { return [line + last] }
            let pieces = wrapped(last, width: width - indent)
            return [line + (pieces.first ?? "")] + pieces.dropFirst().map { String(repeating: " ", count: indent) + $0 }
        }
    }

    /// Text cut at spaces into lines of at most `width` columns (a longer word stays whole).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = line.isEmpty ? String(word) : line + " " + word
            if DisplayWidth.of(candidate) > width, !line.isEmpty {
                lines.append(line)
                line = String(word)
            } else {
                line = candidate
            }
        }
        lines.append(line)
        return lines
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
