import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Tab completion for statements: turns a `CompletionContext` into candidates from
/// the language (keywords, tables, the fields of the table in scope, enum values),
/// the data (values of low-cardinality text fields) and the session (variables,
/// KPI and report names, which the caller supplies).
///
/// English names are offered while the typed word is ASCII or empty; once it holds
/// a Chinese character the Chinese names and enum words are offered too, so an empty
/// Tab lists each thing once.
public struct Completer: Sendable {
    public let dataset: Dataset
    /// KPI names for kpi, explain kpi, score and compare: the KPI catalog's, handed
    /// in by the caller.
    public var kpiNames: [String]
    /// Variables set with let (without `$`).
    public var variables: [String]

    public init(dataset: Dataset, kpiNames: [String] = [], variables: [String] = []) {
        self.dataset = dataset
        self.kpiNames = kpiNames
        self.variables = variables
    }

    /// The completion for a cursor after `before`, with `after` the rest of the line.
    public func complete(before: String, after: String = "") -> Completion {
        complete(CompletionContext.analyze(before: before, after: after))
    }

    public func complete(_ context: CompletionContext) -> Completion {
        var candidates: [Completion.Candidate] = []
        for expectation in context.expectations {
            candidates += self.candidates(for: expectation, in: context)
        }
        return Completion(replacing: context.partial, candidates: candidates)
    }

    /// What a statement may start with: the parser's keywords, with reports named
    /// in full (`lost reasons`, not `lost`).
    public static let statementStarts: [String] = Keyword.statements.map(Keyword.phrase(for:))

    // MARK: - Candidates by expectation

    private func candidates(for expectation: CompletionContext.Expectation,
                            in context: CompletionContext) -> [Completion.Candidate] {
        let partial = context.partial
        let chinese = partial.unicodeScalars.contains { !$0.isASCII }
        switch expectation {
        case .statementKeyword:
            let reports = chinese ? ReportKind.allCases.map(\.chineseName) : []
            return words(Completer.statementStarts + reports, matching: partial)
        case .table:
            let names = TableSchema.all.map(\.name) + (chinese ? TableSchema.all.flatMap(\.aliases) : [])
            return words(names, matching: partial)
        case .field:
            return fields(of: context.table, chinese: chinese, partial: partial)
        case .groupItem:
            return fields(of: context.table, chinese: chinese, partial: partial) + words(Keyword.grains, matching: partial)
        case .dateField:
            return words(dateFields(of: context.table), matching: partial)
        case .cardField:
            return fields(of: "customers", chinese: chinese, partial: partial, links: false)
        case .orderItem:
            return fields(of: context.table, chinese: chinese, partial: partial)
                + words(context.resultColumns, matching: partial)
        case .value(let field):
            return values(of: field, table: context.table, partial: partial, quote: context.quote, chinese: chinese)
        case .keywords(let list):
            return words(list, matching: partial)
        case .helpTopic:
            return words(HelpText.topics.map(\.name) + ["avg", "min", "max"], matching: partial)
        case .variable:
            return words(variables.sorted().map { "$" + $0 }, matching: partial)
        case .kpiName:
            return words(kpiNames, matching: partial)
        }
    }

    private func words(_ list: [String], matching partial: String) -> [Completion.Candidate] {
        list.filter { Completer.matches($0, partial) }.map { Completion.Candidate($0) }
    }

    /// Case-insensitive prefix match (Chinese has no case, so it is a plain prefix).
    static func matches(_ candidate: String, _ partial: String) -> Bool {
        candidate.lowercased().hasPrefix(partial.lowercased())
    }

    // MARK: - Fields

    /// The table's fields in schema order, then extra fields found in the data, then
    /// (on customers) the derived ones; `customer.` on follow-ups and traffic.
    private func fields(of table: String?, chinese: Bool, partial: String,
                        links: Bool = true) -> [Completion.Candidate] {
        let schemas = table.flatMap { name in TableSchema.all.first { $0.name == name } }.map { [$0] } ?? TableSchema.all
        var names: [String] = []
        var linkable = false
        for schema in schemas {
            names += schema.fields.map(\.name)
            if chinese { names += schema.fields.flatMap(\.aliases) }
            names += extraColumns(of: schema)
            if schema.name == "customers" {
                names += DerivedField.allCases.map(\.name)
                if chinese { names += DerivedField.allCases.flatMap(\.aliases) }
            }
            if schema.name == "followups" || schema.name == "traffic" { linkable = true }
        }
        var result = words(names, matching: partial)
        if links, linkable, Completer.matches("customer.", partial) {
            result.append(Completion.Candidate("customer.", terminator: ""))
        }
        return result
    }

