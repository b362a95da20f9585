/// Compares the sources a snapshot recorded with the files as they are now: a source
/// that changed or is gone gives a warning (the snapshot still opens, with the data as
/// it was when it was made).
enum SourceCheck {
    static func warnings(_ recorded: [SourceFile], snapshot: String) -> [LoadWarning] {
        var examples: [LoadDiagnostic] = []
        for file in recorded {
            switch SourceFile.current(file.path) {
            case .failure(let error):
                examples.append(LoadDiagnostic(file: file.path, message: "gone (\(error.message))"))
            case .success(let now) where !file.isUnchanged(comparedWith: now):
                examples.append(LoadDiagnostic(
                    file: file.path,
                    message: "changed: \(file.size) bytes modified \(file.modifiedText) when the snapshot was made, "
                        + "\(now.size) bytes modified \(now.modifiedText) now"))
            case .success:
                break
            }
        }
        guard !examples.isEmpty else { return [] }
        let summary = "of the sources of \(snapshot) changed or gone since it was made: it holds the data as it was "
            + "then (make it again with funnel snapshot to see the changes)"
        return [LoadWarning(summary: summary, count: examples.count, examples: examples)]
    }
}
