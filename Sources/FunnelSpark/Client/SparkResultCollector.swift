#if Spark
/// Gathers the responses of one ExecutePlan call into a result: the rows of every Arrow batch,
/// in order, checked against the row count each batch announces and against the first batch's
/// columns; the relation a SQL command hands back; the schema sent for a result with no batch.
struct SparkResultCollector {
    private(set) var columns: [SparkColumn]?
    private(set) var rows: [[SparkValue]] = []
    private(set) var commandRelation: Spark_Connect_Relation?
    private var schemaFields: [SparkSchemaField]?

    mutating func add(_ response: Spark_Connect_ExecutePlanResponse) throws(SparkError) {
        if response.hasSchema, case .struct(let fields)? = response.schema.kind {
            schemaFields = fields.fields.map(SparkSchemaField.init)
        }
        switch response.responseType {
        case .arrowBatch(let batch):
            let read: ArrowRows
            do {
                read = try ArrowStreamReader.read(Array(batch.data))
            } catch {
                throw .arrow(error)
            }
            guard Int64(read.rowCount) == batch.rowCount else {
                throw .protocolViolation("an Arrow batch announced \(batch.rowCount) rows and held \(read.rowCount)")
            }
            let batchColumns = read.schema.fields.map { SparkColumn(name: $0.name, type: $0.type, nullable: $0.nullable) }
            if let columns {
                guard columns == batchColumns else {
                    throw .protocolViolation("Arrow batches of one result with different columns")
                }
            } else {
                columns = batchColumns
            }
            rows.append(contentsOf: read.rows)
        case .sqlCommandResult(let result):
            commandRelation = result.relation
        case .resultComplete, .none:
            break
        }
    }

    /// The result; with no Arrow batch, the columns are those of the schema Spark sent (no rows).
    var result: SparkResult {
        if let columns { return SparkResult(columns: columns, rows: rows) }
        let fromSchema = (schemaFields ?? []).map { field in
            SparkColumn(name: field.name, type: ArrowType(sparkType: field.type), nullable: field.nullable)
        }
        return SparkResult(columns: fromSchema, rows: [])
    }
}

extension ArrowType {
    /// The Arrow type Spark sends a SQL type as (Spark's ArrowUtils), for a result whose columns
    /// are known from its schema alone. A TIMESTAMP's zone is the session's, unknown here.
    init(sparkType: SparkSQLType) {
        switch sparkType {
        case .null: self = .null
        case .boolean: self = .bool
        case .byte: self = .int(bitWidth: 8, signed: true)
        case .short: self = .int(bitWidth: 16, signed: true)
        case .integer: self = .int(bitWidth: 32, signed: true)
        case .long: self = .int(bitWidth: 64, signed: true)
        case .float: self = .floatingPoint(.single)
        case .double: self = .floatingPoint(.double)
        case .string: self = .utf8
        case .binary: self = .binary
        case .date: self = .date(.day)
        case .timestamp, .timestampNTZ: self = .timestamp(.microsecond, timeZone: nil)
        case .decimal(let precision, let scale): self = .decimal(precision: precision, scale: scale, bitWidth: 128)
        case .array, .struct, .other: self = .other(name: sparkType.description)
        }
    }
}
#endif
