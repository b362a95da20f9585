import Foundation
import Testing
@testable import FunnelStore

/// A damaged snapshot is a clear error naming the file and what is wrong, never a trap:
/// cut at every section boundary and at random points, any byte flipped, another magic
/// or version, and files whose checksums were made to hold over inconsistent contents.
@Suite struct SnapshotDamageTests {
    static let bytes: [UInt8] = (try? SnapshotWriter.bytes(SnapshotFixture.dataset())) ?? []

    @Test func cutAtEverySectionBoundaryAndAtRandomPoints() throws {
        let bytes = Self.bytes
        try #require(bytes.count > 1000)
        var cuts = Set([0, 1, 7, 8, 63, 64, bytes.count - 1])
        for section in SnapshotFixture.sections(bytes) {
            cuts.formUnion([section.offset, section.offset + 1, section.offset + section.length,
                            section.offset + section.length - 1])
        }
        var random = SystemRandomNumberGenerator()
        for _ in 0..<200 { cuts.insert(Int.random(in: 0..<bytes.count, using: &random)) }
        for cut in cuts.sorted() where cut < bytes.count {
            let failure = SnapshotFixture.failure(Array(bytes.prefix(cut)))
            if cut >= SnapshotFormat.headerSize {
                #expect(failure == "dealer.funnel: cut short: the snapshot was written with \(bytes.count) bytes and "
                        + "this file has \(cut) (copied or written only in part?); make it again with funnel snapshot")
            } else {
                #expect(failure == "dealer.funnel: cut short: a snapshot has a 64-byte header, this file has \(cut) "
                        + "bytes; make it again with funnel snapshot", "cut at \(cut)")
            }
        }
    }

    @Test func everyFlippedByteIsCaught() throws {
        let bytes = Self.bytes
        try #require(!bytes.isEmpty)
        for index in bytes.indices {
            for flip: UInt8 in [0x01, 0x80] {
                var damaged = bytes
                damaged[index] ^= flip
                let problem = SnapshotReader.problem(in: damaged)
                #expect(problem != nil, "byte \(index) ^ \(flip) went unnoticed")
            }
        }
    }

    @Test func whatAFlipInEachPartSays() {
        let bytes = Self.bytes
        let sections = SnapshotFixture.sections(bytes)
        func flipped(_ index: Int) -> String {
            var damaged = bytes
            damaged[index] ^= 0x10
            return SnapshotFixture.failure(damaged)
        }
        #expect(flipped(20) == "dealer.funnel: the snapshot's header is damaged (its checksum does not match): "
                + "make it again with funnel snapshot")
        #expect(flipped(SnapshotFormat.headerSize + 3) == "dealer.funnel: the snapshot's table of contents is damaged: "
                + "make it again with funnel snapshot")
        #expect(flipped(sections[0].offset + 5) == "dealer.funnel: section 0 of the snapshot (the description) is "
                + "damaged: its checksum does not match its bytes; make it again with funnel snapshot")
        // Section 1, 2, 3 are the customers' id column: no null mask, no times, its codes.
        #expect(flipped(sections[1].offset) == "dealer.funnel: section 1 of the snapshot (customers.id) is damaged: "
                + "its checksum does not match its bytes; make it again with funnel snapshot")
    }

    @Test func anotherMagicOrVersionOrByteOrder() {
        var magic = Self.bytes
        magic[1] = UInt8(ascii: "X")
        #expect(SnapshotFixture.failure(magic) == "dealer.funnel: not a Funnel snapshot: it does not start with a "
                + "snapshot's header; make one with funnel snapshot DATA --out FILE")
        #expect(SnapshotFixture.failure(Array("count customers\n".utf8), file: "weekly.funnel")
                == "weekly.funnel: not a Funnel snapshot: it does not start with a snapshot's header (a script of "
                + "statements runs as funnel FILE, not with --data)")
        var version = Self.bytes
        version[8] = 2
        #expect(SnapshotFixture.failure(SnapshotFormat.resealed(version)) == "dealer.funnel: snapshot format 2, which "
                + "this Funnel does not read (it reads format 1): make the snapshot again with this funnel from the JSON")
        #expect(SnapshotFixture.failure(version).contains("snapshot format 2, which this Funnel does not read"))
        var order = Self.bytes
        order.replaceSubrange(12..<16, with: [1, 2, 3, 4])
        #expect(SnapshotFixture.failure(SnapshotFormat.resealed(order)) == "dealer.funnel: the snapshot was made on a "
                + "machine of the other byte order: make it again here from the JSON")
    }

    @Test func somethingAppended() {
        #expect(SnapshotFixture.failure(Self.bytes + [0]) == "dealer.funnel: the snapshot was written with "
                + "\(Self.bytes.count) bytes and this file has \(Self.bytes.count + 1): something was added to it; "
                + "make it again with funnel snapshot")
    }

    /// Contents that are wrong although every checksum holds (a file made by something
    /// else, or damaged and sealed again) are checked value by value.
    @Test func inconsistentContentsSealedAgain() throws {
        let bytes = Self.bytes
        let sections = SnapshotFixture.sections(bytes)
        // customers.id: codes are section 1 (no mask, no times: the description says
        // noSection twice), then the dictionary's bytes and offsets.
        func sealed(_ change: (inout [UInt8]) -> Void) -> String {
            var damaged = bytes
            change(&damaged)
            return SnapshotFixture.failure(SnapshotFormat.resealed(damaged))
        }
        #expect(sealed { $0[sections[1].offset] = 9 } == "dealer.funnel: the snapshot does not hold data Funnel can "
                + "use: customers.id: row 1 holds 9, out of range; make it again with funnel snapshot")
        #expect(sealed { $0[sections[3].offset + 4] = 200 } == "dealer.funnel: the snapshot does not hold data Funnel "
                + "can use: customers.id: the offsets of its values do not fit its bytes; make it again with funnel snapshot")
        // A section placed past the end of the file.
        #expect(sealed { $0[SnapshotFormat.headerSize + SnapshotFormat.entrySize + 6] = 0x7F }
                .hasPrefix("dealer.funnel: section 1 of the snapshot lies outside the file"))
        // A section that says it holds another type.
        #expect(sealed { $0[SnapshotFormat.headerSize + SnapshotFormat.entrySize + 24] = 6 }
                == "dealer.funnel: the snapshot does not hold data Funnel can use: customers.id: section 1 holds "
                + "another type of values; make it again with funnel snapshot")
    }

    /// A snapshot written from tables that are not the loader's (a program building its
    /// own `Dataset`) is refused: the domain relies on the schema's fields and types.
    @Test func tablesThatAreNotTheSchemasAreRefused() throws {
        var dataset = try SnapshotFixture.dataset()
        let customers = dataset.customers
        dataset.customers = Table(name: "customers", rowCount: customers.rowCount,
                                  columns: Array(customers.columns.dropFirst()))
        #expect(SnapshotFixture.failure(SnapshotWriter.bytes(dataset)) == "dealer.funnel: the snapshot does not hold data "
                + "Funnel can use: customers.name: the table's fields are not Funnel's: id (string) belongs here; "
                + "make it again with funnel snapshot")
        var nulls = try SnapshotFixture.dataset()
        let created = try #require(nulls.customers.column("created"))
        nulls.customers = Table(name: "customers", rowCount: customers.rowCount, columns: customers.columns.map {
            $0.name == "created" ? created.with(present: Bitmap(count: created.count)) : $0
        })
        #expect(SnapshotFixture.failure(SnapshotWriter.bytes(nulls)).contains(
            "customers.created: a required field with rows that have no value"))
    }

    /// Random damage, sealed again so that it reaches past the checksums: any outcome
    /// but a trap will do (the fuzzer does this at length).
    @Test func randomDamageSealedAgainNeverTraps() throws {
        var random = SystemRandomNumberGenerator()
        let bytes = Self.bytes
        try #require(!bytes.isEmpty)
        for _ in 0..<2000 {
            var damaged = bytes
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                damaged[Int.random(in: 0..<damaged.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            _ = SnapshotReader.problem(in: SnapshotFormat.resealed(damaged))
        }
    }
}
