#if Spark
extension SparkSQLType {
    /// The SQL type a `spark.connect.DataType` names.
    init(_ type: Spark_Connect_DataType) {
        switch type.kind {
        case .null: self = .null
        case .boolean: self = .boolean
        case .byte: self = .byte
        case .short: self = .short
        case .integer: self = .integer
        case .long: self = .long
        case .float: self = .float
        case .double: self = .double
        case .string: self = .string
        case .binary: self = .binary
        case .date: self = .date
        case .timestamp: self = .timestamp
        case .timestampNtz: self = .timestampNTZ
        case .decimal(let decimal):
            // Spark's default DECIMAL is (10, 0) when the message leaves them out.
            self = .decimal(precision: Int(decimal.hasPrecision ? decimal.precision : 10),
                            scale: Int(decimal.hasScale ? decimal.scale : 0))
        case .array(let array): self = .array(SparkSQLType(array.elementType))
        case .struct(let fields): self = .struct(fields.fields.map(SparkSchemaField.init))
        case .none: self = .other
        }
    }
}

extension SparkSchemaField {
    init(_ field: Spark_Connect_DataType.StructField) {
        self.init(name: field.name, type: SparkSQLType(field.dataType), nullable: field.nullable)
    }
}
#endif
