/// A table held as columns of equal length.
public struct Table: Sendable {
    public let name: String
    public let rowCount: Int
    public let columns: [Column]

    public init(name: String, rowCount: Int, columns: [Column]) {
        self.name = name
        self.rowCount = rowCount
        self.columns = columns
    }

    /// An empty table with the given schema's columns.
    public init(empty schema: TableSchema) {
        var builder = TableBuilder(schema: schema)
        self = builder.finish()
    }

    /// The column with this exact name.
    public func column(_ name: String) -> Column? {
        columns.first { $0.name == name }
    }

    public var columnNames: [String] { columns.map(\.name) }
}
