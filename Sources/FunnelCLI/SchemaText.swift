import FunnelDomain
import FunnelStore

/// What `.tables` and `.schema` print: the language's names for the data.
enum SchemaText {
    /// `counts`: each table's rows where the dataset is not what answers (`--engine`).
    static func tables(_ dataset: Dataset, counts: [TableKind: Int]? = nil) -> String {
        let rows = TableSchema.all.map { schema in
            let count = counts?[schema.kind] ?? dataset.table(schema.kind).rowCount
            return [schema.name, schema.aliases.joined(separator: ", "), DatasetSummary.counted(count, "row", "rows")]
        }
        return TextColumns.aligned(rows).joined(separator: "\n")
    }

    /// Every table's fields, or one table's: name, type, Chinese names, meaning (an
    /// enum's values with it); then extra fields found in the data and, for
    /// customers, the derived fields. Meanings wrap at `width` when given.
    static func schema(_ dataset: Dataset, table: TableKind?, width: Int? = nil,
                       counts: [TableKind: Int]? = nil) -> String {
        let schemas = table.map { [$0.schema] } ?? TableSchema.all
        return schemas.map { schema(of: $0, in: dataset, width: width, counts: counts) }.joined(separator: "\n\n")
    }

    private static func schema(of schema: TableSchema, in dataset: Dataset, width: Int?,
                               counts: [TableKind: Int]?) -> String {
        let stored = dataset.table(schema.kind)
        let header = "\(schema.name) (\(schema.aliases.joined(separator: ", "))): "
            + DatasetSummary.counted(counts?[schema.kind] ?? stored.rowCount, "row", "rows")
        var rows: [[String]] = []
        for field in schema.fields {
            var summary = field.summary
            if case .enumeration(let vocabulary) = field.type { summary += ": " + values(vocabulary) }
            if field.required { summary += " (required)" }
            rows.append(["  " + field.name, typeName(field.type), field.aliases.joined(separator: ", "), summary])
        }
        for column in stored.columns where schema.field(named: column.name) == nil {
            rows.append(["  " + column.name, typeName(column.type), "", "extra field found in the data"])
        }
        var derived: [[String]] = []
        if schema.kind == .customers {
            derived = DerivedField.allCases.map { field in
                var definition = field.definition
                if field == .status { definition += "; also following (order, dormant or active)" }
                return ["  " + field.name, typeName(field.type), field.aliases.joined(separator: ", "), definition]
            }
        }
        // One alignment for stored and derived fields, so their columns line up.
        let widths = TextColumns.widths(rows + derived)
        var lines = [header] + TextColumns.aligned(rows, widths: widths, width: width)
        if !derived.isEmpty {
            lines.append(" derived, computed as of the statement's day:")
            lines += TextColumns.aligned(derived, widths: widths, width: width)
        }
        if schema.linksToCards {
            lines.append(" customer.FIELD reaches the card's fields, derived ones included")
        }
        return lines.joined(separator: "\n")
    }

    static func typeName(_ type: FieldType) -> String {
        switch type {
        case .int: "integer"
        case .double: "number"
        case .bool: "yes/no"
        case .date: "date"
        case .month: "month"
        case .string: "text"
        case .enumeration: "enum"
        }
    }

    /// "walkin (进店), phone (电话), outreach (外拓)".
    static func values(_ vocabulary: EnumVocabulary) -> String {
        zip(vocabulary.tokens, vocabulary.chinese).map { token, words in
            words.first.map { "\(token) (\($0))" } ?? token
        }.joined(separator: ", ")
    }

    static func typeName(_ type: ColumnType) -> String {
        switch type {
        case .int: "integer"
        case .double: "number"
        case .bool: "yes/no"
        case .date: "date"
        case .string: "text"
        case .enumeration: "enum"
        }
    }
}
