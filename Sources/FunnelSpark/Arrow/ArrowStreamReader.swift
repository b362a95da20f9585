/// Reads an Arrow IPC stream (the format Spark Connect's ArrowBatch.data holds): a Schema
/// message, then RecordBatch messages, then an end marker. Each message is a 0xFFFFFFFF
/// continuation marker, the metadata's length, the metadata (a flatbuffer `Message`, padded to 8
/// bytes) and the body its `bodyLength` gives. Streams written before Arrow 0.15 leave out the
/// continuation marker; those are read too.
public enum ArrowStreamReader {
    /// The most rows one record batch may announce. Spark sends batches of thousands of rows (at
    /// most 4 MiB each); a larger count is taken for a broken stream rather than allocated.
    public static let maximumBatchRows = 1 << 24

    /// The schema and every row of the stream's record batches, in order.
    public static func read(_ bytes: [UInt8]) throws(ArrowError) -> ArrowRows {
        let reader = ByteReader(bytes)
        var position = 0
        var schema: ArrowSchema?
        var columns: [[SparkValue]] = []
        var ended = false

        while position < reader.count {
            var length = try reader.uint32(at: position)
            position += 4
            if length == 0xFFFF_FFFF {
                length = try reader.uint32(at: position)
                position += 4
            }
            if length == 0 {  // the end-of-stream marker
                ended = true
                break
            }
            let metadataStart = position
            try reader.check(metadataStart, Int(length), "a message's metadata")
            position += Int(length)

            // Message (Message.fbs): version (slot 0), header_type (1), header (2), bodyLength (3).
            let message = try FlatBufferTable.root(reader, at: metadataStart)
            let headerType = try message.uint8(1)
            let bodyLength = try message.int64(3)
            guard bodyLength >= 0, bodyLength <= Int64(reader.count - position) else {
                throw .truncated(what: "a message body of \(bodyLength) bytes", at: position)
            }
            let bodyStart = position
            position += Int(bodyLength)
            guard let header = try message.table(2) else {
                throw .malformed("a message without its header")
            }

            switch headerType {
            case 1:
                guard schema == nil else { throw .malformed("a second schema in one stream") }
                let read = try ArrowSchema.read(header)
                schema = read
                columns = Array(repeating: [], count: read.fields.count)
            case 3:
                guard let schema else { throw .malformed("a record batch before the schema") }
                let batch = try ArrowRecordBatch.read(header)
                let decoder = ArrowColumnDecoder(reader: reader, bodyStart: bodyStart, bodyLength: Int(bodyLength))
                let decoded = try decode(batch, schema: schema, with: decoder)
                for (index, values) in decoded.enumerated() {
                    columns[index].append(contentsOf: values)
                }
            case 2:
                throw .unsupportedFeature("dictionary batches")
            default:
                throw .unsupportedFeature("a message of type \(headerType)")
            }
        }
        guard let schema else { throw .truncated(what: "the schema message", at: position) }
        // A stream cut short after a whole batch would otherwise pass for a shorter result.
        guard ended else { throw .truncated(what: "the end-of-stream marker", at: position) }
        return ArrowRows(schema: schema, columns: columns)
    }

    private static func decode(_ batch: ArrowRecordBatch, schema: ArrowSchema,
                               with decoder: ArrowColumnDecoder) throws(ArrowError) -> [[SparkValue]] {
        guard batch.length <= maximumBatchRows else {
            throw .malformed("a record batch of \(batch.length) rows")
        }
        // Nested types add their children's nodes and buffers: refuse them before counting.
        for field in schema.fields where ArrowColumnDecoder.bufferCount(field.type) == nil {
            throw .unsupportedType(column: field.name, type: field.type.description)
        }
        guard batch.nodes.count == schema.fields.count else {
            throw .malformed("a record batch of \(batch.nodes.count) columns for a schema of \(schema.fields.count)")
        }
        var nextBuffer = batch.buffers.startIndex
        var columns: [[SparkValue]] = []
        for (field, node) in zip(schema.fields, batch.nodes) {
            guard node.length == batch.length else {
                throw .malformed("column \(field.name) has \(node.length) values in a batch of \(batch.length) rows")
            }
            guard let count = ArrowColumnDecoder.bufferCount(field.type) else {
                throw .unsupportedType(column: field.name, type: field.type.description)
            }
            guard count <= batch.buffers.endIndex - nextBuffer else {
                throw .malformed("the record batch lacks buffers for column \(field.name)")
            }
            let buffers = batch.buffers[nextBuffer..<(nextBuffer + count)]
            nextBuffer += count
            columns.append(try decoder.decode(field, node: node, buffers: buffers))
        }
        return columns
    }
}

/// What an Arrow stream holds: its schema and its values, one array per column.
public struct ArrowRows: Sendable, Hashable {
    public let schema: ArrowSchema
    public let columns: [[SparkValue]]

    public var rowCount: Int { columns.first?.count ?? 0 }

    /// The values row by row.
    public var rows: [[SparkValue]] {
        (0..<rowCount).map { row in columns.map { $0[row] } }
    }
}
