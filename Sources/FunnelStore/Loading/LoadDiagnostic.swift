/// One problem found while loading, located as precisely as the input allows.
public struct LoadDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The file (as the user named it).
    public var file: String
    /// 1-based line and column of the byte where the problem starts, when known.
    public var line: Int?
    public var column: Int?
    /// "customers record 17" or "line 17": which record, when the problem is one record's.
    public var record: String?
    /// The field, when the problem is one field's.
    public var field: String?
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, record: String? = nil,
                field: String? = nil, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.record = record
        self.field = field
        self.message = message
    }

    /// `file:line:column: record, field 'x': message`.
    public var description: String {
        var place = file
        if let line {
            place += ":\(line)"
            if let column { place += ":\(column)" }
        }
        var context: [String] = []
        if let record { context.append(record) }
        if let field { context.append("field '\(field)'") }
        let prefix = context.isEmpty ? "" : context.joined(separator: ", ") + ": "
        return "\(place): \(prefix)\(message)"
    }
}

/// A load that failed. Nothing of it is kept: the dataset loaded before stays as it was.
public struct LoadFailure: Error, Sendable, CustomStringConvertible {
    /// What went wrong, in a few words ("duplicate card ids").
    public let summary: String
    /// The first problems (at most `LoadFailure.listLimit`).
    public let problems: [LoadDiagnostic]
    /// How many problems there were in all.
    public let total: Int

    public static let listLimit = 20

    public init(summary: String, problems: [LoadDiagnostic], total: Int? = nil) {
        self.summary = summary
        self.problems = Array(problems.prefix(LoadFailure.listLimit))
        self.total = total ?? problems.count
    }

    /// A failure with one problem.
    public init(_ problem: LoadDiagnostic) {
        self.init(summary: problem.message, problems: [problem], total: 1)
    }

    public var description: String {
        if problems.isEmpty { return summary }
        if total == 1, let only = problems.first { return only.description }
        var lines = ["\(summary) (\(total)):"]
        lines += problems.map { "  " + $0.description }
        if total > problems.count { lines.append("  ... and \(total - problems.count) more") }
        return lines.joined(separator: "\n")
    }
}

/// A data-quality problem that does not stop the load: the kind, how many, and examples.
public struct LoadWarning: Hashable, Sendable, CustomStringConvertible {
    public let summary: String
    public let count: Int
    public let examples: [LoadDiagnostic]

    public static let exampleLimit = 5

    public init(summary: String, count: Int, examples: [LoadDiagnostic]) {
        self.summary = summary
        self.count = count
        self.examples = Array(examples.prefix(LoadWarning.exampleLimit))
    }

    public var description: String {
        var lines = ["warning: \(count) \(summary)"]
        lines += examples.map { "  " + $0.description }
        if count > examples.count { lines.append("  ... and \(count - examples.count) more") }
        return lines.joined(separator: "\n")
    }
}
