import FunnelDomain
import FunnelStore
import Synchronization

/// A database's tables as the binder and the SQL compiler see them: each table's
/// stored columns (names and types, in the table's order, without the importer's own
/// `_row`, `_card`, `_complete` and `*__minute` columns), the facts of the dataset the
/// importer wrote to `funnel_meta`, and the texts of a text column, asked of the
/// database once and kept (the data does not change under a session).
public final class SQLCatalog: BindingCatalog {
    public let connection: any SQLConnection
    public let dialect: SQLDialect
    /// The database table holding each of the four tables.
    public let tableNames: [TableKind: String]
    private let columnsByTable: [TableKind: [CatalogColumn]]
    /// Date columns that keep a time of day (in `NAME__minute`).
    private let timedColumns: Set<String>
    /// The dataset's name, dealer and as_of, as imported.
    public let datasetName: String
    public let dealer: String?
    public let asOf: Day?
    public let snapshotDay: Day
    public let firstEventDay: Day?
    /// The data's own follow-up cycles, if it had any.
    public let followupCycles: FollowupCycles?
    private let textCache = Mutex<[String: SQLColumnTexts]>([:])

    /// Reads the catalog; a missing table or column, or a column of a type Funnel cannot
    /// read as its field, is a `.schema` failure saying which.
    public init(connection: any SQLConnection, dialect: SQLDialect,
                tableNames: [TableKind: String] = [:]) throws(SQLFailure) {
        self.connection = connection
        self.dialect = dialect
        var names: [TableKind: String] = [:]
        for kind in TableKind.allCases { names[kind] = tableNames[kind] ?? kind.rawValue }
        self.tableNames = names
        let rows = try connection.query("""
            SELECT table_name, column_name, data_type FROM information_schema.columns
            WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position
            """)
        var found: [String: [(name: String, type: String)]] = [:]
        for row in rows.rows {
            guard row.count == 3, let table = row[0], let column = row[1], let type = row[2] else { continue }
            found[table, default: []].append((column, type))
        }
        var columns: [TableKind: [CatalogColumn]] = [:]
        var timed: Set<String> = []
        for kind in TableKind.allCases {
            let name = names[kind] ?? kind.rawValue
            guard let stored = found[name] else {
                throw SQLFailure(.schema, "the database \(connection.displayName) has no table \(name) "
                                 + "(load one with: funnel import --to URL PATH)")
            }
            let helpers = SQLCatalog.helperColumns(kind)
            for helper in helpers where !stored.contains(where: { $0.name == helper }) {
                throw SQLFailure(.schema, "table \(name) has no column \(helper): it was not made by funnel import "
                                 + "(load the data with: funnel import --to URL PATH)")
            }
            var list: [CatalogColumn] = []
            for (column, type) in stored where !column.hasPrefix("_") {
                if column.hasSuffix("__minute") {
                    timed.insert(kind.rawValue + "." + String(column.dropLast("__minute".count)))
                    continue
                }
                list.append(CatalogColumn(name: column, type: try SQLCatalog.type(of: column, in: kind, tableName: name,
                                                                                  sqlType: type)))
            }
            for spec in kind.schema.fields where spec.required && !list.contains(where: { $0.name == spec.name }) {
                throw SQLFailure(.schema, "table \(name) has no column \(spec.name), which every \(kind.rawValue) "
                                 + "row needs")
            }
            columns[kind] = list
        }
        columnsByTable = columns
        timedColumns = timed

        var meta: [String: String] = [:]
        if found["funnel_meta"] != nil {
            for row in try connection.query("SELECT key, value FROM funnel_meta").rows {
                if row.count == 2, let key = row[0], let value = row[1] { meta[key] = value }
            }
        }
        datasetName = meta["name"] ?? connection.displayName
        dealer = meta["dealer"]
        asOf = meta["as_of"].flatMap { Day(parsing: $0) }
        followupCycles = meta["followup_cycles"].flatMap(SQLCatalog.cycles)
        if let snapshot = meta["snapshot"].flatMap({ Day(parsing: $0) }) {
            snapshotDay = snapshot
        } else {
            snapshotDay = asOf ?? Today.resolve(userSet: nil, datasetAsOf: nil)
        }
        firstEventDay = meta["first_event"].flatMap { Day(parsing: $0) }
    }

    public func columns(of table: TableKind) -> [CatalogColumn] { columnsByTable[table] ?? [] }

    /// The importer's own columns each table has: the row's position in the data
    /// (`_row`, ties in table order), the card a follow-up or visit belongs to (`_card`),
    /// a follow-up's place among its card's in date order (`_seq`), whether a card's
    /// name, phone and model are all given (`_complete`).
    public static func helperColumns(_ kind: TableKind) -> [String] {
        switch kind {
        case .customers: ["_row", "_complete"]
        case .followups: ["_row", "_card", "_seq"]
        case .traffic: ["_row", "_card"]
        case .targets: ["_row"]
        }
    }

    /// The quoted table name of a table.
    func table(_ kind: TableKind) -> String { dialect.identifier(tableNames[kind] ?? kind.rawValue) }

