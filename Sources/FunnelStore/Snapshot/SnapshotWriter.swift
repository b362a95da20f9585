/// Writes a dataset as a snapshot (`SnapshotFormat`): everything a `Dataset` holds
/// except `sourceWarnings`, which are about the files of one opening. The columns'
/// arrays are written straight from memory, one section each.
public enum SnapshotWriter {
    /// Writes the snapshot to `path` atomically (a temporary file renamed onto it) and
    /// returns its size in bytes. The caller makes sure `path` is not one of the data's
    /// own sources.
    @discardableResult
    public static func write(_ dataset: Dataset, to path: String) throws(SnapshotWriteFailure) -> Int {
        let layout = SnapshotLayout(dataset)
        let entries = layout.entries()
        let file = try OutputFile(replacing: path)
        try file.write(SnapshotLayout.head(entries))
        try file.write(layout.descriptionBytes)
        try file.pad()
        for payload in layout.payloads {
            let outcome: Result<Void, SnapshotWriteFailure> = payload.withBytes { bytes in
                Result { () throws(SnapshotWriteFailure) in try file.write(bytes) }
            }
            try outcome.get()
            try file.pad()
        }
        try file.commit()
        return entries.last.map { SnapshotLayout.aligned($0.offset + $0.length) } ?? SnapshotFormat.headerSize
    }

    /// The whole snapshot in memory, byte for byte what `write` puts in the file (tests,
    /// the fuzzer's seeds).
    public static func bytes(_ dataset: Dataset) -> [UInt8] {
        let layout = SnapshotLayout(dataset)
        let entries = layout.entries()
        var bytes = SnapshotLayout.head(entries)
        func append(_ part: UnsafeRawBufferPointer) {
            bytes.append(contentsOf: part)
            bytes.append(contentsOf: repeatElement(0, count: SnapshotLayout.aligned(bytes.count) - bytes.count))
        }
        layout.descriptionBytes.withUnsafeBytes(append)
        for payload in layout.payloads { payload.withBytes(append) }
        return bytes
    }
}
