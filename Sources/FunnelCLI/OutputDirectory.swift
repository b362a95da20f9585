#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FunnelEngine
import FunnelOutput
import FunnelSyntax

/// `--output-dir DIR`: each table of a csv run in a file of its own, named by
/// `ResultFileName` (`01-count-traffic.csv`, `02-kpi-close_rate.csv`, ...), so a
/// script of several statements gives files a spreadsheet or a csv reader takes
/// one by one. Files of the same name are written over; others are left alone, and
/// the run ends by naming those that look like an earlier run's (`leftovers`).
final class OutputDirectory {
    let path: String
    /// Results written so far: the next one's number is one more.
    private var results = 0
    /// The names written in this run.
    private var written: Set<String> = []

    /// Makes the folder, and the folders above it, when missing.
    init(path: String) throws(CommandFailure) {
        self.path = path
        try OutputDirectory.makeFolder(path)
    }

    /// Writes the tables of `result` (a file each) and returns their paths with
    /// their row counts.
    func write(_ result: StatementResult, of statement: Statement,
               with renderer: Renderer) throws(CommandFailure) -> [(path: String, rows: Int)] {
        let tables: [ResultTable]
        switch result {
        case .table(let table): tables = [table]
        case .tables(let several): tables = several
        case .text, .chart, .none: return []
        }
        results += 1
        var files: [(path: String, rows: Int)] = []
        for (index, table) in tables.enumerated() {
            let name = ResultFileName.name(number: results, statement: statement,
                                           part: tables.count > 1 ? index + 1 : nil, title: table.title)
            let file = (path.hasSuffix("/") ? path : path + "/") + name
            try TextFile.write(renderer.render(table), to: file, what: "to '\(file)'")
            written.insert(name)
            files.append((file, table.rowCount))
        }
        return files
    }

    /// Files of the folder named as this option names them (`NN-....csv`) that this
    /// run did not write: an earlier run's, which a reader could take for this one's.
    func leftovers() -> [String] {
        guard let folder = opendir(path) else { return [] }
        defer { closedir(folder) }
        var names: [String] = []
        while let entry = readdir(folder) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self))
            }
            let digits = name.prefix { $0.isASCII && $0.isNumber }
            if digits.count >= 2, name.dropFirst(digits.count).hasPrefix("-"), name.hasSuffix(".csv"),
               !written.contains(name) {
                names.append(name)
            }
        }
        return names.sorted()
    }

    /// `mkdir -p`: each missing folder on the way, then the folder itself.
    private static func makeFolder(_ path: String) throws(CommandFailure) {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o755) != 0, errno != EEXIST {
                throw CommandFailure("cannot make the folder '\(prefix)': \(PathIdentity.lastError())")
            }
            prefix += "/"
        }
        guard let folder = opendir(path) else {
            throw CommandFailure("--output-dir '\(path)' is not a folder: \(PathIdentity.lastError())")
        }
        closedir(folder)
    }
}
