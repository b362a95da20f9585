/// A column of a Spark result: its name as Spark gives it, and its Arrow type.
public struct SparkColumn: Sendable, Hashable {
    public let name: String
    public let type: ArrowType
    public let nullable: Bool

    public init(name: String, type: ArrowType, nullable: Bool) {
        self.name = name
        self.type = type
        self.nullable = nullable
    }
}

/// The rows a statement gave, in Spark's order, each with one value per column.
public struct SparkResult: Sendable, Hashable {
    public let columns: [SparkColumn]
    public let rows: [[SparkValue]]

    public init(columns: [SparkColumn], rows: [[SparkValue]]) {
        self.columns = columns
        self.rows = rows
    }

    public var columnNames: [String] { columns.map(\.name) }

    /// The values of the column named `name` (the first, when names repeat), or nil.
    public func values(of name: String) -> [SparkValue]? {
        guard let index = columns.firstIndex(where: { $0.name == name }) else { return nil }
        return rows.map { index < $0.count ? $0[index] : .null }
    }
}
