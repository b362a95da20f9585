import FunnelStore

/// The values of the text fields that have few of them (consultants, models, sources,
/// an extra `city`), taken from the data once per dataset, so Tab after
/// `consultant =` offers the real names. Id-like and free-text columns are left out:
/// listing ten thousand phone numbers helps nobody.
struct FieldValueIndex: Sendable {
    /// Columns with more distinct values than this are not offered.
    static let limit = 60

    /// Table name → column name → values, sorted.
    private var values: [String: [String: [String]]] = [:]

    init(dataset: Dataset) {
        for table in dataset.tables {
            for column in table.columns {
                if let found = FieldValueIndex.fewValues(of: column) { values[table.name, default: [:]][column.name] = found }
            }
        }
    }

    func values(table: String, column: String) -> [String] {
        values[table]?[column] ?? []
    }

    /// The distinct non-empty values of a text column, when they repeat enough to
    /// be categories: at most `limit`, and on average each used at least twice.
    private static func fewValues(of column: Column) -> [String]? {
        guard case .string(let codes, let dictionary) = column.values, dictionary.count <= limit else { return nil }
        var used = [Int](repeating: 0, count: dictionary.count)
        var present = 0
        for code in codes where code >= 0 && Int(code) < used.count {
            used[Int(code)] += 1
            present += 1
        }
        var found: [String] = []
        for (code, count) in used.enumerated() where count > 0 {
            if let value = dictionary[Int32(code)], !value.isEmpty { found.append(value) }
        }
        guard !found.isEmpty, found.count * 2 <= present else { return nil }
        return found.sorted()
    }
}
