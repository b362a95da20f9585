/// A byte buffer in front of a sink: records are encoded into `bytes`, which is
/// handed to the sink whenever it passes a megabyte. Only the current chunk is ever
/// held, however large the dataset.
struct OutputBuffer<Sink: ByteSink> {
    var bytes: [UInt8] = []
    private(set) var sink: Sink
    private(set) var flushedCount = 0
    private let chunkSize: Int

    init(sink: Sink, chunkSize: Int = 1 << 20) {
        self.sink = sink
        self.chunkSize = chunkSize
        bytes.reserveCapacity(chunkSize + 64 * 1024)
    }

    /// Bytes produced so far, flushed or not.
    var count: Int { flushedCount + bytes.count }

    /// Hands the buffer to the sink once it holds a full chunk; call after each record.
    @inline(__always)
    mutating func flushIfFull() throws {
        if bytes.count >= chunkSize { try flush() }
    }

    mutating func flush() throws {
        guard !bytes.isEmpty else { return }
        try sink.write(bytes)
        flushedCount += bytes.count
        bytes.removeAll(keepingCapacity: true)
    }

    /// Flushes and gives the sink back (to commit a file or take the memory).
    mutating func finish() throws -> Sink {
        try flush()
        return sink
    }
}
