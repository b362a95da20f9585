/// What the loader needs to read one table's records: how keys map to fields, how each
/// field is read, and which fields a record must have.
struct RecordLayout: Sendable {
    let schema: TableSchema
    var keys: KeyMatcher
    let plans: [FieldPlan]
    /// Indexes of the required fields, checked after each record without allocating.
    let required: [Int]

    init(schema: TableSchema) {
        self.schema = schema
        keys = KeyMatcher(schema: schema)
        plans = schema.fields.map { FieldPlan($0.type) }
        required = schema.fields.indices.filter { schema.fields[$0].required }
    }
}
