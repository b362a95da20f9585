import FunnelStore

/// Writing the data as a snapshot, for `funnel snapshot` and `.save`: never over the
/// data's own sources, and with the words both use.
enum SnapshotSave {
    /// Why the snapshot must not go to `path`: it is, or lies inside, a file or folder
    /// the data was read from (`loaded`, as named; and the files a snapshot records).
    static func refusal(_ path: String, dataset: Dataset, loaded: [String]) -> String? {
        let sources = loaded + dataset.sourceFiles.map(\.path)
        guard let source = sources.first(where: { PathIdentity.isSameOrInside(path, $0) }) else { return nil }
        return "refusing to write the snapshot to '\(path)': the data was read from '\(source)'"
    }

    /// Writes the snapshot; the error's words on failure.
    static func write(_ dataset: Dataset, to path: String, loaded: [String]) -> Result<Int, SnapshotSaveError> {
        if let refusal = refusal(path, dataset: dataset, loaded: loaded) { return .failure(SnapshotSaveError(refusal)) }
        do {
            return .success(try SnapshotWriter.write(dataset, to: path))
        } catch {
            return .failure(SnapshotSaveError(error.description))
        }
    }

    /// "dealer.funnel: 1,000 cards, 5,012 follow-ups, 1,398 traffic entries, 1,234,567 bytes".
    static func summary(_ dataset: Dataset, path: String, bytes: Int) -> String {
        "\(path): " + [
            DatasetSummary.counted(dataset.customers.rowCount, "card", "cards"),
            DatasetSummary.counted(dataset.followups.rowCount, "follow-up", "follow-ups"),
            DatasetSummary.counted(dataset.traffic.rowCount, "traffic entry", "traffic entries"),
            DatasetSummary.counted(bytes, "byte", "bytes"),
        ].joined(separator: ", ")
    }

    /// What loading printed before: the data's warnings, then those about its files.
    static func warnings(_ dataset: Dataset) -> [String] {
        (dataset.warnings + dataset.sourceWarnings).map(\.description)
    }
}

struct SnapshotSaveError: Error {
    let message: String

    init(_ message: String) { self.message = message }
}
