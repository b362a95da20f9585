import FunnelEngine
import FunnelPostgres
import FunnelStore

/// The database `--engine` names, opened as a session: connected, its tables checked.
enum EngineSource {
    static func session(url: String, today: Day?) throws(SQLFailure) -> Session {
        guard url.hasPrefix("postgresql://") || url.hasPrefix("postgres://") else {
            throw SQLFailure(.connection, "--engine '\(PostgresConnection.withoutPassword(url))' is not a database this funnel can use: "
                             + "write postgresql://user@host/db")
        }
        let connection = try PostgresConnection(url: url)
        let catalog = try SQLCatalog(connection: connection, dialect: .postgresql)
        return Session(engine: SQLEngine(catalog: catalog), today: today)
    }
}
