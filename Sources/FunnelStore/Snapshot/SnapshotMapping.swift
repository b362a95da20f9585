#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A snapshot file mapped read-only into memory for the time it takes to build the
/// dataset (every array is copied out of it), then unmapped. A mapping reads the page
/// cache in place: no buffer to allocate and zero, no copy before the one into the
/// columns. A file the system will not map is read instead.
final class SnapshotMapping {
    let bytes: UnsafeRawBufferPointer
    private enum Storage {
        case mapped(UnsafeMutableRawPointer)
        case allocated(UnsafeMutableRawBufferPointer)
    }
    private let storage: Storage

    private init(bytes: UnsafeRawBufferPointer, storage: Storage) {
        self.bytes = bytes
        self.storage = storage
    }

    deinit {
        switch storage {
        case .mapped(let pointer): munmap(pointer, bytes.count)
        case .allocated(let buffer): buffer.deallocate()
        }
    }

    static func open(_ path: String) -> Result<SnapshotMapping, FileSystem.FileError> {
        let descriptor = openReadOnly(path)
        guard descriptor >= 0 else { return .failure(FileSystem.FileError(errno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return .failure(FileSystem.FileError(errno: errno)) }
        guard info.st_mode & S_IFMT == S_IFREG else {
            return .failure(FileSystem.FileError(message: "not a regular file"))
        }
        let size = max(0, Int(info.st_size))
        if size > 0 {
            #if os(Linux)
            let flags = MAP_PRIVATE | MAP_POPULATE
            #else
            let flags = MAP_PRIVATE
            #endif
            if let pointer = mmap(nil, size, PROT_READ, flags, descriptor, 0), pointer != MAP_FAILED {
                return .success(SnapshotMapping(bytes: UnsafeRawBufferPointer(start: pointer, count: size),
                                                storage: .mapped(pointer)))
            }
        }
        return FileSystem.read(path).map { read in
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: read.count, alignment: 8)
            buffer.copyBytes(from: read)
            return SnapshotMapping(bytes: UnsafeRawBufferPointer(buffer), storage: .allocated(buffer))
        }
    }

    /// Whether the file at `path` starts with the snapshot magic (false for anything
    /// that cannot be read: the loader reports that).
    static func startsWithMagic(_ path: String) -> Bool {
        guard case .success(.file) = FileSystem.kind(of: path) else { return false }
        let descriptor = openReadOnly(path)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var head = [UInt8](repeating: 0, count: SnapshotFormat.magic.count)
        let count = head.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return count == head.count && head == SnapshotFormat.magic
    }
}

/// `open(2)`, named apart from `SnapshotMapping.open(_:)`.
private func openReadOnly(_ path: String) -> Int32 {
    open(path, O_RDONLY | O_CLOEXEC)
}
