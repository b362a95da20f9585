#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The few file-system calls the loader makes, straight on the C library: `stat` to
/// tell files from folders, `open`/`read` to take a file's bytes in one buffer.
/// Failures come back as message text ("no such file or folder"), never as a trap.
enum FileSystem {
    enum Kind: Sendable, Equatable {
        case file(size: Int)
        case directory
        /// A device, pipe or socket: reading it could block or never end.
        case other
    }

    static func kind(of path: String) -> Result<Kind, FileError> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(FileError(errno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .success(.file(size: Int(info.st_size)))
        case S_IFDIR: return .success(.directory)
        default: return .success(.other)
        }
    }

    /// The whole file. If it changed size since `kind(of:)`, what `read` returns is used.
    static func read(_ path: String) -> Result<[UInt8], FileError> {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(FileError(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(FileError(errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .failure(FileError(message: "not a regular file")) }
        let size = max(0, Int(info.st_size))
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            initialized = 0
            guard let base = buffer.baseAddress else { return }
            while initialized < size {
                let got = readBytes(descriptor, base + initialized, size - initialized)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { return }
                initialized += got
            }
        }
        guard failure == 0 else { return .failure(FileError(errno: failure)) }
        return .success(bytes)
    }

    /// A file-system failure, worded for the user.
    struct FileError: Error, Sendable {
        let message: String

        init(message: String) { self.message = message }

        init(errno code: Int32) {
            switch code {
            case ENOENT: message = "no such file or folder"
            case ENOTDIR: message = "no such file or folder (a part of the path is not a folder)"
            case EACCES: message = "permission denied: the file cannot be read"
            case EISDIR: message = "is a folder"
            default: message = String(cString: strerror(code))
            }
        }
    }
}

/// `read(2)`, named apart from `FileSystem.read(_:)`.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
