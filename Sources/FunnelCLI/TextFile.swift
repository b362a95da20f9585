#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A whole text file written at once (a chart, a csv file of `--output-dir`): made or
/// written over, and a failed open, a short write or a full disk said naming the file.
enum TextFile {
    /// `what` is how messages name the write: `the chart to 'f.svg'`, `to 'dir/01-count.csv'`.
    static func write(_ text: String, to path: String, what: String) throws(CommandFailure) {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CommandFailure("cannot write \(what): \(PathIdentity.lastError())")
        }
        defer { close(descriptor) }
        let stream = StandardStream(descriptor: descriptor)
        stream.write(text)
        stream.flush()
        if let reason = stream.takeFailure() {
            throw CommandFailure("cannot write \(what): \(reason): the file is not all there")
        }
    }
}
