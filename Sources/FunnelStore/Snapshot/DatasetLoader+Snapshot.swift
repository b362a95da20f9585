extension DatasetLoader {
    /// A snapshot among the paths, opened; `nil` when none is one. A snapshot is a whole
    /// dataset, so it is opened alone.
    static func openSnapshot(_ paths: [String]) throws(LoadFailure) -> Dataset? {
        let snapshots = paths.filter(SnapshotReader.isSnapshot(path:))
        guard let first = snapshots.first else { return nil }
        guard paths.count == 1 else {
            throw LoadFailure(LoadDiagnostic(
                file: paths.joined(separator: ", "),
                message: "\(first) is a snapshot, a whole dataset: open it alone, not with other data"))
        }
        return try SnapshotReader.open(path: first)
    }
}
