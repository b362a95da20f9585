#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The history file and the rules for touching it: `~/.funnel_history` unless
/// `FUNNEL_HISTORY` names another (empty: none); loaded at start; written after
/// every statement so a crash loses nothing; never written over a file that could
/// not be read as history (it may be someone's readline history, or anything else);
/// a file that cannot be written is said once, not after every statement.
struct HistoryFile {
    let path: String
    /// The file exists and holds something that did not load: saving would destroy it.
    private(set) var refused = false
    private var warnedAboutSaving = false

    init(path: String) { self.path = path }

    /// The history path for an environment, or nil when history is off
    /// (`FUNNEL_HISTORY=""`, or no `FUNNEL_HISTORY` and no `HOME`).
    static func path(environment: (String) -> String?) -> String? {
        let home = environment("HOME")
        if let chosen = environment("FUNNEL_HISTORY") {
            return chosen.isEmpty ? nil : expandingTilde(chosen, home: home)
        }
        guard let home, !home.isEmpty else { return nil }
        return (home.hasSuffix("/") ? home : home + "/") + ".funnel_history"
    }

    /// `~/x` as `$HOME/x`: libedit does not expand `~`, and neither does `open(2)`.
    static func expandingTilde(_ path: String, home: String?) -> String {
        guard let home, !home.isEmpty, path == "~" || path.hasPrefix("~/") else { return path }
        let base = home.hasSuffix("/") ? String(home.dropLast()) : home
        return base + path.dropFirst()
    }

    /// Loads the file into `history`. Returns a warning to show, if any.
    mutating func load(into history: EditHistory) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }  // not there yet: saving creates it
        if history.load(path: path) != nil { return nil }
        guard info.st_size > 0 else { return nil }
        refused = true
        return "warning: \(path) is not a funnel history file or cannot be read; "
            + "this session's history will not be saved to it"
    }

    /// Writes `history` to the file through a temporary file and a rename, so a
    /// crash mid-write leaves the old file whole. Returns a warning the first time
    /// saving fails, nil otherwise.
    mutating func save(_ history: EditHistory) -> String? {
        guard !refused else { return nil }
        if let problem = write(history) {
            guard !warnedAboutSaving else { return nil }
            warnedAboutSaving = true
            return "warning: cannot save the history to \(path): \(problem); "
                + "set FUNNEL_HISTORY to another file, or to nothing to turn history off"
        }
        return nil
    }

    /// The reason saving failed, or nil.
    private func write(_ history: EditHistory) -> String? {
        // Write through a symbolic link (dotfile managers use them) rather than replace it.
        let target = PathIdentity.realPath(path) ?? path
        let temporary = target + ".tmp-\(getpid())"
        // Private: the history holds customer names and phone numbers.
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { return PathIdentity.lastError() }
        guard let file = fdopen(descriptor, "w") else {
            let problem = PathIdentity.lastError()
            close(descriptor)
            unlink(temporary)
            return problem
        }
        let saved = history.save(to: file)
        let flushed = fflush(file) == 0
        let problem = PathIdentity.lastError()
        fclose(file)
        guard saved, flushed else {
            unlink(temporary)
            return saved ? problem : "libedit could not write it"
        }
        guard rename(temporary, target) == 0 else {
            let problem = PathIdentity.lastError()
            unlink(temporary)
            return problem
        }
        return nil
    }
}
