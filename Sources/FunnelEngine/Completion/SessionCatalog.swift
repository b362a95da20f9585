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
        TableSchema.cardLinkWords.contains(link.lowercased()) ? fields(in: .cards, chinese: chinese) : []
    }

    public func dateFields(in scope: FieldScope) -> [String] {
        var names: [String] = []
        for schema in schemas(scope) {
            for spec in schema.fields {
                if case .date = spec.type { names.append(spec.name) }
                if case .month = spec.type { names.append(spec.name) }
            }
            for column in dataset.table(schema.kind).columns where column.type == .date && !names.contains(column.name) {
                names.append(column.name)
            }
            if schema == .customers {
                names += DerivedField.allCases.filter { $0.type == .date }.map(\.name)
            }
        }
        return names
    }

    /// Enum tokens (and Chinese words when typing Chinese) with the words that stand
    /// for several values (`following`), or the values found in the data for a text
    /// field: the field found as the binder finds it.
    public func values(of field: [String], in scope: FieldScope, chinese: Bool) -> [String] {
        guard let bound = resolve(field, in: scope) else { return [] }
        switch bound.type {
        case .enumeration(let vocabulary):
            let groups = ValueBinder.valueGroups(of: bound).keys
            let english = groups.filter { $0.unicodeScalars.allSatisfy(\.isASCII) }.sorted()
            let words = groups.filter { !$0.unicodeScalars.allSatisfy(\.isASCII) }.sorted()
            return vocabulary.tokens + english + (chinese ? vocabulary.chinese.flatMap { $0 } + words : [])
        case .string:
            return FieldResolver(table: .customers, dataset: dataset).storedColumn(bound).flatMap(FewValues.of) ?? []
        default:
            return []
        }
    }

    /// After `structure by`: the report's own dimensions, then the other card fields the
    /// following cards can be broken down by (text with few values, choices, yes/no).
    public var structureDimensions: [String] {
        var names = StructureDimension.allCases.map(\.rawValue)
        for column in dataset.customers.columns where !names.contains(column.name) {
            switch column.values {
            case .enumeration, .bool: names.append(column.name)
            case .string where FewValues.of(column) != nil: names.append(column.name)
            default: break
            }
        }
        for field in DerivedField.allCases where field != .following {
            switch field.type {
            case .enumeration, .bool: names.append(field.name)
            default: break
            }
        }
        return names
    }

    /// Named as `AggregateExecutor` names them: `count`, `sum_key_questions`.
    public func resultColumns(of items: [AggregateItem]) -> [String] {
        items.map { item in item.field.map { "\(item.function.rawValue)_\($0.text)" } ?? item.function.rawValue }
    }

    public func terms(ofKPI kpi: String) -> [String] {
        KPICatalog.named(kpi)?.terms.map(\.key) ?? []
    }

    public var helpTopics: [String] { HelpText.allTopics.map(\.name) + ["avg", "min", "max"] }

    // MARK: - Pieces

    /// The tables a scope covers: an unknown table name covers them all.
    private func schemas(_ scope: FieldScope) -> [TableSchema] {
        switch scope {
        case .table(let name): TableSchema.named(name).map { [$0] } ?? TableSchema.all
        case .cards: [.customers]
        case .everyTable, .namedLater: TableSchema.all
        }
    }

    private func extraColumns(of schema: TableSchema) -> [String] {
        dataset.table(schema.kind).columnNames.filter { name in !schema.fields.contains { $0.name == name } }
    }

    /// The field a condition's field name stands for, found by the binder's resolver:
    /// `customer.grade` on follow-ups is the card's grade; with no table known, the
    /// first table that has it.
    private func resolve(_ field: [String], in scope: FieldScope) -> BoundField? {
        let path = FieldPath(field.map { Name($0, SourceRange(0, 0)) })
        for schema in schemas(scope) {
            if let bound = try? FieldResolver(table: schema.kind, dataset: dataset).resolve(path) { return bound }
        }
        return nil
    }
}
