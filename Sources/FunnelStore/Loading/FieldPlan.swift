/// How the loader reads one known field: its `FieldType` without payloads that are
/// reference counted, so taking a field's plan per value costs no retain or release.
enum FieldPlan: Sendable {
    case string
    case int(ClosedRange<Int64>?)
    case double
    case bool
    case date
    case month
    /// An index into `RecordLayout.enums`.
    case enumeration(Int)
}
