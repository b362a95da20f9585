import FunnelSyntax

/// How a statement typed over several lines goes into the history.
enum HistoryEntry {
    /// The lines joined with spaces, so Up brings the statement back as one line to
    /// edit and run. A line break stays where it means something: inside a quoted
    /// string, and after a line ending in a comment (the comment would swallow the rest).
    static func joining(_ lines: [String]) -> String {
        guard var entry = lines.first else { return "" }
        for (previous, line) in zip(lines, lines.dropFirst()) {
            let insideString = Lexer.tokensUpToError(entry).1?.isIncomplete == true
            if insideString || endsInComment(previous) {
                entry += "\n" + line
            } else {
                entry += " " + line.drop(while: { $0 == " " || $0 == "\t" })
            }
        }
        return entry
    }

    /// Whether text follows the line's last token: only a comment can.
    private static func endsInComment(_ line: String) -> Bool {
        let (tokens, error) = Lexer.tokensUpToError(line)
        guard error == nil else { return false }
        let end = tokens.last { $0.kind != .end }?.range.end ?? 0
        // Trailing blanks are ASCII: one byte each.
        let trimmed = line.utf8.count - line.reversed().prefix { $0 == " " || $0 == "\t" || $0 == "\r" }.count
        return trimmed > end
    }
}
