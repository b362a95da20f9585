import CLibPQ
import FunnelEngine
import Synchronization

/// One connection to a PostgreSQL server over libpq. Queries run one at a time (the
/// lock holds the connection while a query runs); a failure is a `SQLFailure` with
/// the server's own words, never the SQL that was sent.
public final class PostgresConnection: SQLConnection {
    private struct Handle: ~Copyable {
        let pointer: OpaquePointer
        deinit { PQfinish(pointer) }
    }

    private let handle: Mutex<Handle>
    public let displayName: String

    /// Connects to `url` (`postgresql://user[:password]@host[:port]/db`, or any libpq
    /// connection string). An unreachable server or a refused login is a `.connection`
    /// failure naming the database without its password.
    public init(url: String) throws(SQLFailure) {
        let shown = PostgresConnection.withoutPassword(url)
        guard let pointer = PQconnectdb(url) else {
            throw SQLFailure(.connection, "could not connect to \(shown): out of memory")
        }
        guard PQstatus(pointer) == CONNECTION_OK else {
            let message = PostgresConnection.text(PQerrorMessage(pointer))
            PQfinish(pointer)
            throw SQLFailure(.connection, "could not connect to \(shown): \(PostgresConnection.tidy(message))")
        }
        _ = PQsetClientEncoding(pointer, "UTF8")
        handle = Mutex(Handle(pointer: pointer))
        displayName = shown
        // Text compared by code points and dates as ISO whatever the server's defaults.
        _ = try? execute("SET DateStyle = 'ISO, YMD'; SET standard_conforming_strings = on; SET TimeZone = 'UTC'; SET client_min_messages = warning")
    }

    public func query(_ sql: String) throws(SQLFailure) -> SQLRows {
        try query(sql, parameters: [])
    }

    /// Runs one statement with `$1, $2, ...` bound to `parameters` (text, `nil` for NULL).
    public func query(_ sql: String, parameters: [String?]) throws(SQLFailure) -> SQLRows {
        let outcome: Result<SQLRows, SQLFailure> = handle.withLock { handle in
            let result = PostgresConnection.run(handle.pointer, sql, parameters)
            defer { PQclear(result) }
            guard let result else {
                return .failure(SQLFailure(.query, PostgresConnection.tidy(PostgresConnection.text(PQerrorMessage(handle.pointer)))))
            }
            let status = PQresultStatus(result)
            guard status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK else {
                return .failure(PostgresConnection.failure(result, handle.pointer))
            }
            let fields = Int(PQnfields(result)), count = Int(PQntuples(result))
            let columns = (0..<fields).map { PostgresConnection.text(PQfname(result, Int32($0))) }
            var rows: [[String?]] = []
            rows.reserveCapacity(count)
            for row in 0..<Int32(count) {
                rows.append((0..<Int32(fields)).map { field in
                    PQgetisnull(result, row, field) != 0 ? nil : PostgresConnection.text(PQgetvalue(result, row, field))
                })
            }
            return .success(SQLRows(columns: columns, rows: rows))
        }
        return try outcome.get()
    }

    /// Runs statements that return no rows (several, separated by `;`, allowed).
    @discardableResult
    public func execute(_ sql: String) throws(SQLFailure) -> Int {
        let rows = try query(sql)
        return rows.rows.count
    }

    /// `COPY ... FROM STDIN`: sends the text `chunks` gives (tab-separated lines in
    /// COPY's text format) until it gives nil; returns the rows the server took.
    public func copy(_ sql: String, chunks: () -> [UInt8]?) throws(SQLFailure) -> Int {
        let outcome: Result<Int, SQLFailure> = handle.withLock { handle in
            let pointer = handle.pointer
            let start = PQexec(pointer, sql)
            let status = start.map(PQresultStatus)
            if status != PGRES_COPY_IN {
                let failure = start.map { PostgresConnection.failure($0, pointer) }
                    ?? SQLFailure(.query, PostgresConnection.tidy(PostgresConnection.text(PQerrorMessage(pointer))))
                PQclear(start)
                return .failure(failure)
            }
            PQclear(start)
            var sendError: String?
            while let chunk = chunks() {
                let sent = chunk.withUnsafeBufferPointer { buffer in
                    buffer.baseAddress.map { base in
                        base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                            PQputCopyData(pointer, $0, Int32(buffer.count))
                        }
                    } ?? 1
                }
                if sent != 1 {
                    sendError = PostgresConnection.tidy(PostgresConnection.text(PQerrorMessage(pointer)))
                    break
                }
            }
            _ = PQputCopyEnd(pointer, sendError)
            var failure: SQLFailure?
            var taken = 0
            while let result = PQgetResult(pointer) {
                if PQresultStatus(result) == PGRES_COMMAND_OK {
                    taken = Int(PostgresConnection.text(PQcmdTuples(result))) ?? 0
                } else if failure == nil {
                    failure = PostgresConnection.failure(result, pointer)
                }
                PQclear(result)
            }
            if let failure { return .failure(failure) }
            if let sendError { return .failure(SQLFailure(.query, sendError)) }
            return .success(taken)
        }
        return try outcome.get()
    }

    private static func run(_ pointer: OpaquePointer, _ sql: String, _ parameters: [String?]) -> OpaquePointer? {
        if parameters.isEmpty { return PQexec(pointer, sql) }
        // Each parameter as a C string kept alive for the call.
        var storage: [[CChar]?] = parameters.map { $0.map { Array($0.utf8CString) } }
        return withPointers(&storage, 0, []) { values in
            PQexecParams(pointer, sql, Int32(values.count), nil, values, nil, nil, 0)
        }
    }

    private static func withPointers<R>(_ storage: inout [[CChar]?], _ index: Int,
                                        _ done: [UnsafePointer<CChar>?],
                                        _ body: ([UnsafePointer<CChar>?]) -> R) -> R {
        guard index < storage.count else { return body(done) }
        guard var bytes = storage[index] else {
            return withPointers(&storage, index + 1, done + [nil], body)
        }
        return bytes.withUnsafeMutableBufferPointer { buffer in
            withPointers(&storage, index + 1, done + [UnsafePointer(buffer.baseAddress)], body)
        }
    }

    private static func failure(_ result: OpaquePointer, _ pointer: OpaquePointer) -> SQLFailure {
        let primary = text(PQresultErrorField(result, Int32(UInt8(ascii: "M"))))
        let message = primary.isEmpty ? text(PQerrorMessage(pointer)) : primary
        let connected = PQstatus(pointer) == CONNECTION_OK
        return SQLFailure(connected ? .query : .connection, tidy(message))
    }

    private static func text(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func text(_ pointer: UnsafeMutablePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// libpq's message on one line, without its trailing newline.
    static func tidy(_ message: String) -> String {
        message.split(whereSeparator: \.isNewline)
            .map { line in String(line.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
            .filter { !$0.isEmpty }.joined(separator: "; ")
    }

    /// A connection URL with its password replaced, for messages.
    public static func withoutPassword(_ url: String) -> String {
        let characters = Array(url)
        guard let colonSlash = (0..<max(0, characters.count - 2)).first(where: {
            characters[$0] == ":" && characters[$0 + 1] == "/" && characters[$0 + 2] == "/"
        }) else { return url }
        let start = colonSlash + 3
        guard let at = characters[start...].firstIndex(of: "@"),
              let colon = characters[start..<at].firstIndex(of: ":") else { return url }
        return String(characters[..<colon]) + ":***" + String(characters[at...])
    }
}
