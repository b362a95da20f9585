/// Opens snapshots (`SnapshotFormat`): the file is mapped, checked and its arrays
/// copied into the columns in bulk. A damaged, cut or foreign file is a `LoadFailure`
/// naming the file and what is wrong, as the JSON loader's are; never a trap.
public enum SnapshotReader {
    /// Whether `path` is to be opened as a snapshot: it starts with the snapshot magic,
    /// or is named `*.funnel` (so that a damaged snapshot, or a script given as data,
    /// gets the snapshot's words rather than a JSON syntax error).
    public static func isSnapshot(path: String) -> Bool {
        SnapshotMapping.startsWithMagic(path)
            || (path.hasSuffix(SnapshotFormat.fileExtension) && FileSystem.kind(of: path).isFile)
    }

    /// Opens the snapshot at `path`; `sourceWarnings` says which of the files it was
    /// made from changed or are gone since.
    public static func open(path: String) throws(LoadFailure) -> Dataset {
        let mapping: SnapshotMapping
        switch SnapshotMapping.open(path) {
        case .success(let opened): mapping = opened
        case .failure(let error): throw LoadFailure(LoadDiagnostic(file: path, message: error.message))
        }
        var dataset = try withExtendedLifetime(mapping) { () throws(LoadFailure) in
            try decode(mapping.bytes, file: path)
        }
        dataset.sourceWarnings = SourceCheck.warnings(dataset.sourceFiles, snapshot: path)
        return dataset
    }

    /// Reads a snapshot held in memory as if from a file named `file` (tests, the
    /// fuzzer); its sources are not looked at.
    public static func read(bytes: [UInt8], file: String) throws(LoadFailure) -> Dataset {
        let outcome: Result<Dataset, LoadFailure> = bytes.withUnsafeBytes { buffer in
            Result { () throws(LoadFailure) in try decode(buffer, file: file) }
        }
        return try outcome.get()
    }

    /// The problem with a snapshot's bytes, as a value (tests), or `nil` when it opens.
    public static func problem(in bytes: [UInt8]) -> SnapshotProblem? {
        bytes.withUnsafeBytes { buffer -> SnapshotProblem? in
            do throws(SnapshotProblem) {
                var decoder = try SnapshotDecoder(buffer)
                _ = try decoder.dataset()
                return nil
            } catch {
                return error
            }
        }
    }

    private static func decode(_ bytes: UnsafeRawBufferPointer, file: String) throws(LoadFailure) -> Dataset {
        do {
            var decoder = try SnapshotDecoder(bytes)
            return try decoder.dataset()
        } catch {
            throw LoadFailure(LoadDiagnostic(file: file, message: SnapshotMessage.text(error)))
        }
    }
}

extension Result<FileSystem.Kind, FileSystem.FileError> {
    fileprivate var isFile: Bool {
        if case .success(.file) = self { return true }
        return false
    }
}
