import FunnelStore

/// The values of a text field that has few of them (consultants, models, sources,
/// an extra `city`), read from the data when Tab asks, so `consultant =` offers the
/// real names. Id-like and free-text columns are left out: listing ten thousand
/// phone numbers helps nobody.
///
/// Worked out per Tab rather than indexed up front: one pass over one column's codes
/// is quick even for a million rows, while indexing every column of a large dataset
/// made the first Tab wait.
enum FewValues {
    /// Columns with more distinct values than this are not offered. A dealer group
    /// has a few hundred consultants; names and phones run to the thousands.
    static let limit = 1000

    /// The distinct non-empty values, sorted, when they repeat enough to be
    /// categories: at most `limit`, and on average each used at least twice.
    static func of(_ column: Column) -> [String]? {
        guard case .string(let codes, let dictionary) = column.values, dictionary.count <= limit else { return nil }
        var used = [Int](repeating: 0, count: dictionary.count)
        var present = 0
        codes.withUnsafeBufferPointer { codes in
            for code in codes where code >= 0 && Int(code) < used.count {
                used[Int(code)] += 1
                present += 1
            }
        }
        var found: [String] = []
        for (code, count) in used.enumerated() where count > 0 {
            if let value = dictionary[Int32(code)], !value.isEmpty { found.append(value) }
        }
        guard !found.isEmpty, found.count * 2 <= present else { return nil }
        return found.sorted()
    }
}
