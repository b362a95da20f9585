/// The record-level problems of a load: the first `LoadFailure.listLimit` in full,
/// and a count of all. Reading goes on after such a problem, so one run reports every
/// bad record instead of making the user fix them one at a time.
struct ProblemLog: Sendable {
    private(set) var problems: [LoadDiagnostic] = []
    private(set) var total = 0

    /// Whether another problem would only be counted (its text is not built).
    var isFull: Bool { problems.count >= LoadFailure.listLimit }

    /// Counts a problem and keeps it if the list has room; `make` runs only then, so
    /// locating and wording a problem costs nothing once the list is full.
    mutating func add(_ make: () -> LoadDiagnostic) {
        total += 1
        if !isFull { problems.append(make()) }
    }

    /// The failure to throw, or `nil` when nothing went wrong.
    var failure: LoadFailure? {
        guard total > 0 else { return nil }
        return LoadFailure(summary: "problems in the data", problems: problems, total: total)
    }
}
