import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Resolves field names on one table of the dataset: stored fields by name or
/// Chinese alias (any case for English), extra fields found in the data, derived card
/// fields on customers, and `customer.FIELD` from the tables that link to cards.
struct FieldResolver {
    let table: TableKind
    /// The data's tables and columns: a loaded dataset, or a database's catalog.
    let catalog: any BindingCatalog

    init(table: TableKind, catalog: any BindingCatalog) {
        self.table = table
        self.catalog = catalog
    }

    init(table: TableKind, dataset: Dataset) {
        self.init(table: table, catalog: dataset)
    }

    private var columns: [CatalogColumn] { catalog.columns(of: table) }

    var schema: TableSchema { table.schema }

    // field ::= NAME ( "." NAME )*
    func resolve(_ path: FieldPath) throws(BindingError) -> BoundField {
        guard let first = path.parts.first else {
            throw BindingError(.notAFieldPath(path.text, table: table), at: path.range)
        }
        if path.parts.count == 1 { return try resolveOwn(first) }
        guard schema.linksToCards, TableSchema.cardLinkWords.contains(first.text.lowercased()),
              path.parts.count == 2 else {
            throw BindingError(.notAFieldPath(path.text, table: table), at: path.range)
        }
        let card = try FieldResolver(table: .customers, catalog: catalog).resolveOwn(path.parts[1])
        return BoundField(name: "customer." + card.name, type: card.type, source: .card(card, from: table),
                          isPlan: card.isPlan, party: nil, asOf: card.asOf)
    }

    /// A field of this table itself, by name or alias.
    func resolveOwn(_ name: Name) throws(BindingError) -> BoundField {
        if let field = lookUp(name.text) { return field }
        if table != .customers, DerivedField.named(name.text) != nil || TableSchema.customers.field(named: name.text) != nil {
            throw BindingError(.cardFieldHere(name.text, table: table), at: name.range)
        }
        throw BindingError(.unknownField(name.text, table: table, candidates: fieldNames), at: name.range)
    }

    /// The field a known name stands for, if any.
    func lookUp(_ text: String) -> BoundField? {
        let stored = columns
        if let index = stored.firstIndex(where: { $0.name == text }) { return field(at: index, of: stored) }
        if let spec = schema.field(named: text), let index = stored.firstIndex(where: { $0.name == spec.name }) {
            return field(at: index, of: stored)
        }
        let lowered = text.lowercased()
        if lowered != text, let index = stored.firstIndex(where: { $0.name == lowered }) {
            return field(at: index, of: stored)
        }
        if table == .customers, let derived = DerivedField.named(text) {
            return BoundField(name: derived.name, type: derived.type, source: .derived(derived))
        }
        return nil
    }

    private func field(at index: Int, of columns: [CatalogColumn]) -> BoundField {
        let column = columns[index]
        let spec = schema.fields.first { $0.name == column.name }
        return BoundField(name: column.name, type: column.type, source: .stored(table, column: index),
                          isPlan: spec?.isPlan ?? false, party: spec?.party, asOf: spec?.asOf ?? .fixed)
    }

    /// The table and column a bound field reads (a card's field reached by a link
    /// reads the card's); `nil` for a derived field.
    private func stored(_ field: BoundField) -> (table: TableKind, column: String)? {
        switch field.source {
        case .stored(let table, let index):
            let columns = catalog.columns(of: table)
            return columns.indices.contains(index) ? (table, columns[index].name) : nil
        case .card(let inner, _): return stored(inner)
        case .derived: return nil
        }
    }

    /// The stored column a bound field reads, when the catalog is a loaded dataset
    /// (completion offers its few values).
    func storedColumn(_ field: BoundField) -> Column? {
        guard let dataset = catalog as? Dataset, let place = stored(field) else { return nil }
        return dataset.table(place.table).column(place.column)
    }

    /// The texts of the text column a bound field reads; `nil` for any other field.
    func storedTexts(_ field: BoundField) -> (any ColumnTexts)? {
        guard let place = stored(field) else { return nil }
        return catalog.texts(of: place.table, column: place.column)
    }

    /// The texts a text field holds in the data: its own column's, and for a party
    /// field (a consultant, a dealer) those of every table's field naming that party,
    /// so a consultant who only received visitors is still a consultant.
    func knownValues(_ field: BoundField) -> [any ColumnTexts] {
        var found: [any ColumnTexts] = []
        let own = stored(field)
        if let texts = storedTexts(field) { found.append(texts) }
        if let party = field.party {
            for schema in TableSchema.all {
                guard let spec = schema.field(naming: party), own.map({ $0 != (schema.kind, spec.name) }) ?? true,
                      let other = catalog.texts(of: schema.kind, column: spec.name) else { continue }
                found.append(other)
            }
        }
        return found
    }

    /// Every name this table answers to, for suggestions: its columns, the Chinese
    /// names of its fields, and on customers the derived fields.
    var fieldNames: [String] {
        var names = columns.map(\.name)
        names += schema.fields.flatMap(\.aliases)
        if table == .customers { names += DerivedField.allCases.flatMap { [$0.name] + $0.aliases } }
        return names
    }

    /// The table's own date, the one `by week` and friends group on.
    var ownDate: BoundField? { lookUp(schema.ownDate) }
}
