#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Buffered writes to a file descriptor with `write(2)`: no C `stdout` global (which
/// Swift 6 strict concurrency rejects) and no Foundation on the output path.
final class StandardStream: TextOutputStream {
    private var descriptor: Int32
    private var buffer: [UInt8] = []
    /// Set when a write failed (a closed pipe, a full disk): further output is dropped.
    private(set) var failed = false
    /// Why the first failed write failed (`strerror`), until someone takes it.
    private var failure: String?
    /// How many times output was sent elsewhere: a new file is a new document
    /// (`Console`), even when its descriptor number is an old one's.
    private(set) var redirections = 0

    init(descriptor: Int32) { self.descriptor = descriptor }

    func write(_ string: String) {
        buffer.append(contentsOf: string.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        defer { buffer.removeAll(keepingCapacity: true) }
        guard !failed else { return }
        var offset = 0
        buffer.withUnsafeBytes { bytes in
            while offset < bytes.count {
                guard let base = bytes.baseAddress else { return }
                let n = Glibc.write(descriptor, base + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failed = true
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
    }

    /// Sends further output to another descriptor (`.output FILE`), flushing first.
    func redirect(to newDescriptor: Int32) {
        flush()
        descriptor = newDescriptor
        redirections += 1
        failed = false
        failure = nil
    }

    /// The reason writing failed, once: the caller reports it a single time.
    func takeFailure() -> String? {
        defer { failure = nil }
        return failure
    }

    var currentDescriptor: Int32 { descriptor }
}
