/// One column of an Arrow schema.
public struct ArrowField: Sendable, Hashable {
    public let name: String
    public let type: ArrowType
    public let nullable: Bool

    public init(name: String, type: ArrowType, nullable: Bool) {
        self.name = name
        self.type = type
        self.nullable = nullable
    }
}

/// The columns of an Arrow stream, from its Schema message.
public struct ArrowSchema: Sendable, Hashable {
    public let fields: [ArrowField]

    public init(fields: [ArrowField]) {
        self.fields = fields
    }

    /// Reads a Schema table (Schema.fbs): endianness (slot 0), fields (slot 1).
    /// A Field: name (0), nullable (1), type_type (2), type (3), dictionary (4), children (5).
    static func read(_ table: FlatBufferTable) throws(ArrowError) -> ArrowSchema {
        guard try table.int16(0) == 0 else { throw .unsupportedFeature("big-endian data") }
        var fields: [ArrowField] = []
        for field in try table.tables(1) {
            let name = try field.string(0) ?? ""
            if try field.table(4) != nil {
                throw .unsupportedFeature("a dictionary-encoded column (\(name))")
            }
            let type = try ArrowType.read(typeID: try field.uint8(2), table: try field.table(3))
            fields.append(ArrowField(name: name, type: type, nullable: try field.bool(1)))
        }
        return ArrowSchema(fields: fields)
    }
}
