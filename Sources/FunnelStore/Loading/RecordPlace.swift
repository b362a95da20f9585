/// Which record a problem belongs to, worded as `RowOrigins` words it after the load:
/// "customers record 3" in a JSON array (counting from 1), "line 3" in JSON Lines.
enum RecordPlace: Sendable {
    case none
    case element(table: String, number: Int)
    case line(Int)

    var label: String? {
        switch self {
        case .none: nil
        case .element(let table, let number): "\(table) record \(number)"
        case .line(let line): "line \(line)"
        }
    }
}
