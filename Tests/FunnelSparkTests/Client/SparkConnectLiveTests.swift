#if Spark
import Foundation
import Testing
@testable import FunnelSpark

private let liveSparkURL = ProcessInfo.processInfo.environment["FUNNEL_SPARK_URL"]

/// The client against a real Spark Connect server: scripts/spark-cluster start, then
/// FUNNEL_SPARK_URL=sc://127.0.0.1:15002 swift test --traits Spark --filter FunnelSparkTests.
/// Skipped when FUNNEL_SPARK_URL is not set.
@Suite(.enabled(if: liveSparkURL != nil, "FUNNEL_SPARK_URL is not set"), .serialized)
struct SparkConnectLiveTests {
    static let url = liveSparkURL

    func withSession<T: Sendable>(_ body: (SparkConnectSession) async throws -> T) async throws -> T {
        let url = try SparkConnectURL(parsing: Self.url ?? "")
        return try await SparkConnect.withSession(url, timeout: .seconds(300)) { session in
            _ = try await session.execute("SET spark.sql.session.timeZone=UTC")
            return try await body(session)
        }
    }

    @Test func typedValuesAndNulls() async throws {
        let result = try await withSession { session in
            try await session.sql("""
                SELECT * FROM VALUES
                  ('进店', 1, CAST(9007199254740993 AS BIGINT), 0.5D, true, DATE'2024-02-29',
                   TIMESTAMP'2024-03-09 14:05:00.123456', 12.50BD),
                  (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
                AS t(channel, n, big, ratio, flag, day, at, amount)
                """)
        }
        #expect(result.columnNames == ["channel", "n", "big", "ratio", "flag", "day", "at", "amount"])
        #expect(result.columns.map(\.type) == [
            .utf8, .int(bitWidth: 32, signed: true), .int(bitWidth: 64, signed: true), .floatingPoint(.double),
            .bool, .date(.day), .timestamp(.microsecond, timeZone: "UTC"),
            .decimal(precision: 4, scale: 2, bitWidth: 128),
        ])
        #expect(result.rows.count == 2)
        #expect(result.rows.first == [
            .string("进店"), .int(1), .int(9_007_199_254_740_993), .double(0.5), .bool(true),
            .date(SparkDate(year: 2024, month: 2, day: 29)),
            .timestamp(SparkTimestamp(microsecondsSinceEpoch: 1_709_993_100_123_456)),
            .decimal(SparkDecimal(unscaled: 1250, scale: 2)),
        ])
        #expect(result.rows.last == Array(repeating: .null, count: 8))
    }

    @Test func aggregatesOverTheCluster() async throws {
        let (totals, groups) = try await withSession { session in
            (try await session.sql("""
                SELECT count(*) AS n, sum(id) AS total, avg(id) AS mean, avg(CAST(id AS DECIMAL(10,2))) AS exact
                FROM range(0, 10)
                """),
             try await session.sql("""
                SELECT id % 3 AS k, count(*) AS c FROM range(0, 100000, 1, 4) GROUP BY k ORDER BY k
                """))
        }
        // avg of an integer is a DOUBLE; avg of a DECIMAL(10,2) a DECIMAL(14,6).
        #expect(totals.columns.map(\.type) == [
            .int(bitWidth: 64, signed: true), .int(bitWidth: 64, signed: true), .floatingPoint(.double),
            .decimal(precision: 14, scale: 6, bitWidth: 128),
        ])
        #expect(totals.rows == [[.int(10), .int(45), .double(4.5), .decimal(SparkDecimal(unscaled: 4_500_000, scale: 6))]])
        #expect(groups.rows == [[.int(0), .int(33334)], [.int(1), .int(33333)], [.int(2), .int(33333)]])
    }

    @Test func commandsViewsAndChineseText() async throws {
        let result = try await withSession { session in
            _ = try await session.execute("""
                CREATE OR REPLACE TEMP VIEW cards AS
                SELECT * FROM VALUES ('进店', 1), ('来电', 2), ('进店', 3), (NULL, 4) AS t(channel, n)
                """)
            return try await session.sql("SELECT channel, sum(n) AS total FROM cards GROUP BY channel ORDER BY channel NULLS LAST")
        }
        #expect(result.rows == [[.string("来电"), .int(2)], [.string("进店"), .int(4)], [.null, .int(4)]])
    }

    @Test func parquetTableThroughCommands() async throws {
        let table = "funnel_probe_\(UInt32.random(in: 0...UInt32.max))"
        let result = try await withSession { session in
            _ = try await session.execute("""
                CREATE TABLE \(table) USING parquet PARTITIONED BY (dealer) AS
                SELECT id AS card, IF(id % 2 = 0, '进店', '来电') AS channel, DATE'2024-01-01' + CAST(id AS INT) AS day,
                       id % 2 AS dealer
                FROM range(0, 6, 1, 2)
                """)
            let rows = try await session.sql("SELECT dealer, count(*) AS n, min(day) AS first FROM \(table) GROUP BY dealer ORDER BY dealer")
            _ = try await session.execute("DROP TABLE \(table)")
            return rows
        }
        #expect(result.rows == [
            [.int(0), .int(3), .date(SparkDate(year: 2024, month: 1, day: 1))],
            [.int(1), .int(3), .date(SparkDate(year: 2024, month: 1, day: 2))],
        ])
    }

    @Test func aLargeResultComesInManyBatches() async throws {
        // Spark sends at most 10,000 rows per Arrow batch (spark.sql.execution.arrow.maxRecordsPerBatch).
        let result = try await withSession { session in
            try await session.sql("""
                SELECT id, CAST(id AS STRING) AS text,
                       IF(id % 7 = 0, NULL, DATE'2020-01-01' + CAST(id % 1000 AS INT)) AS day
                FROM range(0, 120000, 1, 3) ORDER BY id
                """)
        }
        #expect(result.rows.count == 120_000)
        let wrong = result.rows.enumerated().first { index, row in
            let day: SparkValue = index % 7 == 0 ? .null : .date(SparkDate(daysSinceEpoch: 18262 + Int64(index % 1000)))
            return row != [.int(Int64(index)), .string(String(index)), day]
        }
        #expect(wrong == nil)
    }

    @Test func anEmptyResultKeepsItsColumns() async throws {
        let result = try await withSession { session in
            try await session.sql("SELECT 1 AS x, '进店' AS channel WHERE false")
        }
        #expect(result.columnNames == ["x", "channel"])
        #expect(result.rows.isEmpty)
    }

    @Test func schemaAndVersionWithoutRunning() async throws {
        let (schema, version) = try await withSession { session in
            (try await session.schema(of: "SELECT 1 AS n, 'a' AS s, DATE'2024-01-01' AS d, 1.5BD AS x"),
             try await session.sparkVersion())
        }
        #expect(schema == [
            SparkSchemaField(name: "n", type: .integer, nullable: false),
            SparkSchemaField(name: "s", type: .string, nullable: false),
            SparkSchemaField(name: "d", type: .date, nullable: false),
            SparkSchemaField(name: "x", type: .decimal(precision: 2, scale: 1), nullable: false),
        ])
        #expect(version.hasPrefix("4."))
    }

    @Test func sparkErrorsAreValues() async throws {
        try await withSession { session in
            do {
                _ = try await session.sql("SELEC 1")
                Issue.record("a bad statement ran")
            } catch let error as SparkError {
                guard case .server(let errorClass, _, let message) = error else {
                    Issue.record("not Spark's error: \(error)")
                    return
                }
                #expect(errorClass == "PARSE_SYNTAX_ERROR")
                #expect(message.contains("SELEC"))
                #expect(error.headline == "Spark: [PARSE_SYNTAX_ERROR] Syntax error at or near 'SELEC'. SQLSTATE: 42601 (line 1, pos 0)")
            }
            do {
                _ = try await session.sql("SELECT * FROM no_such_table")
                Issue.record("a missing table was read")
            } catch let error as SparkError {
                guard case .server(let errorClass, let sqlState, let message) = error else {
                    Issue.record("not Spark's error: \(error)")
                    return
                }
                #expect(errorClass == "TABLE_OR_VIEW_NOT_FOUND")
                #expect(sqlState == "42P01")
                #expect(message.contains("no_such_table"))
                #expect(error.headline.hasPrefix("Spark: [TABLE_OR_VIEW_NOT_FOUND] The table or view `no_such_table` cannot be found."))
            }
            // The session still works after its errors.
            #expect(try await session.sql("SELECT 2 AS two").rows == [[.int(2)]])
        }
    }
}

/// With no server at all: an error value, quickly, whether or not a cluster is running.
struct SparkConnectUnreachableTests {
    @Test func noServerIsUnreachable() async throws {
        let url = SparkConnectURL(host: "127.0.0.1", port: 9)
        let started = ContinuousClock.now
        do {
            _ = try await SparkConnect.withSession(url, timeout: .seconds(20)) { session in
                try await session.sql("SELECT 1")
            }
            Issue.record("a query ran with no server")
        } catch let error as SparkError {
            guard case .unreachable(let endpoint, _) = error else {
                Issue.record("not unreachable: \(error)")
                return
            }
            #expect(endpoint == "sc://127.0.0.1:9")
        }
        #expect(ContinuousClock.now - started < .seconds(15))
    }
}
#endif
