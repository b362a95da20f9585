import Testing
@testable import FunnelSpark

/// The reader on streams pyarrow wrote, one column of each type Spark sends (typed.arrows).
struct ArrowStreamReaderTests {
    @Test func readsTheSchemaOfEveryType() throws {
        let rows = try ArrowStreamReader.read(try ArrowFixture.bytes("typed.arrows"))
        let types = rows.schema.fields.map(\.type)
        #expect(rows.schema.fields.map(\.name) == [
            "channel", "i32", "i64", "f64", "flag", "day", "at", "local_at", "amount", "i8", "i16", "f32",
            "nothing", "raw", "big_text",
        ])
        #expect(types == [
            .utf8, .int(bitWidth: 32, signed: true), .int(bitWidth: 64, signed: true), .floatingPoint(.double),
            .bool, .date(.day), .timestamp(.microsecond, timeZone: "Asia/Shanghai"),
            .timestamp(.microsecond, timeZone: nil), .decimal(precision: 10, scale: 2, bitWidth: 128),
            .int(bitWidth: 8, signed: true), .int(bitWidth: 16, signed: true), .floatingPoint(.single),
            .null, .binary, .largeUtf8,
        ])
        #expect(rows.schema.fields.allSatisfy { $0.nullable })
    }

    @Test func readsValuesAndNulls() throws {
        let rows = try ArrowStreamReader.read(try ArrowFixture.bytes("typed.arrows"))
        #expect(rows.rowCount == 4)
        let columns = rows.columns
        #expect(columns[0] == [.string("进店"), .null, .string("Ünïcode ok"), .string("")])
        #expect(columns[1] == [.int(1), .null, .int(-2_147_483_648), .int(2_147_483_647)])
        #expect(columns[2] == [.null, .int(9_007_199_254_740_993), .int(-1), .int(0)])
        #expect(columns[3] == [.double(0.5), .null, .double(-1e300), .double(3)])
        #expect(columns[4] == [.bool(true), .bool(false), .null, .bool(true)])
        #expect(columns[5].map(\.description) == ["2024-02-29", "NULL", "1969-12-31", "0001-01-01"])
        // The instant in UTC: 14:05:00.123456 in Shanghai.
        #expect(columns[6].map(\.description) == ["2024-03-09 06:05:00.123456", "NULL", "1969-12-31 23:59:59", "NULL"])
        #expect(columns[7].map(\.description) == ["2024-03-09 14:05:00", "NULL", "NULL", "NULL"])
        #expect(columns[8].map(\.description) == ["12.50", "-0.05", "NULL", "12345678.90"])
        #expect(columns[9] == [.int(1), .int(-128), .null, .int(127)])
        #expect(columns[10] == [.int(1), .int(-32768), .null, .int(32767)])
        #expect(columns[11] == [.double(1.5), .null, .double(-0.25), .double(0)])
        #expect(columns[12] == [.null, .null, .null, .null])
        #expect(columns[13] == [.binary([0, 1]), .null, .binary([]), .binary(Array("ab".utf8))])
        #expect(columns[14] == [.string("大"), .null, .string(""), .string("z")])
        #expect(rows.rows[1].filter(\.isNull).count == 10)
    }

    @Test func appendsBatchesInOrder() throws {
        let rows = try ArrowStreamReader.read(try ArrowFixture.bytes("two-batches.arrows"))
        #expect(rows.rows == [
            [.string("一"), .int(1)], [.string("二"), .int(2)], [.null, .int(3)], [.string("三"), .null],
        ])
    }

    @Test func readsASchemaWithNoRows() throws {
        let rows = try ArrowStreamReader.read(try ArrowFixture.bytes("empty.arrows"))
        #expect(rows.schema.fields.map(\.name) == ["name", "n"])
        #expect(rows.rowCount == 0)
        #expect(rows.columns == [[], []])
    }

    @Test func readsStreamsWithoutContinuationMarkers() throws {
        let rows = try ArrowStreamReader.read(try ArrowFixture.bytes("legacy.arrows"))
        #expect(rows.rows == [[.string("一"), .int(1)], [.string("二"), .int(2)]])
    }

    @Test func namesTheColumnOfATypeItDoesNotRead() throws {
        #expect(throws: ArrowError.unsupportedType(column: "ids", type: "List")) {
            try ArrowStreamReader.read(try ArrowFixture.bytes("list.arrows"))
        }
    }
}
