#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written whole or not at all: the bytes go to a new temporary file in the
/// same folder, which is flushed to disk and then renamed onto the name, so a reader
/// sees the old file or the new one, never half of one; on any failure the temporary
/// file is removed and the old file stays.
final class OutputFile {
    private let path: String
    private let temporary: String
    private var descriptor: Int32
    private var written = 0

    /// Creates the temporary file beside `path`.
    init(replacing path: String) throws(SnapshotWriteFailure) {
        self.path = path
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { String(path[...$0]) } ?? ""
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        var attempt = 0
        while true {
            let candidate = folder + "." + name + ".tmp-\(getpid())-\(attempt)"
            let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if opened >= 0 {
                temporary = candidate
                descriptor = opened
                return
            }
            guard errno == EEXIST, attempt < 100 else {
                throw SnapshotWriteFailure(file: path, step: .create, reason: OutputFile.reason(errno))
            }
            attempt += 1
        }
    }

    deinit {
        if descriptor >= 0 {
            close(descriptor)
            unlink(temporary)
        }
    }

    /// Appends bytes.
    func write(_ bytes: UnsafeRawBufferPointer) throws(SnapshotWriteFailure) {
        guard let base = bytes.baseAddress else { return }
        var done = 0
        while done < bytes.count {
            let count = writeBytes(descriptor, base + done, bytes.count - done)
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(.write)
            }
            done += count
        }
        written += bytes.count
    }

    func write(_ bytes: [UInt8]) throws(SnapshotWriteFailure) {
        let outcome: Result<Void, SnapshotWriteFailure> = bytes.withUnsafeBytes { buffer in
            Result { () throws(SnapshotWriteFailure) in try write(buffer) }
        }
        try outcome.get()
    }

    /// Zero bytes up to the next multiple of 8.
    func pad() throws(SnapshotWriteFailure) {
        let count = SnapshotLayout.aligned(written) - written
        if count > 0 { try write([UInt8](repeating: 0, count: count)) }
    }

    /// Flushes the file to disk and renames it onto the name.
    func commit() throws(SnapshotWriteFailure) {
        guard fsync(descriptor) == 0 else { throw failure(.write) }
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else {
            let error = failure(.write)
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(.replace)
            unlink(temporary)
            throw error
        }
    }

    private func failure(_ step: SnapshotWriteFailure.Step) -> SnapshotWriteFailure {
        SnapshotWriteFailure(file: path, step: step, reason: OutputFile.reason(errno))
    }

    static func reason(_ code: Int32) -> String {
        switch code {
        case ENOENT: "no such folder"
        case EACCES: "permission denied: the folder cannot be written"
        case EISDIR: "a folder has that name"
        default: String(cString: strerror(code))
        }
    }
}

/// `write(2)`, named apart from `OutputFile.write(_:)`.
private func writeBytes(_ descriptor: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, buffer, count)
}
