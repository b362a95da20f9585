#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FunnelSyntax

/// File names for `.load`, `.read` and `.output`: the entries of the folder being
/// typed whose names start with what is typed. Folders end in `/` and take no space,
/// so the next part can be typed at once; blanks are backslash-escaped as the
/// dot-command parser reads them.
enum PathCompleter {
    /// `raw` is the argument as typed (escapes included); `accept` says which
    /// files (not folders) to offer.
    static func complete(_ raw: String, home: String?, accept: (String) -> Bool) -> Completion {
        let typed = DotArguments(raw).words.first?.text ?? ""
        let slash = typed.lastIndex(of: "/")
        let folder = slash.map { String(typed[...$0]) } ?? ""
        let prefix = slash.map { String(typed[typed.index(after: $0)...]) } ?? typed
        let expanded = HistoryFile.expandingTilde(folder.isEmpty ? "." : folder, home: home)
        var candidates: [Completion.Candidate] = []
        for name in entries(of: expanded) where name.hasPrefix(prefix) {
            if name.hasPrefix("."), !prefix.hasPrefix(".") { continue }
            let full = (expanded.hasSuffix("/") ? expanded : expanded + "/") + name
            if isFolder(full) {
                candidates.append(Completion.Candidate(DotArguments.escaped(folder + name + "/"), terminator: ""))
            } else if accept(name) {
                candidates.append(Completion.Candidate(DotArguments.escaped(folder + name)))
            }
        }
        return Completion(replacing: raw, candidates: candidates)
    }

    /// The names in a folder, sorted, without `.` and `..`; none when it cannot be read.
    static func entries(of folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names.sorted()
    }

    private static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }

    /// Data files: JSON documents and JSON Lines tables.
    static func isData(_ name: String) -> Bool {
        let lowered = name.lowercased()
        return lowered.hasSuffix(".json") || lowered.hasSuffix(".jsonl")
    }
}