    private func extraColumns(of schema: TableSchema) -> [String] {
        guard let table = dataset.tables.first(where: { $0.name == schema.name }) else { return [] }
        return table.columnNames.filter { name in !schema.fields.contains { $0.name == name } }
    }

    private func dateFields(of table: String?) -> [String] {
        let schemas = table.flatMap { name in TableSchema.all.first { $0.name == name } }.map { [$0] } ?? TableSchema.all
        var names: [String] = []
        for schema in schemas {
            for spec in schema.fields {
                if case .date = spec.type { names.append(spec.name) }
                if case .month = spec.type { names.append(spec.name) }
            }
            if let stored = dataset.tables.first(where: { $0.name == schema.name }) {
                for column in stored.columns where column.type == .date && !names.contains(column.name) {
                    names.append(column.name)
                }
            }
            if schema.name == "customers" { names.append(DerivedField.lastContact.name) }
        }
        return names
    }

    // MARK: - Values

    /// Enum tokens (and Chinese words when typing Chinese), the statuses with
    /// `following`, or the values found in the data for a text field.
    private func values(of field: String, table: String?, partial: String, quote: Character?,
                        chinese: Bool) -> [Completion.Candidate] {
        guard let (tableName, name) = resolve(field, table: table) else { return [] }
        var raw: [String] = []
        if tableName == "customers", let derived = DerivedField.named(name) {
            if derived == .status {
                raw = CardStatus.vocabulary.tokens + [CardStatus.followingToken]
                if chinese { raw += CardStatus.vocabulary.chinese.flatMap { $0 } + CardStatus.followingWords }
            }
        } else if let schema = TableSchema.all.first(where: { $0.name == tableName }),
                  let spec = schema.field(named: name) ?? schema.field(named: name.lowercased()) {
            switch spec.type {
            case .enumeration(let vocabulary):
                raw = vocabulary.tokens
                if chinese { raw += vocabulary.chinese.flatMap { $0 } }
            case .string:
                raw = dataValues(table: tableName, column: spec.name)
            default:
                break
            }
        } else {
            raw = dataValues(table: tableName, column: name)
        }
        let typed = quote.map { _ in String(partial.dropFirst()) } ?? partial
        return raw.filter { Completer.matches($0, typed) }.map { value in
            if let quote { return Completion.Candidate(Completer.quoted(value, with: quote)) }
            return Completion.Candidate(Completer.isBareWord(value) ? value : Completer.quoted(value, with: "\""))
        }
    }

    private func dataValues(table: String, column: String) -> [String] {
        dataset.tables.first { $0.name == table }?.column(column).flatMap(FewValues.of) ?? []
    }

    /// The table and field name a condition's field stands for: `customer.grade`
    /// on follow-ups is the card's grade; an unknown table means the first that has it.
    private func resolve(_ field: String, table: String?) -> (String, String)? {
        let parts = field.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 2 {
            guard CompletionContext.cardLinks.contains(parts[0].lowercased()) else { return nil }
            return ("customers", parts[1])
        }
        guard parts.count == 1 else { return nil }
        if let table { return (table, field) }
        for schema in TableSchema.all where schema.field(named: field) != nil { return (schema.name, field) }
        if DerivedField.named(field) != nil { return ("customers", field) }
        return nil
    }

    /// Whether a value reads back as the same single word (Chinese names do; a
    /// value with a space or a digit first does not).
    static func isBareWord(_ value: String) -> Bool {
        guard let tokens = try? Lexer.tokens(value), tokens.count == 2, tokens[0].kind == .word else { return false }
        return tokens[0].text == value
    }

    static func quoted(_ value: String, with quote: Character) -> String {
        var text = String(quote)
        for character in value {
            if character == quote || character == "\\" { text.append("\\") }
            if character == "\n" {
                text += "\\n"
                continue
            }
            text.append(character)
        }
        text.append(quote)
        return text
    }
}
