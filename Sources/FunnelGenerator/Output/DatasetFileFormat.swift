/// The two layouts a dataset can be written in.
public enum DatasetFileFormat: String, Sendable, CaseIterable {
    /// One JSON document: `{"dealer", "as_of", "customers", "followups", "traffic", "targets"}`.
    case json
    /// A folder of `customers.jsonl`, `followups.jsonl`, `traffic.jsonl`,
    /// `targets.jsonl` (one record a line) and `meta.json` (`dealer`, `as_of`).
    case jsonLines
}
