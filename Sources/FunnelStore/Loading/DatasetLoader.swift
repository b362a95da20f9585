#if canImport(Glibc)
import Glibc
#endif

/// Loads a dataset from JSON: one JSON file, a folder of JSON Lines tables, or several
/// of these at once (rows concatenate per table). See docs/data.md for the formats and
/// every rule.
///
/// A load either returns the whole dataset or throws a `LoadFailure` naming each
/// problem by file, line, column, record and field; nothing is ever half-loaded.
public struct DatasetLoader: Sendable {
    /// The file size from which a file is read on two threads (tests lower it to run
    /// that path on small inputs).
    let chunkThreshold: Int
    /// Where the load counts how far it has got, for a front end to show; nil: nowhere.
    let progress: LoadProgress?

    public init(progress: LoadProgress? = nil) {
        chunkThreshold = ChunkedRead.defaultThreshold
        self.progress = progress
    }

    init(chunkThreshold: Int, progress: LoadProgress? = nil) {
        self.chunkThreshold = chunkThreshold
        self.progress = progress
    }

    /// Loads the files and folders named, in order; or opens a snapshot
    /// (`SnapshotReader`), named alone.
    public func load(paths: [String]) throws(LoadFailure) -> Dataset {
        if let snapshot = try DatasetLoader.openSnapshot(paths) { return snapshot }
        let plan = try InputPlan(paths: paths)
        progress?.start(totalBytes: plan.totalBytes)
        let sourceFiles = SourceFile.recording(plan.files.map(\.path))
        var session = LoadSession(progress: progress)
        var total = 0
        for input in plan.files {
            let file: MappedFile
            switch MappedFile.load(input.path) {
            case .success(let loaded): file = loaded
            case .failure(let error): throw LoadFailure(LoadDiagnostic(file: input.shown, message: error.message))
            }
            total += file.bytes.count
            try checkSize(total, file: input.shown)
            try withExtendedLifetime(file) { () throws(LoadFailure) in
                try session.read(file.bytes, file: input.shown, kind: input.kind, chunkThreshold: chunkThreshold)
            }
        }
        progress?.startBuilding()
        var dataset = try session.finish(name: plan.fallbackName)
        dataset.sourceFiles = sourceFiles
        DatasetLoader.releaseFreedMemory()
        return dataset
    }

    /// Hands the memory the load freed (the file's bytes, the builders' grown-out
    /// buffers, the second thread's arena) back to the system. glibc keeps freed blocks
    /// for reuse, so without this the process would stay at nearly its peak for the
    /// whole session although the columns take a fraction of it.
    /// `malloc_trim` is glibc's own (malloc.h, not in the Glibc module), so it is
    /// looked up by name; elsewhere there is nothing to do.
    static func releaseFreedMemory() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(nil, "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }

    /// Loads bytes already in memory (tests, the embedded demo data) as if read from a
    /// file named `file`: `customers.jsonl` and the like are JSON Lines, anything else
    /// a JSON document.
    public func load(bytes: [UInt8], file: String) throws(LoadFailure) -> Dataset {
        let kind: InputFile.Kind
        switch InputFile.classify(file) {
        case .success(let classified): kind = classified
        case .failure(let error): throw LoadFailure(LoadDiagnostic(file: file, message: error.message))
        }
        try checkSize(bytes.count, file: file)
        var session = LoadSession()
        try session.read(bytes, file: file, kind: kind, chunkThreshold: chunkThreshold)
        return try session.finish(name: InputPlan.datasetName(file))
    }

    /// The plan checked the sizes, but a file can grow before it is read: the bytes
    /// read so far are checked again.
    private func checkSize(_ count: Int, file: String) throws(LoadFailure) {
        guard count <= InputPlan.byteLimit else {
            throw LoadFailure(LoadDiagnostic(
                file: file, message: "the inputs hold \(count) bytes; Funnel loads at most \(InputPlan.byteLimit) "
                    + "bytes (2 GiB) at once"))
        }
    }
}
