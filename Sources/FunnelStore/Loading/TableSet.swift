/// The four tables being built, in `TableSchema.all` order, with what reading each needs
/// and where each row came from. Every input of one load appends to the same set, which
/// is how several inputs concatenate.
struct TableSet: Sendable {
    var builders: [TableBuilder]
    var layouts: [RecordLayout]
    var origins: [RowOrigins]

    init() {
        builders = TableSchema.all.map { TableBuilder(schema: $0) }
        layouts = TableSchema.all.map { RecordLayout(schema: $0) }
        origins = TableSchema.all.map { RowOrigins(table: $0.name) }
    }

    /// The table index of a name or Chinese table alias (`customers`, `客户档案`).
    static func index(ofTable bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        TableSchema.all.firstIndex { schema in
            ([schema.name] + schema.aliases).contains { $0.utf8.elementsEqual(bytes) }
        }
    }

    /// The table index of a JSON Lines file name (`customers.jsonl`), if it names one.
    static func index(ofLinesFile name: String) -> Int? {
        TableSchema.all.firstIndex { name == $0.name + ".jsonl" }
    }
}
