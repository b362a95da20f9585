import Testing
@testable import FunnelSpark

/// One ArrowBatch's bytes as Spark 4.0.1 sent them (Fixtures/spark-4.0.1-typed.arrows, captured
/// from the loopback cluster with the session time zone Asia/Shanghai, for):
///
///     SELECT * FROM VALUES
///       ('进店', 1, CAST(9007199254740993 AS BIGINT), 0.5D, true, DATE'2024-02-29',
///        TIMESTAMP'2024-03-09 14:05:00.123456', 12.50BD, CAST(7 AS SMALLINT), CAST(-3 AS TINYINT),
///        CAST(1.5 AS FLOAT), X'0001', NULL),
///       (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
///     AS t(channel, n, big, ratio, flag, day, at, amount, small, tiny, single, raw, nothing)
///
/// so the reader is held to Spark's own writer in every build, not only with a live server.
struct SparkWrittenStreamTests {
    @Test func readsWhatSparkSends() throws {
        let rows = try ArrowStreamReader.read(try ArrowFixture.bytes("spark-4.0.1-typed.arrows"))
        #expect(rows.schema.fields.map(\.name) == [
            "channel", "n", "big", "ratio", "flag", "day", "at", "amount", "small", "tiny", "single", "raw", "nothing",
        ])
        #expect(rows.schema.fields.map(\.type) == [
            .utf8, .int(bitWidth: 32, signed: true), .int(bitWidth: 64, signed: true), .floatingPoint(.double),
            .bool, .date(.day), .timestamp(.microsecond, timeZone: "Asia/Shanghai"),
            .decimal(precision: 4, scale: 2, bitWidth: 128), .int(bitWidth: 16, signed: true),
            .int(bitWidth: 8, signed: true), .floatingPoint(.single), .binary, .null,
        ])
        #expect(rows.rows == [
            [.string("进店"), .int(1), .int(9_007_199_254_740_993), .double(0.5), .bool(true),
             .date(SparkDate(year: 2024, month: 2, day: 29)),
             .timestamp(SparkTimestamp(microsecondsSinceEpoch: 1_709_964_300_123_456)),
             .decimal(SparkDecimal(unscaled: 1250, scale: 2)), .int(7), .int(-3), .double(1.5), .binary([0, 1]), .null],
            Array(repeating: .null, count: 13),
        ])
        // 14:05 in Shanghai is 06:05 UTC.
        #expect(rows.rows[0][6].description == "2024-03-09 06:05:00.123456")
    }

    @Test func everyCutOfSparksStreamIsAnError() throws {
        let bytes = try ArrowFixture.bytes("spark-4.0.1-typed.arrows")
        for length in 0..<bytes.count {
            #expect(throws: ArrowError.self, "cut at \(length)") { try ArrowStreamReader.read(Array(bytes[0..<length])) }
        }
    }
}
