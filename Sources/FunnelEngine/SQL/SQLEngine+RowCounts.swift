import FunnelStore

extension SQLEngine {
    /// Each table's rows in the database, for `.tables` and `.schema` under `--engine`:
    /// the session's own dataset is an empty stand-in there, and its zeros would be wrong.
    public func rowCounts() throws(SQLFailure) -> [TableKind: Int] {
        let kinds = TableKind.allCases
        let sql = "SELECT " + kinds.map { "(SELECT count(*) FROM \(catalog.table($0)))" }.joined(separator: ", ")
        let rows = try catalog.connection.query(sql)
        var counts: [TableKind: Int] = [:]
        for (index, kind) in kinds.enumerated() {
            guard let text = rows.value(0, index), let count = Int(text) else {
                throw SQLFailure(.query, "the database gave no row count for \(kind.rawValue)")
            }
            counts[kind] = count
        }
        return counts
    }
}
