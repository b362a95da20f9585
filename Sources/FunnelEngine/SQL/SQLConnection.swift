/// A database the SQL engine sends its compiled statements to. The engine knows SQL
/// text and rows of text only; the client that speaks the wire protocol (libpq, in
/// `FunnelPostgres`) lives above it, so nothing below the front end links a driver.
public protocol SQLConnection: Sendable {
    /// Runs one query and returns its rows, every value as the server's text (`nil`
    /// for NULL).
    func query(_ sql: String) throws(SQLFailure) -> SQLRows
    /// A name for the database in messages (`postgresql://user@host:port/db`, no password).
    var displayName: String { get }
}

/// The rows a query gave, every value in the server's text form.
public struct SQLRows: Sendable {
    public let columns: [String]
    public let rows: [[String?]]

    public init(columns: [String], rows: [[String?]]) {
        self.columns = columns
        self.rows = rows
    }

    /// The value at a row and column, `nil` for NULL or out of range.
    public func value(_ row: Int, _ column: Int) -> String? {
        guard row >= 0, row < rows.count, column >= 0, column < rows[row].count else { return nil }
        return rows[row][column]
    }
}

/// Why the database did not answer: the server's message (never the SQL sent).
public struct SQLFailure: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// No server answered, or it refused the login.
        case connection
        /// The server refused a query (a missing table, a type error, a lost connection).
        case query
        /// The tables are not what Funnel reads: a table or column missing, a column of
        /// another type.
        case schema
    }

    public let kind: Kind
    public let message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    public var description: String { message }
}
