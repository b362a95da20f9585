#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where encoded bytes go: a file or an in-memory array.
protocol ByteSink {
    mutating func write(_ bytes: [UInt8]) throws
}

/// Collects everything in memory (the demo's bytes, tests).
struct MemorySink: ByteSink {
    var bytes: [UInt8] = []
    mutating func write(_ chunk: [UInt8]) throws { bytes.append(contentsOf: chunk) }
}

/// Writes to a file through POSIX calls: no Foundation buffering in between, and
/// the system's own error message when the disk is full or the path is wrong.
///
/// Bytes go to `<path>.partial`, which is renamed over `path` by `commit()`, so a
/// failed run never leaves a truncated dataset under the requested name.
final class FileSink: ByteSink {
    let path: String
    private let partial: String
    private var descriptor: Int32

    init(path: String) throws {
        self.path = path
        self.partial = path + ".partial"
        descriptor = open(partial, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw FileSink.failure(path) }
    }

    func write(_ chunk: [UInt8]) throws {
        let path = self.path
        let descriptor = self.descriptor
        try chunk.withUnsafeBytes { raw in
            guard let base = raw.baseAddress else { return }
            var offset = 0
            while offset < raw.count {
                let written = posixWrite(descriptor, base + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw FileSink.failure(path)
                }
                offset += written
            }
        }
    }

    /// Closes the file and moves it to its final name.
    func commit() throws {
        guard descriptor >= 0 else { return }
        let closed = close(descriptor)
        descriptor = -1
        guard closed == 0 else { throw FileSink.failure(path) }
        guard rename(partial, path) == 0 else { throw FileSink.failure(path) }
    }

    /// Closes and deletes the partial file after a failure.
    func abandon() {
        if descriptor >= 0 { _ = close(descriptor) }
        descriptor = -1
        _ = unlink(partial)
    }

    deinit {
        if descriptor >= 0 { _ = close(descriptor) }
    }

    static func failure(_ path: String) -> GeneratorError {
        .io(path: path, reason: String(cString: strerror(errno)))
    }
}

/// `write(2)` under a name that does not clash with `ByteSink.write`.
@inline(__always)
private func posixWrite(_ fd: Int32, _ buffer: UnsafeRawPointer, _ count: Int) -> Int {
    write(fd, buffer, count)
}
