import FunnelDomain
import FunnelStore
import FunnelSyntax

/// The names Tab offers from the data and the session: the tables' fields with the
/// extra columns found in the data and (on customers) the derived card fields, enum
/// words and the few values of text fields, KPIs and their terms, help topics and
/// variables. The syntax layer's completer asks; this answers from the dataset.
public struct SessionCatalog: CompletionCatalog {
    public let dataset: Dataset
    /// KPI names for kpi, explain kpi, score and compare: the KPI catalog's, handed
    /// in by the caller.
    public let kpiNames: [String]
    /// Variables set with let (without `$`).
    public let variables: [String]

    public init(dataset: Dataset, kpiNames: [String] = [], variables: [String] = []) {
        self.dataset = dataset
        self.kpiNames = kpiNames
        self.variables = variables
    }

    /// Words that reach a follow-up's or traffic entry's card (as `TableScope` reads them).
    static let cardLinks: Set<String> = ["customer", "card", "客户"]

    /// The canonical name of a table written as `name` (English in any case, or Chinese).
    public static func tableName(_ name: String) -> String? {
        schema(named: name)?.name
    }

    private static func schema(named name: String) -> TableSchema? {
        let lowered = name.lowercased()
        return TableSchema.all.first { $0.name == lowered || $0.aliases.contains(name) }
    }

    public func tables(chinese: Bool) -> [String] {
        TableSchema.all.map(\.name) + (chinese ? TableSchema.all.flatMap(\.aliases) : [])
    }

    /// The table's fields in schema order, then extra fields found in the data, then
    /// (on customers) the derived ones.
    public func fields(in scope: FieldScope, chinese: Bool) -> [String] {
        var names: [String] = []
        for schema in schemas(scope) {
            names += schema.fields.map(\.name)
            if chinese { names += schema.fields.flatMap(\.aliases) }
            names += extraColumns(of: schema)
            if schema == .customers {
                names += DerivedField.allCases.map(\.name)
                if chinese { names += DerivedField.allCases.flatMap(\.aliases) }
            }
        }
        return names
    }

    /// `customer.` on follow-ups and traffic.
    public func links(in scope: FieldScope) -> [String] {
        schemas(scope).contains { $0 == .followups || $0 == .traffic } ? ["customer"] : []
    }

    /// After `customer.` (or `card.`, `客户.`): the card's fields.
    public func fields(through link: String, in scope: FieldScope, chinese: Bool) -> [String] {
        SessionCatalog.cardLinks.contains(link.lowercased()) ? fields(in: .cards, chinese: chinese) : []
    }

    public func dateFields(in scope: FieldScope) -> [String] {
        var names: [String] = []
        for schema in schemas(scope) {
            for spec in schema.fields {
                if case .date = spec.type { names.append(spec.name) }
                if case .month = spec.type { names.append(spec.name) }
            }
            if let stored = dataset.tables.first(where: { $0.name == schema.name }) {
                for column in stored.columns where column.type == .date && !names.contains(column.name) {
                    names.append(column.name)
                }
            }
            if schema == .customers { names.append(DerivedField.lastContact.name) }
        }
        return names
    }

    /// Enum tokens (and Chinese words when typing Chinese), the statuses with
    /// `following`, or the values found in the data for a text field.
    public func values(of field: [String], in scope: FieldScope, chinese: Bool) -> [String] {
        guard let (schema, name) = resolve(field, in: scope) else { return [] }
        if schema == .customers, let derived = DerivedField.named(name) {
            guard derived == .status else { return [] }
            var raw = CardStatus.vocabulary.tokens + [CardStatus.followingToken]
            if chinese { raw += CardStatus.vocabulary.chinese.flatMap { $0 } + CardStatus.followingWords }
            return raw
        }
        guard let spec = schema.field(named: name) ?? schema.field(named: name.lowercased()) else {
            return dataValues(of: schema, column: name)
        }
        switch spec.type {
        case .enumeration(let vocabulary):
            return vocabulary.tokens + (chinese ? vocabulary.chinese.flatMap { $0 } : [])
        case .string:
            return dataValues(of: schema, column: spec.name)
        default:
            return []
        }
    }

    public var structureDimensions: [String] { StructureDimension.allCases.map(\.rawValue) }

    /// Named as `AggregateExecutor` names them: `count`, `sum_key_questions`.
    public func resultColumns(of items: [AggregateItem]) -> [String] {
        items.map { item in item.field.map { "\(item.function.rawValue)_\($0.text)" } ?? item.function.rawValue }
    }

    public func terms(ofKPI kpi: String) -> [String] {
        KPICatalog.named(kpi)?.terms.map(\.key) ?? []
    }

    public var helpTopics: [String] { HelpText.topics.map(\.name) + ["avg", "min", "max"] }

    // MARK: - Pieces

    /// The tables a scope covers: an unknown table name covers them all.
    private func schemas(_ scope: FieldScope) -> [TableSchema] {
        switch scope {
        case .table(let name): SessionCatalog.schema(named: name).map { [$0] } ?? TableSchema.all
        case .cards: [.customers]
        case .everyTable, .namedLater: TableSchema.all
        }
    }

    private func extraColumns(of schema: TableSchema) -> [String] {
        guard let table = dataset.tables.first(where: { $0.name == schema.name }) else { return [] }
        return table.columnNames.filter { name in !schema.fields.contains { $0.name == name } }
    }

    private func dataValues(of schema: TableSchema, column: String) -> [String] {
        dataset.tables.first { $0.name == schema.name }?.column(column).flatMap(FewValues.of) ?? []
    }

    /// The table and field name a condition's field stands for: `customer.grade`
    /// on follow-ups is the card's grade; with no table known, the first that has it.
    private func resolve(_ field: [String], in scope: FieldScope) -> (TableSchema, String)? {
        if field.count == 2 {
            guard SessionCatalog.cardLinks.contains(field[0].lowercased()) else { return nil }
            return (.customers, field[1])
        }
        guard field.count == 1, let name = field.first else { return nil }
        let known = schemas(scope)
        if known.count == 1, let schema = known.first { return (schema, name) }
        for schema in TableSchema.all where schema.field(named: name) != nil { return (schema, name) }
        if DerivedField.named(name) != nil { return (.customers, name) }
        return nil
    }
}
