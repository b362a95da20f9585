#if Spark
import Foundation
import Testing
@testable import FunnelSpark

/// The collector on responses made here from pyarrow's streams: what a server's answer must
/// hold for the result to be taken, without a server.
struct SparkResultCollectorTests {
    func batch(_ fixture: String, rows: Int64) throws -> Spark_Connect_ExecutePlanResponse {
        let data = Data(try ArrowFixture.bytes(fixture))
        return .with { $0.arrowBatch = .with { $0.rowCount = rows; $0.data = data } }
    }

    @Test func appendsTheRowsOfEveryBatch() throws {
        var collector = SparkResultCollector()
        try collector.add(try batch("two-batches.arrows", rows: 4))
        try collector.add(try batch("two-batches.arrows", rows: 4))
        try collector.add(.with { $0.resultComplete = .init() })
        #expect(collector.result.columnNames == ["name", "n"])
        #expect(collector.result.rows.count == 8)
        #expect(collector.result.values(of: "n")?.prefix(4) == [.int(1), .int(2), .int(3), .null])
    }

    @Test func refusesABatchWhoseRowCountDisagrees() throws {
        var collector = SparkResultCollector()
        #expect(throws: SparkError.protocolViolation("an Arrow batch announced 3 rows and held 4")) {
            try collector.add(try batch("two-batches.arrows", rows: 3))
        }
    }

    @Test func refusesBatchesWithDifferentColumns() throws {
        var collector = SparkResultCollector()
        try collector.add(try batch("two-batches.arrows", rows: 4))
        #expect(throws: SparkError.protocolViolation("Arrow batches of one result with different columns")) {
            try collector.add(try batch("typed.arrows", rows: 4))
        }
    }

    @Test func aBrokenBatchIsAnArrowError() throws {
        var collector = SparkResultCollector()
        let cut = Spark_Connect_ExecutePlanResponse.with {
            $0.arrowBatch = .with { $0.rowCount = 0; $0.data = Data([0xFF, 0xFF, 0xFF, 0xFF, 0x10]) }
        }
        #expect(throws: SparkError.arrow(.truncated(what: "a 32-bit value", at: 4))) { try collector.add(cut) }
    }

    @Test func withoutBatchesTheSchemaGivesTheColumns() throws {
        var collector = SparkResultCollector()
        try collector.add(.with {
            $0.schema = .with {
                $0.struct = .with {
                    $0.fields = [
                        .with { $0.name = "n"; $0.dataType = .with { $0.long = .init() }; $0.nullable = false },
                        .with { $0.name = "s"; $0.dataType = .with { $0.string = .init() }; $0.nullable = true },
                    ]
                }
            }
        })
        #expect(collector.result == SparkResult(columns: [
            SparkColumn(name: "n", type: .int(bitWidth: 64, signed: true), nullable: false),
            SparkColumn(name: "s", type: .utf8, nullable: true),
        ], rows: []))
    }
}
#endif