    /// Whether a date column keeps times of day (its minutes are in `NAME__minute`).
    func hasMinutes(_ table: TableKind, _ column: String) -> Bool {
        timedColumns.contains(table.rawValue + "." + column)
    }

    func hasColumn(_ table: TableKind, _ column: String) -> Bool {
        columns(of: table).contains { $0.name == column }
    }

    public func texts(of table: TableKind, column: String) -> (any ColumnTexts)? {
        guard columns(of: table).contains(where: { $0.name == column && $0.type == .string }) else { return nil }
        let key = table.rawValue + "." + column
        if let kept = textCache.withLock({ $0[key] }) { return kept }
        let name = dialect.identifier(column)
        // Counts, then the values in the order of the rows that first hold them, when few
        // enough to list or scan (as the loaded dictionary holds them).
        guard let counts = try? connection.query(
            "SELECT count(*), count(\(name)), count(DISTINCT \(name)) FROM \(self.table(table))"),
            let row = counts.rows.first, row.count == 3 else { return nil }
        let rowCount = Int(row[0] ?? "") ?? 0, present = Int(row[1] ?? "") ?? 0, distinct = Int(row[2] ?? "") ?? 0
        var values: [String]?
        if distinct <= SQLColumnTexts.listLimit, let listed = try? connection.query(
            "SELECT \(name) FROM \(self.table(table)) WHERE \(name) IS NOT NULL GROUP BY \(name) ORDER BY min(_row)") {
            values = listed.rows.compactMap { $0.first ?? nil }
        }
        let texts = SQLColumnTexts(rowCount: rowCount, presentCount: present, distinctCount: distinct,
                                   listed: values, lookUp: { [connection, dialect, tableName = self.table(table)] text in
            let found = try? connection.query("SELECT 1 FROM \(tableName) WHERE \(name) = \(dialect.literal(text)) LIMIT 1")
            return !(found?.rows.isEmpty ?? true)
        })
        textCache.withLock { $0[key] = texts }
        return texts
    }

    /// The SQL type of a column as a Funnel type: a known field must hold what its
    /// schema says (an enum as its token text); another column is read by its SQL type.
    private static func type(of column: String, in kind: TableKind, tableName: String,
                             sqlType: String) throws(SQLFailure) -> ColumnType {
        let read: ColumnType?
        switch sqlType {
        case "bigint", "integer", "smallint": read = .int
        case "double precision", "real", "numeric": read = .double
        case "boolean": read = .bool
        case "date": read = .date
        case "text", "character varying", "character": read = .string
        default: read = nil
        }
        if let spec = kind.schema.fields.first(where: { $0.name == column }) {
            let wanted = spec.type.columnType
            switch (wanted, read) {
            case (.enumeration, .string?): return wanted
            case (let a, let b?) where a == b: return wanted
            default:
                throw SQLFailure(.schema, "column \(tableName).\(column) is \(sqlType) in the database; funnel reads "
                                 + "it as \(SQLCatalog.words(wanted)) (re-import the data with funnel import)")
            }
        }
        guard let read else {
            throw SQLFailure(.schema, "column \(tableName).\(column) is \(sqlType), a type funnel cannot read: "
                             + "use a number, text, boolean or date column")
        }
        return read
    }

    private static func words(_ type: ColumnType) -> String {
        switch type {
        case .int: "an integer (bigint)"
        case .double: "a number (double precision)"
        case .bool: "true or false (boolean)"
        case .date: "a date (date)"
        case .string, .enumeration: "text (text)"
        }
    }

    /// `O=7,H=2,A=4,B=7,C=15,N=` as the importer writes them.
    static func cycles(_ text: String) -> FollowupCycles? {
        var changes: [Grade: Int?] = [:]
        for part in text.split(separator: ",") {
            let pair = part.split(separator: "=", omittingEmptySubsequences: false)
            guard pair.count == 2, let grade = FollowupCycles.grade(named: pair[0]) else { return nil }
            changes[grade] = Int(pair[1])
        }
        return FollowupCycles.standard.setting(changes)
    }

    /// The text form `cycles(_:)` reads.
    public static func text(of cycles: FollowupCycles) -> String {
        Grade.allCases.map { grade in
            (Grade.vocabulary.token(grade.rawValue) ?? "") + "=" + (cycles[grade].map(String.init) ?? "")
        }.joined(separator: ",")
    }
}

/// A database text column's values, as binding asks for them.
struct SQLColumnTexts: ColumnTexts, Sendable {
    /// Columns with at most this many values are listed whole (the binder lists up to
    /// 5,000 and scans up to 200,000 for a near value).
    static let listLimit = 200_000

    let rowCount: Int
    let presentCount: Int
    let distinctCount: Int
    let listed: [String]?
    let lookUp: @Sendable (String) -> Bool

    func contains(_ text: String) -> Bool { listed.map { $0.contains(text) } ?? lookUp(text) }
    var values: [String] { listed ?? [] }
}
