/// One file to read, resolved from what the user named.
struct InputFile: Sendable {
    enum Kind: Sendable, Equatable {
        /// A JSON document: `{"dealer": ..., "as_of": ..., "customers": [...], ...}`.
        case document
        /// A JSON Lines file holding one table (the index into `TableSchema.all`).
        case lines(table: Int)
    }

    /// The path to open.
    let path: String
    /// The name messages use: the path as the user wrote it, or folder + file name.
    let shown: String
    let kind: Kind

    /// The kind a file's name implies: `customers.jsonl` and the like are JSON Lines
    /// tables; any other `.jsonl` is an error (its table is unknown); anything else is
    /// a JSON document.
    static func classify(_ path: String) -> Result<Kind, FileSystem.FileError> {
        let name = baseName(path)
        if let table = TableSet.index(ofLinesFile: name) { return .success(.lines(table: table)) }
        if name.hasSuffix(".jsonl") || name.hasSuffix(".ndjson") {
            let names = TableSchema.all.map { $0.name + ".jsonl" }
            return .failure(FileSystem.FileError(message: "cannot tell which table this JSON Lines file holds: name it "
                + names.dropLast().joined(separator: ", ") + " or " + (names.last ?? "")))
        }
        return .success(.document)
    }

    /// The last path component, trailing slashes ignored.
    static func baseName(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed = trimmed.dropLast() }
        return String(trimmed.split(separator: "/").last ?? trimmed)
    }

    /// A folder path joined with a file name, as messages show it.
    static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}
