/// The metadata of a RecordBatch message (Message.fbs): how many rows, and for each column in
/// schema order its node (length, null count) and buffers (offset and length in the body).
struct ArrowRecordBatch: Sendable {
    struct Node: Sendable {
        let length: Int
        let nullCount: Int
    }

    struct Buffer: Sendable {
        let offset: Int
        let length: Int
    }

    let length: Int
    let nodes: [Node]
    let buffers: [Buffer]

    /// RecordBatch: length (slot 0), nodes (1, structs of two longs), buffers (2, structs of two
    /// longs), compression (3).
    static func read(_ table: FlatBufferTable) throws(ArrowError) -> ArrowRecordBatch {
        let reader = table.reader
        let length = try table.int64(0)
        guard length >= 0 else { throw .malformed("a batch of \(length) rows") }
        if try table.table(3) != nil {
            throw .unsupportedFeature("compressed record batches")
        }
        let (nodeStart, nodeCount) = try table.vector(1, elementSize: 16)
        var nodes: [Node] = []
        nodes.reserveCapacity(nodeCount)
        for index in 0..<nodeCount {
            let at = nodeStart + 16 * index
            let nodeLength = try reader.int64(at: at)
            let nullCount = try reader.int64(at: at + 8)
            guard nodeLength >= 0, nullCount >= 0, nullCount <= nodeLength else {
                throw .malformed("a column of \(nodeLength) values with \(nullCount) nulls")
            }
            nodes.append(Node(length: Int(nodeLength), nullCount: Int(nullCount)))
        }
        let (bufferStart, bufferCount) = try table.vector(2, elementSize: 16)
        var buffers: [Buffer] = []
        buffers.reserveCapacity(bufferCount)
        for index in 0..<bufferCount {
            let at = bufferStart + 16 * index
            let offset = try reader.int64(at: at)
            let bufferLength = try reader.int64(at: at + 8)
            guard offset >= 0, bufferLength >= 0, offset <= Int64(Int.max) - bufferLength else {
                throw .malformed("a buffer at \(offset) of \(bufferLength) bytes")
            }
            buffers.append(Buffer(offset: Int(offset), length: Int(bufferLength)))
        }
        return ArrowRecordBatch(length: Int(length), nodes: nodes, buffers: buffers)
    }
}
