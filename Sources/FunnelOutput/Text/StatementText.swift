import FunnelSyntax

/// A statement's text as a document names it (the `statement` of a json line, a
/// markdown heading): the words as typed, on one line, comments dropped and every
/// run of blanks and line ends between two words one space. Typed spellings stay
/// (`kpi 首次进店率 for ２０１０－１０`), so a reader finds the statement in the script.
public enum StatementText {
    public static func of(_ statement: Statement, in source: SourceText) -> String {
        let text = source.slice(statement.range)
        let bytes = Array(text.utf8)
        var result = ""
        var previousEnd: Int?
        for token in Lexer.allTokens(text) {
            switch token.kind {
            case .newline, .end: continue
            default: break
            }
            let start = min(max(0, token.range.start), bytes.count)
            let end = min(max(start, token.range.end), bytes.count)
            if let previousEnd, start > previousEnd { result += " " }
            result += String(decoding: bytes[start..<end], as: UTF8.self)
            previousEnd = end
        }
        return result
    }
}
