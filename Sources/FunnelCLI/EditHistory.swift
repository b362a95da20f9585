#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import CLibedit

/// The statements typed at the prompt, kept by libedit's `history()` so Up, Down and
/// Ctrl-R see them. Bounded, and an entry equal to the one before it is dropped.
final class EditHistory {
    /// A few thousand entries: months of use, and still a small file.
    static let defaultSize = 2000

    /// libedit's `History *`.
    let handle: OpaquePointer

    init?(size: Int = EditHistory.defaultSize) {
        guard let handle = funnel_history_init() else { return nil }
        self.handle = handle
        _ = funnel_history_setsize(handle, Int32(size))
        _ = funnel_history_setunique(handle, 1)
    }

    deinit { funnel_history_end(handle) }

    func add(_ entry: String) {
        guard !entry.isEmpty else { return }
        _ = funnel_history_enter(handle, entry)
    }

    /// Oldest first.
    var entries: [String] {
        var result: [String] = []
        var next = funnel_history_oldest(handle)
        while let entry = next {
            result.append(String(cString: entry))
            next = funnel_history_newer(handle)
        }
        return result
    }

    /// Reads a file in libedit's format: the number of entries, or nil when the file
    /// cannot be read or is not libedit history.
    func load(path: String) -> Int? {
        let count = funnel_history_load(handle, path)
        return count < 0 ? nil : Int(count)
    }

    /// Writes every entry to an open file in libedit's format.
    func save(to file: UnsafeMutablePointer<FILE>) -> Bool {
        funnel_history_save_fp(handle, file) >= 0
    }
}
