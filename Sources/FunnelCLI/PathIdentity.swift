#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Telling whether two spellings of a path are the same file, for `.output`, which
/// must never write over the data the session was loaded from (`./d.json`,
/// `d.json` and a symbolic link to it are one file).
enum PathIdentity {
    /// The absolute path without symbolic links, or nil when it does not exist.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The absolute path a file would have, also for one not created yet (its
    /// folder resolved, its name appended).
    static func resolved(_ path: String) -> String? {
        if let real = realPath(path) { return real }
        let slash = path.lastIndex(of: "/")
        let folder = slash.map { path[..<$0].isEmpty ? "/" : String(path[..<$0]) } ?? "."
        let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
        guard let base = realPath(folder), !name.isEmpty else { return nil }
        return (base == "/" ? "" : base) + "/" + name
    }

    /// Whether `path` is `source` or lies inside it (a folder of JSON Lines tables),
    /// also through a hard link, which only the file's device and inode give away.
    static func isSameOrInside(_ path: String, _ source: String) -> Bool {
        guard let target = resolved(path), let loaded = realPath(source) else { return false }
        if target == loaded || target.hasPrefix(loaded == "/" ? "/" : loaded + "/") { return true }
        return sameFile(target, loaded)
    }

    /// Whether two existing paths are one file (same device and inode).
    static func sameFile(_ a: String, _ b: String) -> Bool {
        var first = stat(), second = stat()
        guard stat(a, &first) == 0, stat(b, &second) == 0 else { return false }
        return first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    /// `~/x` as `$HOME/x`, as a shell would before handing the path over.
    static func expandingTilde(_ path: String) -> String {
        HistoryFile.expandingTilde(path, home: Terminal.environment("HOME"))
    }

    /// `strerror(errno)`: "Permission denied".
    static func lastError() -> String {
        String(cString: strerror(errno))
    }
}
