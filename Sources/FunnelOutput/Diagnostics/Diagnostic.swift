import FunnelEngine
import FunnelSyntax
import FunnelText

/// An error with where it happened, ready to be shown: as text with the line and a
/// caret under the problem, or as one JSON object for programs (`--format json`).
public struct Diagnostic: Sendable, Equatable {
    public let message: String
    public let place: Place?
    /// The language of the message, and so of the words around it (`error:`, `错误：`).
    public var language: DisplayLanguage = .english

    /// Where in a script or typed line.
    public struct Place: Sendable, Equatable {
        /// A file name, or `nil` for typed input.
        public let name: String?
        /// 1-based line and column (in characters).
        public let line: Int
        public let column: Int
        /// The line's text.
        public let text: String
        /// How many characters of the line the problem covers (at least one).
        public let length: Int

        public init(name: String?, line: Int, column: Int, text: String, length: Int) {
            self.name = name
            self.line = line
            self.column = column
            self.text = text
            self.length = max(1, length)
        }
    }

    public init(message: String, place: Place?) {
        self.message = message
        self.place = place
    }

    /// An error about a range of a script's text: the caret covers the range on its first line.
    public init(message: String, range: SourceRange, in source: SourceText) {
        let (line, column) = source.location(of: range.start)
        let (endLine, endColumn) = source.location(of: range.end)
        let length = endLine == line && endColumn > column ? endColumn - column : 1
        self.init(message: message, place: Place(name: source.name, line: line, column: column,
                                                 text: source.line(line), length: length))
    }

    /// A statement's error, worded in `language`.
    public init(_ error: StatementError, in source: SourceText, language: DisplayLanguage = .english) {
        self.init(message: ErrorText.message(error, in: language), range: error.range, in: source)
        self.language = language
    }

    /// ```
    /// error: unknown field 'grde' — did you mean 'grade'?
    ///  --> weekly.funnel:3:24
    ///   |
    /// 3 | select customers where grde = H
    ///   |                        ^^^^
    /// ```
    /// The caret sits under the problem, counting wide characters as two columns so
    /// it lines up under Chinese text.
    public var text: String {
        let prefix = language == .chinese ? "错误：" : "error: "
        guard let place else { return prefix + message }
        let where_ = place.name.map { "\($0):\(place.line):\(place.column)" }
            ?? (language == .chinese ? "第 \(place.line) 行第 \(place.column) 列" : "line \(place.line):\(place.column)")
        let number = String(place.line)
        let gutter = String(repeating: " ", count: number.count)
        let before = String(place.text.prefix(place.column - 1))
        let underlined = String(place.text.dropFirst(place.column - 1).prefix(place.length))
        let caretWidth = max(1, DisplayWidth.of(underlined))
        let indent = String(repeating: " ", count: DisplayWidth.of(before.replacingTabs()))
        return """
            \(prefix)\(message)
            \(gutter)--> \(where_)
            \(gutter) |
            \(number) | \(place.text)
            \(gutter) | \(indent)\(String(repeating: "^", count: caretWidth))
            """
    }

    /// `{"error":"...","file":"weekly.funnel","line":3,"column":24}` on one line.
    public var json: String {
        var members = ["\"error\":" + JSONText.quoted(message)]
        if let place {
            if let name = place.name { members.append("\"file\":" + JSONText.quoted(name)) }
            members.append("\"line\":\(place.line)")
            members.append("\"column\":\(place.column)")
        }
        return "{" + members.joined(separator: ",") + "}"
    }
}

extension String {
    /// Tabs as single spaces, so the caret line's indent matches the echoed line.
    fileprivate func replacingTabs() -> String {
        String(map { $0 == "\t" ? " " : $0 })
    }
}
