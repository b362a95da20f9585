/// What the user named, resolved to files before any is read, so a mistyped path
/// fails at once, with every bad path listed, instead of after a long read.
///
/// A file is read as its name says (`InputFile.classify(_:)`). A folder
/// contributes its `meta.json` (if any) and the table files `customers.jsonl`,
/// `followups.jsonl`, `traffic.jsonl`, `targets.jsonl` it holds; other files in it
/// are ignored, and a folder with none of the four is an error.
struct InputPlan: Sendable {
    /// The most bytes one load reads. String columns and row numbers are 32-bit, and
    /// no column can hold more bytes than the input, so this keeps them in range.
    static let byteLimit = Int(Int32.max)

    private(set) var files: [InputFile] = []
    /// The size of every file, added up.
    private(set) var totalBytes = 0
    /// The name for the dataset when no input names a dealer: the first input's base
    /// name without its extension ("demo" for `data/demo.json`).
    let fallbackName: String

    init(paths: [String]) throws(LoadFailure) {
        guard let firstPath = paths.first else {
            throw LoadFailure(summary: "no input given: name a JSON file or a folder of JSON Lines files",
                              problems: [], total: 0)
        }
        fallbackName = InputPlan.datasetName(firstPath)
        var problems: [LoadDiagnostic] = []
        var total = 0
        for path in paths {
            switch FileSystem.kind(of: path) {
            case .failure(let error):
                problems.append(LoadDiagnostic(file: path, message: error.message))
            case .success(.other):
                problems.append(LoadDiagnostic(file: path, message: "not a regular file or folder"))
            case .success(.file(let size)):
                switch InputFile.classify(path) {
                case .success(let kind):
                    files.append(InputFile(path: path, shown: path, kind: kind))
                    total += size
                case .failure(let error):
                    problems.append(LoadDiagnostic(file: path, message: error.message))
                }
            case .success(.directory):
                total += addFolder(path, problems: &problems)
            }
        }
        if !problems.isEmpty {
            throw LoadFailure(summary: "inputs that cannot be read", problems: problems)
        }
        totalBytes = total
        if total > InputPlan.byteLimit {
            throw LoadFailure(LoadDiagnostic(
                file: paths.joined(separator: ", "),
                message: "the inputs hold \(total) bytes; Funnel loads at most \(InputPlan.byteLimit) bytes "
                    + "(2 GiB) at once"))
        }
    }

    /// Adds a folder's files and returns their total size.
    private mutating func addFolder(_ folder: String, problems: inout [LoadDiagnostic]) -> Int {
        var total = 0
        var tableCount = 0
        let names = ["meta.json"] + TableSchema.all.map { $0.name + ".jsonl" }
        for name in names {
            let path = InputFile.join(folder, name)
            switch FileSystem.kind(of: path) {
            case .failure(let error):
                // An absent table file is allowed; one that is there but unreadable is not.
                if error.message != FileSystem.FileError(errno: ENOENT).message {
                    problems.append(LoadDiagnostic(file: path, message: error.message))
                }
            case .success(.file(let size)):
                let kind: InputFile.Kind = TableSet.index(ofLinesFile: name).map { .lines(table: $0) } ?? .document
                if kind != .document { tableCount += 1 }
                files.append(InputFile(path: path, shown: path, kind: kind))
                total += size
            case .success:
                problems.append(LoadDiagnostic(file: path, message: "not a regular file"))
            }
        }
        if tableCount == 0 && !problems.contains(where: { $0.file.hasPrefix(InputFile.join(folder, "")) }) {
            problems.append(LoadDiagnostic(
                file: folder,
                message: "the folder holds none of " + names.dropFirst().joined(separator: ", ")
                    + ": expected JSON Lines table files (and an optional meta.json)"))
        }
        return total
    }

    /// "demo" for `data/demo.json`, "dealer-a" for `data/dealer-a/`.
    static func datasetName(_ path: String) -> String {
        let base = InputFile.baseName(path)
        for suffix in [".jsonl", ".ndjson", ".json"] where base.hasSuffix(suffix) && base.count > suffix.count {
            return String(base.dropLast(suffix.count))
        }
        return base
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
