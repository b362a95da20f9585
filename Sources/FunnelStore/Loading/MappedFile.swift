#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file's bytes for one read: mapped into memory, unmapped when released.
///
/// Reading a large file with `read(2)` costs a copy out of the page cache into a
/// fresh buffer whose pages the kernel must first zero: about a fifth of a
/// million-card load. A mapping reads the page cache in place. The loader copies every
/// value it keeps (strings into dictionaries) and works out message positions while
/// reading, so nothing points into the mapping once the file has been read. A file
/// the system will not map is read into memory instead.
final class MappedFile {
    let bytes: UnsafeBufferPointer<UInt8>
    private enum Storage {
        case mapped(UnsafeMutableRawPointer)
        case owned(UnsafeMutableBufferPointer<UInt8>)
        case empty
    }
    private let storage: Storage

    private init(bytes: UnsafeBufferPointer<UInt8>, storage: Storage) {
        self.bytes = bytes
        self.storage = storage
    }

    deinit {
        switch storage {
        case .mapped(let pointer): munmap(pointer, bytes.count)
        case .owned(let buffer): buffer.deallocate()
        case .empty: break
        }
    }

    /// The file, mapped; or read into memory when it cannot be mapped.
    static func load(_ path: String) -> Result<MappedFile, FileSystem.FileError> {
        let descriptor = openForReading(path)
        guard descriptor >= 0 else { return .failure(FileSystem.FileError(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(FileSystem.FileError(errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(FileSystem.FileError(message: "not a regular file"))
        }
        let size = max(0, Int(info.st_size))
        guard size > 0 else { return .success(MappedFile(bytes: UnsafeBufferPointer(start: nil, count: 0), storage: .empty)) }
        #if os(Linux)
        let flags = MAP_PRIVATE | MAP_POPULATE
        #else
        let flags = MAP_PRIVATE
        #endif
        if let mapped = mmap(nil, size, PROT_READ, flags, descriptor, 0), mapped != MAP_FAILED {
            let bytes = UnsafeBufferPointer(start: mapped.assumingMemoryBound(to: UInt8.self), count: size)
            return .success(MappedFile(bytes: bytes, storage: .mapped(mapped)))
        }
        return FileSystem.read(path).map { read in
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: read.count)
            _ = buffer.initialize(from: read)
            return MappedFile(bytes: UnsafeBufferPointer(buffer), storage: .owned(buffer))
        }
    }
}

/// `open(2)`, named apart from anything called `open` in scope.
private func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}
