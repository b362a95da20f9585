import FunnelStore
import FunnelSyntax

/// Something the binder noticed that does not stop the statement but that its
/// reader should know, shown under the result (the words are the output layer's).
public enum BindingNote: Sendable, Hashable {
    /// No row has this value of an id-like or free-text field (an id, a name, a
    /// phone), but one differs from it only in case or by one edit.
    case nearValue(String, field: String, near: String)
    /// A SQL spelling (`group by`, `count(*)`) read as the language's own statement.
    case readAs(statement: String, readings: [Reading])
    /// `as of` a day after the period's end: the period is counted to its end, as
    /// without it; `through` follows its cards further.
    case asOfAfterPeriod(period: String, asOf: Day, end: Day)
    /// `through D`: the period's cards followed to D (a cohort).
    case followedThrough(period: String, day: Day)
}

/// The notes of one statement, gathered while it is bound.
final class BindingNotes {
    private(set) var all: [BindingNote] = []

    func add(_ note: BindingNote) {
        if !all.contains(note) { all.append(note) }
    }
}
