import FunnelDomain
import FunnelStore
import FunnelSyntax

/// Resolves field names on one table of the dataset: stored fields by name or
/// Chinese alias (any case for English), extra fields found in the data, derived card
/// fields on customers, and `customer.FIELD` from the tables that link to cards.
struct FieldResolver {
    let table: TableKind
    let dataset: Dataset

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
        let card = try FieldResolver(table: .customers, dataset: dataset).resolveOwn(path.parts[1])
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
        let stored = dataset.table(table)
        if let index = stored.columns.firstIndex(where: { $0.name == text }) { return field(at: index) }
        if let spec = schema.field(named: text), let index = stored.columns.firstIndex(where: { $0.name == spec.name }) {
            return field(at: index)
        }
        let lowered = text.lowercased()
        if lowered != text, let index = stored.columns.firstIndex(where: { $0.name == lowered }) {
            return field(at: index)
        }
        if table == .customers, let derived = DerivedField.named(text) {
            return BoundField(name: derived.name, type: derived.type, source: .derived(derived))
        }
        return nil
    }

    private func field(at index: Int) -> BoundField {
        let column = dataset.table(table).columns[index]
        let spec = schema.fields.first { $0.name == column.name }
        return BoundField(name: column.name, type: column.type, source: .stored(table, column: index),
                          isPlan: spec?.isPlan ?? false, party: spec?.party, asOf: spec?.asOf ?? .fixed)
    }

    /// The stored column a bound field reads (a card's field reached by a link reads
    /// the card's); `nil` for a derived field.
    func storedColumn(_ field: BoundField) -> Column? {
        switch field.source {
        case .stored(let table, let index):
            let columns = dataset.table(table).columns
            return columns.indices.contains(index) ? columns[index] : nil
        case .card(let inner, _): return storedColumn(inner)
        case .derived: return nil
        }
    }

    /// The texts a text field holds in the data: its own column's, and for a party
    /// field (a consultant, a dealer) those of every table's field naming that party,
    /// so a consultant who only received visitors is still a consultant.
    func knownValues(_ field: BoundField) -> [StringDictionary] {
        var dictionaries: [StringDictionary] = []
        if case .string(_, let own)? = storedColumn(field)?.values { dictionaries.append(own) }
        if let party = field.party {
            for schema in TableSchema.all {
                guard let spec = schema.field(naming: party),
                      case .string(_, let other)? = dataset.table(schema.kind).column(spec.name)?.values,
                      !dictionaries.contains(other) else { continue }
                dictionaries.append(other)
            }
        }
        return dictionaries
    }

    /// Every name this table answers to, for suggestions: its columns, the Chinese
    /// names of its fields, and on customers the derived fields.
    var fieldNames: [String] {
        var names = dataset.table(table).columnNames
        names += schema.fields.flatMap(\.aliases)
        if table == .customers { names += DerivedField.allCases.flatMap { [$0.name] + $0.aliases } }
        return names
    }

    /// The table's own date, the one `by week` and friends group on.
    var ownDate: BoundField? { lookUp(schema.ownDate) }
}
