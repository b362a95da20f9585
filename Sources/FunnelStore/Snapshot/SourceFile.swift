#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A file a dataset was read from, as it was when the load began: what a snapshot
/// records so that opening it can say when its sources changed since.
public struct SourceFile: Hashable, Sendable {
    /// The absolute path, symbolic links resolved (as named, should that fail).
    public let path: String
    public let size: Int64
    /// The modification time: seconds since 1970-01-01 UTC and the nanoseconds within.
    public let modifiedSeconds: Int64
    public let modifiedNanoseconds: Int64

    public init(path: String, size: Int64, modifiedSeconds: Int64, modifiedNanoseconds: Int64) {
        self.path = path
        self.size = size
        self.modifiedSeconds = modifiedSeconds
        self.modifiedNanoseconds = modifiedNanoseconds
    }

    /// The files as they are now, those that can be looked at (a file that cannot be is
    /// left out: the load itself reports it).
    public static func recording(_ paths: [String]) -> [SourceFile] {
        paths.compactMap { path in try? current(absolutePath(path)).get() }
    }

    /// The file at `path` as it is now.
    static func current(_ path: String) -> Result<SourceFile, FileSystem.FileError> {
        var info = stat()
        guard stat(path, &info) == 0 else { return .failure(FileSystem.FileError(errno: errno)) }
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        return .success(SourceFile(path: path, size: Int64(info.st_size), modifiedSeconds: Int64(modified.tv_sec),
                                   modifiedNanoseconds: Int64(modified.tv_nsec)))
    }

    static func absolutePath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether the file now is the one recorded: the same size and modification time.
    func isUnchanged(comparedWith now: SourceFile) -> Bool {
        size == now.size && modifiedSeconds == now.modifiedSeconds && modifiedNanoseconds == now.modifiedNanoseconds
    }

    /// `2010-10-31 09:05:07 UTC`.
    var modifiedText: String {
        let (days, seconds) = modifiedSeconds.quotientAndRemainder(dividingBy: 86_400)
        let (day, second) = seconds < 0 ? (days - 1, seconds + 86_400) : (days, seconds)
        guard let dayNumber = Int32(exactly: day) else { return "\(modifiedSeconds) s after 1970" }
        func two(_ value: Int64) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(Day(rawValue: dayNumber)) \(two(second / 3600)):\(two(second / 60 % 60)):\(two(second % 60)) UTC"
    }
}
