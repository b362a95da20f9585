import FunnelText

/// An error located in statement text, ready to be shown: the one format every
/// stage's errors are rendered in.
public struct Diagnostic: Error, Hashable, Sendable {
    public let message: String
    public let range: SourceRange

    public init(_ message: String, at range: SourceRange) {
        self.message = message
        self.range = range
    }

    public init(_ error: SyntaxError) {
        self.init(error.message, at: error.range)
    }

    /// ```
    /// error: unknown field 'grde' — did you mean 'grade'?
    ///  --> weekly.funnel:3:24
    ///   |
    /// 3 | select customers where grde = H
    ///   |                        ^^^^
    /// ```
    /// The caret sits under the whole range on its first line, counting wide
    /// characters as two columns so it lines up under Chinese text.
    public func rendered(in source: SourceText, lineOffset: Int = 0) -> String {
        let (line, column) = source.location(of: range.start)
        let text = source.line(line)
        let place = (source.name.map { "\($0):" } ?? "line ") + "\(line + lineOffset):\(column)"
        let number = String(line + lineOffset)
        let gutter = String(repeating: " ", count: number.count)
        let prefixText = String(text.prefix(column - 1))
        let (endLine, endColumn) = source.location(of: range.end)
        let underlined: String
        if endLine == line, endColumn > column {
            underlined = String(text.dropFirst(column - 1).prefix(endColumn - column))
        } else {
            underlined = String(text.dropFirst(column - 1).prefix(1))
        }
        let caretWidth = max(1, DisplayWidth.of(underlined))
        let indent = String(repeating: " ", count: DisplayWidth.of(prefixText.replacingTabs()))
        return """
            error: \(message)
            \(gutter)--> \(place)
            \(gutter) |
            \(number) | \(text)
            \(gutter) | \(indent)\(String(repeating: "^", count: caretWidth))
            """
    }
}

extension String {
    /// Tabs as single spaces, so the caret line's indent matches the echoed line.
    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
