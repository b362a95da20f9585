import FunnelDomain
import FunnelStore

/// What the binder reads of the data it binds against: each table's stored columns
/// (names and types, in order), the texts of a text column (for value checks and
/// "did you mean"), and the day the data was taken. The in-memory `Dataset` answers
/// from its columns; a database answers from its catalog (`SQLCatalog`), so a
/// statement binds the same way, with the same errors and notes, on either engine.
public protocol BindingCatalog: Sendable {
    /// The stored columns of a table, in the table's order.
    func columns(of table: TableKind) -> [CatalogColumn]
    /// The texts a stored text column holds; `nil` for a column that is not text.
    func texts(of table: TableKind, column: String) -> (any ColumnTexts)?
    /// The day the data was taken: its `as_of`, else the latest day anything is dated.
    var snapshotDay: Day { get }
}

/// A stored column as the binder sees it.
public struct CatalogColumn: Hashable, Sendable {
    public let name: String
    public let type: ColumnType

    public init(name: String, type: ColumnType) {
        self.name = name
        self.type = type
    }
}

/// The values of a text column, as much of them as binding asks: how many rows and
/// values, whether a text is among them, and the values in the order they first
/// appear (asked only when there are few enough to list or scan).
public protocol ColumnTexts {
    var rowCount: Int { get }
    /// Rows with a value.
    var presentCount: Int { get }
    /// Distinct values.
    var distinctCount: Int { get }
    func contains(_ text: String) -> Bool
    /// Every distinct value, in the order of the rows that first hold it.
    var values: [String] { get }
}

extension Dataset: BindingCatalog {
    public func columns(of table: TableKind) -> [CatalogColumn] {
        self.table(table).columns.map { CatalogColumn(name: $0.name, type: $0.type) }
    }

    public func texts(of table: TableKind, column name: String) -> (any ColumnTexts)? {
        guard let column = self.table(table).column(name), case .string = column.values else { return nil }
        return DictionaryTexts(column: column)
    }

    public var snapshotDay: Day { DerivedFields.snapshotDay(of: self) }
}

/// A loaded text column's values: its dictionary holds each value once, in the order
/// the rows first held it.
struct DictionaryTexts: ColumnTexts {
    let column: Column

    private var dictionary: StringDictionary {
        if case .string(_, let dictionary) = column.values { return dictionary }
        return StringDictionary()
    }

    var rowCount: Int { column.count }
    var presentCount: Int { column.count - column.nullCount }
    var distinctCount: Int { dictionary.count }
    func contains(_ text: String) -> Bool { dictionary.code(of: text) != nil }
    var values: [String] { dictionary.values }
}
