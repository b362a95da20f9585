/// Tab completion for statements: the parser says what may come where the word
/// being typed starts (`CompletionPoint`), and this turns each expectation into
/// candidates: keywords from the keyword table, names and values from the catalog
/// (the data and the session), filtered by the word typed so far.
///
/// English names are offered while the typed word is ASCII or empty; once it holds
/// a Chinese character the Chinese names and enum words are offered too, so an empty
/// Tab lists each thing once.
public struct Completer: Sendable {
    public let catalog: any CompletionCatalog

    public init(catalog: any CompletionCatalog) {
        self.catalog = catalog
    }

    /// The completion for a cursor after `before`, with `after` the rest of the line.
    public func complete(before: String, after: String = "") -> Completion {
        complete(CompletionPoint(before: before, after: after))
    }

    public func complete(_ point: CompletionPoint) -> Completion {
        var candidates: [Completion.Candidate] = []
        for expectation in point.expectations {
            candidates += self.candidates(for: expectation, at: point)
        }
        return Completion(replacing: point.partial, candidates: candidates)
    }

    /// What a statement may start with, reports named in full (`lost reasons`, not `lost`).
    public static let statementStarts: [String] = Keyword.statements.map(Keyword.phrase(for:))

    // MARK: - Candidates by expectation

    private func candidates(for expectation: Expectation, at point: CompletionPoint) -> [Completion.Candidate] {
        let partial = point.partial
        let chinese = KeyboardFolding.fold(partial).unicodeScalars.contains { !$0.isASCII }
        if point.quote != nil || partial.hasPrefix("$") {
            // An open quote or a `$` can only start a value.
            guard case .value(let slot) = expectation else { return [] }
            if partial.hasPrefix("$") { return words(catalog.variables.sorted().map { "$" + $0 }, matching: partial) }
            return values(slot, at: point, chinese: chinese)
        }
        switch expectation {
        case .statement:
            let reports = chinese ? ReportKind.allCases.map(\.chineseName) : []
            return words(Completer.statementStarts + reports, matching: partial)
        case .keyword(let word):
            return words([Keyword.phrase(for: word)], matching: partial)
        case .symbol(let symbol):
            // `*` stands where a field list goes; other symbols are punctuation one types.
            return symbol == .star ? words([symbol.rawValue], matching: partial) : []
        case .table:
            return words(catalog.tables(chinese: chinese), matching: partial)
        case .field(let scope):
            guard let scope = resolved(scope, at: point) else { return [] }
            var result = words(catalog.fields(in: scope, chinese: chinese), matching: partial)
            for link in catalog.links(in: scope) where Completer.matches(link + ".", partial) {
                result.append(Completion.Candidate(link + ".", terminator: ""))
            }
            return result
        case .subfield(let link, let scope):
            let scope = resolved(scope, at: point) ?? .everyTable
            return words(catalog.fields(through: link, in: scope, chinese: chinese), matching: partial)
        case .dateField(let scope):
            return words(catalog.dateFields(in: resolved(scope, at: point) ?? .everyTable), matching: partial)
        case .grain:
            return words(Keyword.grains, matching: partial)
        case .value(let slot):
            return values(slot, at: point, chinese: chinese)
        case .number:
            return []
        case .kpiName:
            return words(catalog.kpiNames, matching: partial)
        case .term(let kpi):
            return words(catalog.terms(ofKPI: kpi), matching: partial)
        case .helpTopic:
            return words(catalog.helpTopics, matching: partial)
        case .structureDimension:
            return words(catalog.structureDimensions, matching: partial)
        case .resultColumn(let items):
            return words(catalog.resultColumns(of: items), matching: partial)
        }
    }

    /// A scope the catalog can answer: the table named after the cursor for fields
    /// listed before it, or nil where no field may be offered.
    private func resolved(_ scope: FieldScope, at point: CompletionPoint) -> FieldScope? {
        guard case .namedLater(let orEveryTable) = scope else { return scope }
        let tables = catalog.tables(chinese: true)
        if let name = point.tableAfter, tables.contains(where: { $0 == name || $0 == name.lowercased() }) {
            return .table(name)
        }
        return orEveryTable ? .everyTable : nil
    }

    private func words(_ list: [String], matching partial: String) -> [Completion.Candidate] {
        list.filter { Completer.matches($0, partial) }.map { Completion.Candidate($0) }
    }

    /// Case-insensitive prefix match (Chinese has no case, so it is a plain prefix);
    /// what was typed full-width matches as the lexer reads it (`ｗｈ` → `where`).
    static func matches(_ candidate: String, _ partial: String) -> Bool {
        candidate.lowercased().hasPrefix(KeyboardFolding.fold(partial).lowercased())
    }

    // MARK: - Values

    /// A field's values from the catalog, written so they read back as the same
    /// value (quoted unless one word; inside the quote being typed); `today` where a
    /// day goes.
    private func values(_ slot: ValueSlot, at point: CompletionPoint, chinese: Bool) -> [Completion.Candidate] {
        switch slot {
        case .field(let parts, let scope):
            let raw = catalog.values(of: parts, in: resolved(scope, at: point) ?? .everyTable, chinese: chinese)
            let quote = point.quote
            let typed = quote.map { _ in String(point.partial.dropFirst()) } ?? point.partial
            return raw.filter { Completer.matches($0, typed) }.map { value in
                if let quote { return Completion.Candidate(Completer.quoted(value, with: quote)) }
                return Completion.Candidate(Completer.isBareWord(value) ? value : Completer.quoted(value, with: "\""))
            }
        case .day:
            return point.quote == nil ? words(Keyword.words(.day), matching: point.partial) : []
        case .period, .any:
            return []
        }
    }

    /// Whether a value reads back as the same single word (Chinese names do; a
    /// value with a space or a digit first does not).
    static func isBareWord(_ value: String) -> Bool {
        let tokens = Lexer.allTokens(value)
        guard tokens.count == 2, tokens[0].kind == .word else { return false }
        return tokens[0].text == value
    }

    /// `value` in quotes opened by `quote` and closed by its pair (`“…”`).
    static func quoted(_ value: String, with quote: Character) -> String {
        let closing = QuotePair.closing(for: quote)
        var text = String(quote)
        for character in value {
            if character == closing || character == "\\" { text.append("\\") }
            if character == "\n" {
                text += "\\n"
                continue
            }
            text.append(character)
        }
        text.append(closing)
        return text
    }
}
