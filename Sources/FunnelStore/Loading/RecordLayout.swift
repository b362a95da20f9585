/// What the loader needs to read one table's records: how keys map to fields, how each
/// field is read, and which fields a record must have.
struct RecordLayout: Sendable {
    let schema: TableSchema
    var keys: KeyMatcher
    let plans: [FieldPlan]
    /// The byte matchers of the enum fields, built once per load.
    let enums: [EnumMatcher]
    /// Indexes of the required fields, checked after each record without allocating.
    let required: [Int]

    init(schema: TableSchema) {
        self.schema = schema
        keys = KeyMatcher(schema: schema)
        var enums: [EnumMatcher] = []
        plans = schema.fields.map { field in
            switch field.type {
            case .string: return .string
            case .int(let range): return .int(range)
            case .double: return .double
            case .bool: return .bool
            case .date: return .date
            case .month: return .month
            case .enumeration(let vocabulary):
                enums.append(EnumMatcher(vocabulary))
                return .enumeration(enums.count - 1)
            }
        }
        self.enums = enums
        required = schema.fields.indices.filter { schema.fields[$0].required }
    }
}
